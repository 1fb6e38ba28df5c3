import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { assertClean, mimeType, openPage, origin, setup, teardown } from './harness.js';

after(teardown);

describe('the static server', () => {
	it('answers the home page as HTML', async () => {
		await setup();
		const response = await fetch(origin() + '/');
		assert.equal(response.status, 200);
		assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
	});

	for (const path of [
		'/../package.json',
		'/%2e%2e/package.json',
		'/..%2fpackage.json',
		'/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
		'/..%5cpackage.json',
		'/%00',
		'/%E0%A4%A'
	]) {
		it(`refuses to leave build/ for ${path}`, async () => {
			await setup();
			const response = await fetch(origin() + path);
			assert.equal(response.status, 404);
			assert.doesNotMatch(await response.text(), /"devDependencies"|root:x:0/);
		});
	}

	it('answers an unknown path with the 404 page and status 404', async () => {
		await setup();
		const response = await fetch(origin() + '/no/such/page');
		assert.equal(response.status, 404);
		assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
	});

	it('names the MIME types a static host would', () => {
		assert.equal(mimeType('a.json'), 'application/json; charset=utf-8');
		assert.equal(mimeType('a.txt'), 'text/plain; charset=utf-8');
		assert.equal(mimeType('a.wasm'), 'application/wasm');
		assert.equal(mimeType('a.woff2'), 'font/woff2');
		assert.equal(mimeType('a.svg'), 'image/svg+xml');
		assert.equal(mimeType('a.JS'), 'text/javascript; charset=utf-8');
	});
});

describe('the app', () => {
	it('opens the home page without errors or foreign requests', async () => {
		const opened = await openPage('/');
		try {
			assert.equal(opened.response?.status(), 200);
			await opened.page.locator('h1').first().waitFor();
			assertClean(opened);
		} finally {
			await opened.close();
		}
	});
});

import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addIndexPages } from '$lib/addIndexPages.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function site(): string {
	dir = mkdtempSync(join(tmpdir(), 'index-pages-'));
	mkdirSync(join(dir, 'en/events'), { recursive: true });
	writeFileSync(join(dir, 'index.html'), '<p>home</p>');
	writeFileSync(join(dir, '404.html'), '<p>not found</p>');
	writeFileSync(join(dir, 'en.html'), '<p>en</p>');
	writeFileSync(join(dir, 'en/events/a.html'), '<p>event a</p>');
	writeFileSync(join(dir, 'en/events/data.json'), '{}');
	return dir;
}

describe('addIndexPages', () => {
	it('writes x/index.html with the bytes of x.html for every page, and only for pages', () => {
		const root = site();
		expect(addIndexPages(root)).toBe(2);
		expect(readFileSync(join(root, 'en/index.html'), 'utf8')).toBe('<p>en</p>');
		expect(readFileSync(join(root, 'en/events/a/index.html'), 'utf8')).toBe('<p>event a</p>');
		expect(() => statSync(join(root, '404/index.html'))).toThrow();
		expect(() => statSync(join(root, 'en/events/data/index.html'))).toThrow();
	});

	it('stores each page once: the index page is a hard link to it', () => {
		const root = site();
		addIndexPages(root);
		const page = statSync(join(root, 'en/events/a.html'));
		const index = statSync(join(root, 'en/events/a/index.html'));
		expect(index.ino).toBe(page.ino);
		expect(page.nlink).toBe(2);
	});

	it('leaves an index page that is already there alone', () => {
		const root = site();
		mkdirSync(join(root, 'en/events/a'));
		writeFileSync(join(root, 'en/events/a/index.html'), '<p>kept</p>');
		expect(addIndexPages(root)).toBe(1);
		expect(readFileSync(join(root, 'en/events/a/index.html'), 'utf8')).toBe('<p>kept</p>');
	});
});

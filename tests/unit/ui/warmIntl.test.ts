import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { warmIntlSource } from '$lib/ui/warmIntl';

/** Runs the worker's script with its globals stubbed, counting the formatters it makes. */
function run(locales: string[]) {
	const made: string[] = [];
	const close = vi.fn();
	const fake = (kind: string) =>
		function (locale: string) {
			made.push(`${kind} ${locale}`);
			return { format: () => '' };
		};
	const intl = {
		DateTimeFormat: fake('date'),
		NumberFormat: fake('number'),
		ListFormat: fake('list')
	};
	new Function('Intl', 'close', warmIntlSource(locales))(intl, close);
	return { made, close };
}

describe('warmIntlSource', () => {
	it('makes a date, a number and a list formatter for every locale, then ends the worker', () => {
		const { made, close } = run(['en-GB-u-nu-latn', 'ar-u-nu-arab']);
		expect(made).toEqual([
			'date en-GB-u-nu-latn',
			'number en-GB-u-nu-latn',
			'list en-GB-u-nu-latn',
			'date ar-u-nu-arab',
			'number ar-u-nu-arab',
			'list ar-u-nu-arab'
		]);
		expect(close).toHaveBeenCalledOnce();
	});

	it('runs in a real engine without throwing', () => {
		const close = vi.fn();
		new Function('close', warmIntlSource(['ar-u-nu-arab', 'not a locale']))(close);
		expect(close).toHaveBeenCalledOnce();
	});
});

describe("app.html's worker", () => {
	/** Runs app.html's inline script that starts the worker, for a page in `lang`. */
	function started(lang: string) {
		const html = readFileSync(
			fileURLToPath(new URL('../../../src/app.html', import.meta.url)),
			'utf8'
		);
		const script = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)]
			.map((m) => m[1] ?? '')
			.find((s) => s.includes('new Worker'));
		if (!script) throw new Error('app.html starts no worker');
		const sources: string[] = [];
		const workers: string[] = [];
		class FakeBlob {
			constructor(parts: string[]) {
				sources.push(parts.join(''));
			}
		}
		class FakeWorker {
			constructor(url: string) {
				workers.push(url);
			}
			addEventListener() {}
		}
		new Function('document', 'Blob', 'URL', 'Worker', 'setTimeout', script)(
			{ documentElement: { lang } },
			FakeBlob,
			{ createObjectURL: () => 'blob:x', revokeObjectURL: () => {} },
			FakeWorker,
			() => {}
		);
		return { sources, workers };
	}

	it('runs warmIntlSource for the page language, in both digit systems', () => {
		expect(started('en')).toEqual({
			sources: [warmIntlSource(['en-GB-u-nu-latn', 'en-GB-u-nu-arab'])],
			workers: ['blob:x']
		});
		expect(started('ar').sources).toEqual([warmIntlSource(['ar-u-nu-latn', 'ar-u-nu-arab'])]);
	});
});

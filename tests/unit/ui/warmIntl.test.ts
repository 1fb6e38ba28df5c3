import { describe, expect, it, vi } from 'vitest';
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

import { describe, expect, it } from 'vitest';
import { absoluteHref, DEFAULT_SITE_ORIGIN, siteOrigin } from '$lib/url/siteOrigin';

describe('siteOrigin', () => {
	it('keeps only the origin of what is configured', () => {
		expect(siteOrigin('https://atlas.example.net/some/path/')).toBe('https://atlas.example.net');
		expect(siteOrigin('http://127.0.0.1:4173')).toBe('http://127.0.0.1:4173');
	});

	it('falls back to the default when nothing or nothing usable is configured', () => {
		expect(siteOrigin(undefined)).toBe(DEFAULT_SITE_ORIGIN);
		expect(siteOrigin('')).toBe(DEFAULT_SITE_ORIGIN);
		expect(siteOrigin('not a url')).toBe(DEFAULT_SITE_ORIGIN);
		expect(siteOrigin('ftp://atlas.example.net')).toBe(DEFAULT_SITE_ORIGIN);
	});
});

describe('absoluteHref', () => {
	it('puts the origin before a root-relative path and keeps its query', () => {
		expect(absoluteHref('/ar/events/2023-11-23-summit-minsk', 'https://a.example')).toBe(
			'https://a.example/ar/events/2023-11-23-summit-minsk'
		);
		expect(absoluteHref('/en?country=KAZ', 'https://a.example')).toBe(
			'https://a.example/en?country=KAZ'
		);
	});
});

import { describe, expect, it } from 'vitest';
import { notFoundNoscript } from '$lib/ui/notFoundNoscript';

describe('notFoundNoscript', () => {
	it('wraps the message and a link home in a noscript block', () => {
		const html = notFoundNoscript({
			title: 'Page not found',
			text: 'Nothing here.',
			back: 'Back',
			home: '/'
		});
		expect(html).toMatch(/^<noscript>.*<\/noscript>$/);
		expect(html).toContain('<h1>Page not found</h1>');
		expect(html).toContain('<a href="/">Back</a>');
	});

	it.each([
		[
			'markup in the text',
			{ text: '<script>alert(1)</script>' },
			'&lt;script&gt;alert(1)&lt;/script&gt;'
		],
		['a quote in the link', { home: '/" onclick="x' }, 'href="/&quot; onclick=&quot;x"'],
		['an ampersand', { title: 'A & B' }, 'A &amp; B']
	])('escapes %s', (_name, override, expected) => {
		const html = notFoundNoscript({ title: 't', text: 'x', back: 'b', home: '/', ...override });
		expect(html).toContain(expected);
		expect(html).not.toContain('<script>');
	});
});

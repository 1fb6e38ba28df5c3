/**
 * The page trusts the articles' list the build wrote (checked against the whole schema there) and
 * checks only what it shows of each article: a list of another version or shape is refused with
 * a message saying where; a good one is read back exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkArticlesFile, parseArticlesFile } from '$lib/load/checkArticlesFile';
import { splitEventSet } from '$lib/model/splitEventSet';
import { syntheticEventSet } from '$lib/model/synthetic';

const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const list = splitEventSet(syntheticEventSet(200, 4)).articles;
const good = () =>
	copy(list) as unknown as { version: unknown; articles: Record<string, unknown>[] };
const spoilt = (change: (a: Record<string, unknown>) => void, at = 3) => {
	const f = good();
	change(f.articles[at]!);
	return f;
};

describe('checkArticlesFile', () => {
	it('accepts the list as the build writes it, and reading it gives back the articles', () => {
		expect(list.articles.length).toBeGreaterThan(10);
		expect(parseArticlesFile(JSON.stringify(list))).toEqual({ ok: true, articles: list.articles });
		expect(checkArticlesFile({ version: 2, articles: [] })).toEqual({ ok: true, articles: [] });
	});

	it.each([
		['not JSON', '{"version": 2, "articles": [', /JSON|Unexpected|end/],
		['an array', '[]', /^root: expected the articles file/],
		['null', 'null', /^root: expected the articles file/],
		[
			'of another version',
			JSON.stringify({ ...good(), version: 1 }),
			/^version: expected 2, found 1$/
		],
		['without its list', JSON.stringify({ version: 2 }), /^articles: expected an array$/],
		[
			'with a list that is an object',
			JSON.stringify({ version: 2, articles: {} }),
			/^articles: expected an array$/
		],
		[
			'with an entry that is a string',
			JSON.stringify({ version: 2, articles: ['a'] }),
			/^articles\.0: expected an article$/
		],
		[
			'with an entry that is null',
			JSON.stringify({ version: 2, articles: [null] }),
			/^articles\.0: expected an article$/
		],
		[
			'with an article without an id',
			JSON.stringify(spoilt((a) => delete a['id'])),
			/^articles\.3\.id: expected a string$/
		],
		[
			'with an empty id',
			JSON.stringify(spoilt((a) => (a['id'] = ''))),
			/^articles\.3\.id: expected a string$/
		],
		[
			'with a numeric file',
			JSON.stringify(spoilt((a) => (a['file'] = 7), 0)),
			/^articles\.0\.file: expected a string$/
		],
		[
			'with an outlet that is a number',
			JSON.stringify(spoilt((a) => (a['outlet'] = 1))),
			/^articles\.3\.outlet: expected a string or null$/
		],
		[
			'without an outlet field',
			JSON.stringify(spoilt((a) => delete a['outlet'])),
			/^articles\.3\.outlet: expected a string or null$/
		],
		[
			'with a url that is an object',
			JSON.stringify(spoilt((a) => (a['url'] = {}))),
			/^articles\.3\.url: expected a string or null$/
		],
		[
			'with a length that is a string',
			JSON.stringify(spoilt((a) => (a['length'] = '12'))),
			/^articles\.3\.length: expected a number$/
		],
		[
			'with a negative length',
			JSON.stringify(spoilt((a) => (a['length'] = -1))),
			/^articles\.3\.length: expected a number$/
		]
	])('refuses a list %s, saying where', (_, text, reason) => {
		const got = parseArticlesFile(text);
		expect(got.ok).toBe(false);
		if (!got.ok) expect(got.reason).toMatch(reason);
	});

	it('keeps nulls, Arabic and odd strings as they are', () => {
		const article = {
			id: 'a\u200f\u0645',
			file: 'ملف.txt',
			title: null,
			outlet: '',
			url: 'https://example.org/?q="x"&y=\\n',
			published: null,
			publishedFrom: null,
			length: 0
		};
		expect(parseArticlesFile(JSON.stringify({ version: 2, articles: [article] }))).toEqual({
			ok: true,
			articles: [article]
		});
	});
});

import { describe, expect, it } from 'vitest';
import type { Article, AtlasEvent, EventSet } from '$lib/model/schema';
import { validateEventSet } from '$lib/model/validateEventSet';
import { citeEvent } from '$lib/export/citeEvent';
import { eventsToCsv } from '$lib/export/eventsToCsv';
import { embedSnippet } from '$lib/export/embedSnippet';
import { exportFileName } from '$lib/export/exportFileName';
import { sourcesToCsv } from '$lib/export/sourcesToCsv';
import { csvField, toCsv } from '$lib/export/toCsv';
import { toEventSet } from '$lib/export/toEventSetJson';
import { escapeIcsText, foldIcsLine, toIcs } from '$lib/export/toIcs';

/** A strict RFC 4180 reader, to check what the writer wrote reads back. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	const body = text.replace(/^\uFEFF/, '');
	for (let i = 0; i < body.length; i++) {
		const c = body[i]!;
		if (quoted) {
			if (c === '"' && body[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\r' && body[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else field += c;
	}
	return rows;
}

const quote = 'قال "باشينيان"، في يريفان,\nثم غادر';
const event: AtlasEvent = {
	id: '2023-11-summit-minsk',
	type: 'summit',
	date: '2023-11',
	title: { en: 'Summit, "Minsk"', ar: 'قمة مينسك؛ الثانية' },
	place: { name: { en: 'Minsk', ar: 'مينسك' }, country: 'BLR', lon: 27.56, lat: 53.9 },
	countries: ['ARM', 'BLR'],
	sources: [{ article: 'a1', start: 10, end: 10 + quote.length, quote, claims: { type: true } }]
};
const day: AtlasEvent = {
	...event,
	id: '2022-01-10-summit-video',
	date: '2022-01-10',
	place: null,
	title: { en: '=SUM(A1)', ar: 'قمة' }
};
const articles = new Map<string, Article>([
	[
		'a1',
		{
			id: 'a1',
			file: 'a1.txt',
			title: null,
			outlet: 'Al Jazeera',
			url: 'https://example.org/a?x=1,2',
			published: '2023-11-24',
			publishedFrom: 'metadata',
			length: 500
		}
	]
]);
const countries = {
	ARM: { name: { en: 'Armenia', ar: 'أرمينيا' }, member: true },
	BLR: { name: { en: 'Belarus', ar: 'بيلاروسيا' }, member: true }
};
const link = (id: string) => `https://atlas.example/en/events/${id}`;

describe('csvField', () => {
	it.each([
		['plain', 'plain'],
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		['cr\r', '"cr\r"'],
		['قمة، مينسك', 'قمة، مينسك'],
		['=1+2', "'=1+2"],
		['+7', "'+7"],
		['-x', "'-x"],
		['@me', "'@me"],
		['', ''],
		[null, ''],
		[undefined, ''],
		[-44.5, '-44.5'],
		[Number.NaN, '']
	])('writes %j as %j', (value, expected) => {
		expect(csvField(value)).toBe(expected);
	});

	it('reads back every field of a table of nasty values', () => {
		const rows = [['a,b', 'c"d', 'e\r\nf', 'قمة "مينسك"، ٢٠٢٣', '']];
		expect(parseCsv(toCsv(['x', 'y', 'z', 'w', 'v'], rows))).toEqual([
			['x', 'y', 'z', 'w', 'v'],
			...rows
		]);
	});
});

describe('eventsToCsv and sourcesToCsv', () => {
	it('writes one row per event with its columns', () => {
		const [header, row, row2] = parseCsv(eventsToCsv([event, day], countries, link));
		expect(header![0]).toBe('id');
		expect(row).toEqual([
			'2023-11-summit-minsk',
			'summit',
			'2023-11',
			'',
			'Summit, "Minsk"',
			'قمة مينسك؛ الثانية',
			'Minsk',
			'مينسك',
			'BLR',
			'27.56',
			'53.9',
			'ARM;BLR',
			'Armenia;Belarus',
			'1',
			'https://atlas.example/en/events/2023-11-summit-minsk'
		]);
		expect(row2![4]).toBe("'=SUM(A1)");
	});

	it('writes one row per source with the quote exactly, its offsets and what it establishes', () => {
		const rows = parseCsv(sourcesToCsv([event, day], articles));
		expect(rows).toHaveLength(3);
		expect(rows[1]).toEqual([
			'2023-11-summit-minsk',
			'a1',
			'Al Jazeera',
			'https://example.org/a?x=1,2',
			'2023-11-24',
			quote,
			'10',
			String(10 + quote.length),
			'type'
		]);
	});
});

describe('toIcs', () => {
	it.each([
		['a;b,c\\d', 'a\\;b\\,c\\\\d'],
		['one\ntwo\r\nthree', 'one\\ntwo\\nthree'],
		['قمة، مينسك', 'قمة، مينسك']
	])('escapes %j as %j', (text, expected) => {
		expect(escapeIcsText(text)).toBe(expected);
	});

	it('folds long lines at 75 octets without splitting an Arabic letter', () => {
		const line = 'SUMMARY:' + 'قمة '.repeat(40);
		const folded = foldIcsLine(line);
		const parts = folded.split('\r\n');
		expect(parts.length).toBeGreaterThan(1);
		for (const p of parts) expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(75);
		expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
		expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
		expect(folded).not.toContain('\uFFFD');
	});

	it('leaves a short line alone', () => {
		expect(foldIcsLine('VERSION:2.0')).toBe('VERSION:2.0');
	});

	it('spans a month-precision event over its month as an all-day event', () => {
		const ics = toIcs([event, day], {
			stamp: Date.UTC(2024, 0, 2, 3, 4, 5),
			linkOf: link,
			lang: 'en'
		});
		const unfolded = ics.replace(/\r\n /g, '');
		expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(2);
		expect(unfolded).toContain('DTSTART;VALUE=DATE:20231101\r\nDTEND;VALUE=DATE:20231201');
		expect(unfolded).toContain('DTSTART;VALUE=DATE:20220110\r\nDTEND;VALUE=DATE:20220111');
		expect(unfolded).toContain('DTSTAMP:20240102T030405Z');
		expect(unfolded).toContain('SUMMARY;LANGUAGE=en:Summit\\, "Minsk"');
		expect(unfolded).toContain('UID:2023-11-summit-minsk@csto-atlas');
		expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
		for (const l of ics.split('\r\n'))
			expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
	});
});

describe('toEventSet', () => {
	it('keeps the schema and only the cited articles', () => {
		const data: EventSet = {
			version: 2,
			window: { start: '2021-01-01', end: '2023-12-31' },
			countries,
			articles: [articles.get('a1')!, { ...articles.get('a1')!, id: 'a2', file: 'a2.txt' }],
			events: [event, day],
			memberStatus: {}
		};
		const subset = toEventSet(data, [event]);
		expect(subset.events).toEqual([event]);
		expect(subset.articles.map((a) => a.id)).toEqual(['a1']);
		expect(validateEventSet(subset)).toEqual([]);
	});

	it('writes out in full a status sentence cited from an event the subset leaves out', () => {
		const data: EventSet = {
			version: 2,
			window: { start: '2021-01-01', end: '2023-12-31' },
			countries,
			articles: [articles.get('a1')!],
			events: [event, day],
			memberStatus: {
				ARM: [
					{
						from: '2022-01-10',
						status: 'active',
						sources: [{ act: 'attended-by-video', event: day.id, source: 0 }]
					}
				]
			}
		};
		expect(validateEventSet(data)).toEqual([]);
		const subset = toEventSet(data, [event]);
		const { article, start, end, quote } = day.sources[0]!;
		expect(subset.memberStatus['ARM']![0]!.sources).toEqual([
			{ act: 'attended-by-video', article, start, end, quote }
		]);
		expect(validateEventSet(subset)).toEqual([]);
	});
});

describe('citeEvent and exportFileName', () => {
	it('cites in either language', () => {
		const parts = { title: 'T', date: 'November 2023', site: 'CSTO Atlas', url: 'https://x/y' };
		expect(citeEvent({ ...parts, lang: 'en' })).toBe('“T”, November 2023. CSTO Atlas. https://x/y');
		expect(citeEvent({ ...parts, lang: 'ar' })).toBe('«T»، November 2023. CSTO Atlas. https://x/y');
	});

	it('names a file by what it holds and the inclusive days of the window', () => {
		const view = { start: Date.UTC(2022, 0, 1), end: Date.UTC(2023, 0, 1) };
		expect(exportFileName('events', view, 'csv')).toBe(
			'csto-atlas-events-2022-01-01_2022-12-31.csv'
		);
	});
});

describe('embedSnippet', () => {
	it('escapes the URL and title into an iframe with no script', () => {
		const html = embedSnippet('https://x/en?q="a"&embed=1', 'Atlas <CSTO>');
		expect(html).toBe(
			'<iframe src="https://x/en?q=&quot;a&quot;&amp;embed=1" title="Atlas &lt;CSTO&gt;" width="100%" height="720" style="border:0" loading="lazy" referrerpolicy="no-referrer"></iframe>'
		);
	});
});

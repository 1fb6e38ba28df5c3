import { describe, expect, it } from 'vitest';
import { decodeArticle, looksLikeHtml } from '$lib/pipeline/io/decodeArticle';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeArticle', () => {
	it('reads clean UTF-8 without a note', () => {
		const bytes = utf8('قمة في مينسك');
		expect(decodeArticle(bytes)).toEqual({
			text: 'قمة في مينسك',
			notes: [],
			empty: false,
			utf8: bytes
		});
	});

	it.each([
		['clean UTF-8', utf8('قمة في مينسك\r\nسطر'), true],
		['text starting with a presentation form', utf8('\ufefbقمة'), true],
		['a byte order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('قمة')]), false],
		['a bidi control', utf8('قمة \u202e مينسك'), false],
		['an invalid byte', new Uint8Array([...utf8('قمة في مينسك '.repeat(5)), 0xff]), false],
		['Windows-1256', new Uint8Array([0xe3, 0xe4, 0xd3, 0xdf]), false],
		['an HTML page', utf8('<!doctype html><p>قمة</p>'), false],
		['UTF-16', new Uint8Array([0xff, 0xfe, 0x42, 0x06]), false]
	])(
		'gives the bytes as the text’s UTF-8 only when they are exactly that: %s',
		(_, bytes, kept) => {
			const d = decodeArticle(bytes);
			expect(d.utf8 !== undefined).toBe(kept);
			if (d.utf8) expect(Buffer.from(d.text, 'utf8').equals(d.utf8)).toBe(true);
		}
	);

	it('drops a UTF-8 byte order mark', () => {
		expect(decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('قمة')])).text).toBe('قمة');
	});

	it('drops a second byte order mark as the standard UTF-8 decoder does, and keeps a later one', () => {
		const bom = [0xef, 0xbb, 0xbf];
		const bytes = new Uint8Array([...bom, ...bom, ...utf8('قمة'), ...bom, ...utf8('موسكو')]);
		const expected = new TextDecoder().decode(bytes.subarray(3));
		expect(decodeArticle(bytes).text).toBe(expected);
		expect(decodeArticle(bytes).text).toBe('قمة\ufeffموسكو');
	});

	it('recovers Windows-1256 Arabic and says so', () => {
		// "القمة" in Windows-1256.
		const d = decodeArticle(new Uint8Array([0xc7, 0xe1, 0xde, 0xe3, 0xc9]));
		expect(d.text).toBe('القمة');
		expect(d.notes[0]).toMatch(/Windows-1256/);
	});

	it('reads UTF-16 little-endian with a byte order mark', () => {
		const body = Buffer.from('قمة', 'utf16le');
		const d = decodeArticle(new Uint8Array([0xff, 0xfe, ...body]));
		expect(d.text).toBe('قمة');
		expect(d.notes[0]).toMatch(/UTF-16/);
	});

	it('keeps the text of an HTML page and says it was HTML', () => {
		const html =
			'<!doctype html><html><head><title>x</title><script>var a=1</script></head><body><p>وصل بوتين إلى مينسك.</p><p>بدأت القمة &amp; الجلسة.</p></body></html>';
		const d = decodeArticle(utf8(html));
		expect(d.text).toContain('وصل بوتين إلى مينسك.');
		expect(d.text).toContain('بدأت القمة & الجلسة.');
		expect(d.text).not.toContain('var a');
		expect(d.notes.some((n) => /HTML/.test(n))).toBe(true);
	});

	it.each([
		['an empty file', ''],
		['only white space', ' \n\t\n ']
	])('marks %s as empty', (_, s) => {
		expect(decodeArticle(utf8(s)).empty).toBe(true);
	});

	it('does not take Arabic prose with a stray angle bracket for HTML', () => {
		expect(looksLikeHtml('قال إن العدد < 5 وإن الوضع مستقر')).toBe(false);
	});

	it('keeps the main text of a page and drops its menu, teaser and cookie banner', () => {
		const para = 'وصل الرئيس الروسي إلى مينسك للمشاركة في قمة منظمة معاهدة الأمن الجماعي، ';
		const html = `<!doctype html><html><head><title>قمة مينسك</title></head><body>
			<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/sport">رياضة</a></li></ul></nav>
			<div class="cookie-banner">نستخدم ملفات تعريف الارتباط. موافق</div>
			<article><h1>قمة مينسك</h1><p>${para.repeat(6)}</p><p>${para.repeat(5)}</p></article>
			<aside class="related"><a href="/x">اقرأ أيضا: أسعار الذهب اليوم</a></aside>
			<footer>جميع الحقوق محفوظة</footer></body></html>`;
		const d = decodeArticle(utf8(html));
		expect(d.text).toContain(para.trim());
		for (const furniture of ['رياضة', 'ملفات تعريف الارتباط', 'أسعار الذهب', 'جميع الحقوق'])
			expect(d.text).not.toContain(furniture);
	});

	it.each([
		['&#99999999;', '\uFFFD'],
		['&#x110000;', '\uFFFD'],
		['&#xD800;', '\uFFFD'],
		['&#0;', '\uFFFD'],
		['&amp;lt;', '&lt;'],
		['&nbsp;x', 'x']
	])('decodes the character reference %s in HTML as the standard says', (ref, want) => {
		const html = `<!doctype html><html><body><p>قمة ${ref} مينسك</p></body></html>`;
		expect(decodeArticle(utf8(html)).text).toBe(`قمة ${want} مينسك`);
	});

	it('reads UTF-8 with a few bad bytes as UTF-8 and lists their byte offsets', () => {
		const good = utf8('قمة منظمة معاهدة الأمن الجماعي في مينسك. '.repeat(5));
		const bytes = new Uint8Array([...good.subarray(0, 6), 0xff, ...good.subarray(6), 0xc3]);
		const d = decodeArticle(bytes);
		expect(d.text.startsWith('قمة\uFFFD منظمة')).toBe(true);
		expect(d.text.split('\uFFFD')).toHaveLength(3);
		expect(d.notes).toEqual([
			expect.stringMatching(/2 invalid byte sequences \(at byte offsets 6, \d+\)/)
		]);
	});
});

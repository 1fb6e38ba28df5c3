import { describe, expect, it } from 'vitest';
import { DiagnosticSink, formatDiagnostic } from '$lib/pipeline/diagnostics';
import { parseMetadata } from '$lib/pipeline/io/parseMetadata';

function parse(json: string) {
	const sink = new DiagnosticSink();
	const map = parseMetadata(json, 'articles/metadata.json', sink);
	return { map, messages: sink.list.map(formatDiagnostic) };
}

describe('parseMetadata', () => {
	it('reads the editor fields of each article', () => {
		const { map, messages } = parse(
			'{"a.txt": {"outlet": "RT Arabic", "url": "https://r.rtarabic.com/s4vq", "published": "2022-01-10", "note": null}}'
		);
		expect(map.get('a.txt')).toEqual({
			outlet: 'RT Arabic',
			url: 'https://r.rtarabic.com/s4vq',
			published: '2022-01-10',
			note: null
		});
		expect(messages).toEqual([]);
	});

	it('reports broken JSON at its line and keeps going with no metadata', () => {
		const { map, messages } = parse('{\n  "a.txt": {"outlet": "x",}\n}');
		expect(map.size).toBe(0);
		expect(messages[0]).toMatch(
			/^articles\/metadata\.json:2:\d+: error: metadata\.json is not valid JSON/
		);
	});

	it.each([
		['a date that does not exist', '"2023-09-31"'],
		['a date in another format', '"23/11/2023"'],
		['a number', '20231123']
	])('ignores a published value that is %s, with a warning at the entry', (_, value) => {
		const { map, messages } = parse(
			`{\n"a.txt": {"outlet": null, "url": null, "published": ${value}, "note": null}\n}`
		);
		expect(map.get('a.txt')?.published).toBeNull();
		expect(messages[0]).toMatch(
			/^articles\/metadata\.json:2:1: warning: entry "a\.txt": "published" must be a real date/
		);
	});

	it('rejects a top-level array', () => {
		expect(parse('[]').messages[0]).toMatch(/must be an object/);
	});

	it('drops a url that is not a web link', () => {
		const { map, messages } = parse('{"a.txt": {"url": "javascript:alert(1)"}}');
		expect(map.get('a.txt')?.url).toBeNull();
		expect(messages[0]).toMatch(/not an http\(s\) link/);
	});
});

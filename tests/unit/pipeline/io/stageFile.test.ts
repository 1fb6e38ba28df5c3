/**
 * Staging writes a destination only when its bytes would change. The old file is read only when
 * it has the new content's size: a file of another size differs without being read.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stageFile } from '$lib/pipeline/io/stageFile';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'csto-stage-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('stageFile', () => {
	// [what is there, what is staged, whether it changes]
	const cases: [string, string | null, string, boolean][] = [
		['the same bytes', 'حفظ السلام\n', 'حفظ السلام\n', false],
		['the same size, one letter other', 'abc\n', 'abd\n', true],
		// «ب» and «ت» are two bytes each in UTF-8: same length, other bytes.
		['the same size in UTF-8, another Arabic letter', 'باب', 'تاب', true],
		['the same letters in another normal form', 'é', 'e\u0301', true],
		['a longer file', 'abcd', 'abc', true],
		['a shorter file', 'ab', 'abc', true],
		['an empty file', '', 'x', true],
		['nothing', null, 'x', true]
	];
	it.each(cases)(
		'staging over %s changes the file only when its bytes differ',
		(_, old, text, changes) => {
			const path = join(dir, 'events.json');
			if (old !== null) writeFileSync(path, old);
			const staged = stageFile(path, text);
			expect(staged.changed).toBe(changes);
			staged.commit();
			expect(readFileSync(path, 'utf8')).toBe(text);
			expect(readdirSync(dir)).toEqual(['events.json']);
		}
	);

	it('staging the same size with other bytes leaves the old file until the commit', () => {
		const path = join(dir, 'index.json');
		writeFileSync(path, '{"a":1}');
		const staged = stageFile(path, '{"a":2}');
		expect(readFileSync(path, 'utf8')).toBe('{"a":1}');
		staged.abort();
		expect(readFileSync(path, 'utf8')).toBe('{"a":1}');
		expect(readdirSync(dir)).toEqual(['index.json']);
	});
});

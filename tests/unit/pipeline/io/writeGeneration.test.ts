/**
 * A generation links what the previous one already holds. With the previous generation's record
 * (content hash and stamp of each file, kept by the last build) it decides by the record and the
 * old file's stamp, without reading the old file; a file changed since (its stamp) is written.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeGeneration } from '$lib/pipeline/io/writeGeneration';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'csto-generation-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const bytes = (s: string) => Buffer.from(s, 'utf8');
const files = (entries: Record<string, string>) =>
	new Map(Object.entries(entries).map(([k, v]) => [k, bytes(v)]));
const ino = (path: string) => statSync(path).ino;

describe('writeGeneration', () => {
	it('records each file’s hash and stamp, and the next generation links by the record', () => {
		const a = join(dir, 'a');
		const record = writeGeneration(a, files({ 'articles/x.txt': 'نص', 'articles/y.txt': 'y' }));
		expect([...record.keys()].sort()).toEqual(['articles/x.txt', 'articles/y.txt']);
		const b = join(dir, 'b');
		const next = writeGeneration(b, files({ 'articles/x.txt': 'نص', 'articles/y.txt': 'y2' }), {
			previous: a,
			previousRecord: record
		});
		expect(ino(join(b, 'articles/x.txt'))).toBe(ino(join(a, 'articles/x.txt')));
		expect(ino(join(b, 'articles/y.txt'))).not.toBe(ino(join(a, 'articles/y.txt')));
		expect(readFileSync(join(b, 'articles/y.txt'), 'utf8')).toBe('y2');
		expect(next.get('articles/x.txt')).toBe(record.get('articles/x.txt'));
	});

	it('decides by the record while the old file’s stamp holds, without reading the file', () => {
		const a = join(dir, 'a');
		const record = writeGeneration(a, files({ 't.txt': 'old' }));
		// A record that claims other content for an unchanged file: only a read would see through it.
		const claimed = writeGeneration(join(dir, 'claim'), files({ 't.txt': 'new' }));
		const [hash] = claimed.get('t.txt')!.split('|');
		const [, stamp] = record.get('t.txt')!.split('|');
		const b = join(dir, 'b');
		writeGeneration(b, files({ 't.txt': 'new' }), {
			previous: a,
			previousRecord: new Map([['t.txt', `${hash}|${stamp}`]])
		});
		expect(ino(join(b, 't.txt'))).toBe(ino(join(a, 't.txt')));
	});

	it.each([
		['edited in place', (p: string) => writeFileSync(p, 'hand')],
		['its time changed', (p: string) => utimesSync(p, new Date(0), new Date(0))],
		['replaced', (p: string) => (rmSync(p), writeFileSync(p, 'same'))],
		['removed', (p: string) => rmSync(p)]
	])('writes a file whose old copy was %s since the record', (_, change) => {
		const a = join(dir, 'a');
		const record = writeGeneration(a, files({ 't.txt': 'same' }));
		change(join(a, 't.txt'));
		const b = join(dir, 'b');
		writeGeneration(b, files({ 't.txt': 'same' }), { previous: a, previousRecord: record });
		expect(readFileSync(join(b, 't.txt'), 'utf8')).toBe('same');
		let old: number | null = null;
		try {
			old = ino(join(a, 't.txt'));
		} catch {
			// removed
		}
		expect(ino(join(b, 't.txt'))).not.toBe(old);
	});

	it('compares bytes when there is no record', () => {
		const a = join(dir, 'a');
		writeGeneration(a, files({ 's.txt': 'same', 'd.txt': 'one' }));
		const b = join(dir, 'b');
		writeGeneration(b, files({ 's.txt': 'same', 'd.txt': 'two' }), { previous: a });
		expect(ino(join(b, 's.txt'))).toBe(ino(join(a, 's.txt')));
		expect(readFileSync(join(b, 'd.txt'), 'utf8')).toBe('two');
	});
});

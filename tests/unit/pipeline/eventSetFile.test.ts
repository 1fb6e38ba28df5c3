import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEventSet } from '$lib/pipeline/buildEventSet';
import { writeEventSet } from '$lib/pipeline/writeEventSet';
import { readEventSetFile } from '$lib/ui/eventSetFile.server';

const SUMMIT =
	'انعقدت اليوم الخميس 23 نوفمبر/تشرين الثاني 2023 في مينسك قمة منظمة معاهدة الأمن الجماعي.\n';
const CLASH = 'اندلعت اشتباكات عنيفة على الحدود بين أرمينيا وأذربيجان في سبتمبر/أيلول 2022.\n';

describe('the event set as the pages read it', () => {
	it('is read afresh after a rebuild, so a deleted article takes its events with it', () => {
		const work = mkdtempSync(join(tmpdir(), 'csto-pages-'));
		try {
			const corpus = join(work, 'articles');
			const out = join(work, 'data', 'events.json');
			const build = () => writeEventSet(buildEventSet(corpus), out, { corpus });
			const types = () => {
				const r = readEventSetFile(out);
				return r.ok ? r.data.events.map((e) => e.type).sort() : [];
			};
			mkdirSync(corpus);
			writeFileSync(join(corpus, 'a.txt'), SUMMIT);
			writeFileSync(join(corpus, 'b.txt'), CLASH);
			build();
			expect(types()).toEqual(['clash', 'summit']);
			rmSync(join(corpus, 'b.txt'));
			build();
			expect(types()).toEqual(['summit']);
		} finally {
			rmSync(work, { recursive: true, force: true });
		}
	});
});

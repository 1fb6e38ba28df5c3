import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEventSet } from '$lib/pipeline/buildEventSet';
import { aliasMap, countryLabels, formerIds } from '$lib/pipeline/merge/formerIds';

describe('formerIds', () => {
	it('lists the ids of every coarser date and label, not the id itself', () => {
		expect(
			formerIds({
				date: '2022-09-13',
				type: 'clash',
				label: 'Jermuk',
				coarserLabels: countryLabels(['Armenia', 'Azerbaijan'])
			}).sort()
		).toEqual([
			'2022-09-13-clash-armenia',
			'2022-09-13-clash-armenia-azerbaijan',
			'2022-09-clash-armenia',
			'2022-09-clash-armenia-azerbaijan',
			'2022-09-clash-jermuk',
			'2022-clash-armenia',
			'2022-clash-armenia-azerbaijan',
			'2022-clash-jermuk'
		]);
	});

	it('has nothing coarser for a year-only event without a place', () => {
		expect(formerIds({ date: '2021', type: 'deployment', label: '', coarserLabels: [''] })).toEqual(
			[]
		);
	});

	it('never takes an id that is an event now, and gives a shared alias to the first event', () => {
		expect(
			aliasMap([
				{ id: 'a', former: ['x', 'b'] },
				{ id: 'b', former: ['x', 'y'] }
			])
		).toEqual({ x: 'a', y: 'b' });
	});
});

describe('a corpus that grows article by article', () => {
	const steps: [string, string][] = [
		['a.txt', 'اندلعت اشتباكات عنيفة على الحدود بين أرمينيا وأذربيجان في سبتمبر/أيلول 2022.\n'],
		['b.txt', 'اندلعت يوم 13 سبتمبر/أيلول 2022 اشتباكات بين أرمينيا وأذربيجان قرب مدينة جرموك.\n'],
		['c.txt', 'انعقدت قمة منظمة معاهدة الأمن الجماعي في نوفمبر 2022.\n'],
		['d.txt', 'عقدت في يريفان يوم 23 نوفمبر 2022 قمة منظمة معاهدة الأمن الجماعي.\n'],
		['e.txt', 'اندلعت اشتباكات بين طاجيكستان وقيرغيزستان في سبتمبر 2022.\n']
	];

	it('keeps every id ever given working: as an id, or as an alias of an event', () => {
		const dir = mkdtempSync(join(tmpdir(), 'csto-grow-'));
		try {
			const seen = new Set<string>();
			let renamed = 0;
			for (const [file, text] of steps) {
				writeFileSync(join(dir, file), text);
				const r = buildEventSet(dir);
				const ids = new Set(r.eventSet.events.map((e) => e.id));
				for (const old of seen) {
					const opens = ids.has(old) ? old : r.aliases[old];
					expect(opens, `${old} no longer opens an event after ${file}`).toBeDefined();
					expect(ids.has(opens!)).toBe(true);
					if (!ids.has(old)) renamed++;
				}
				for (const id of ids) seen.add(id);
			}
			// The corpus does rename events (a date made precise, a place named): the test bites.
			expect(renamed).toBeGreaterThan(0);
			expect(seen).toContain('2022-09-clash-armenia-azerbaijan');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 60_000);
});

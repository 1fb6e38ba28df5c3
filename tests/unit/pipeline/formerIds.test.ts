import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEventSet } from '$lib/pipeline/buildEventSet';
import { readPreviousEvents } from '$lib/pipeline/io/readPreviousEvents';
import { stableIds } from '$lib/pipeline/merge/eventId';
import { writeEventSet } from '$lib/pipeline/writeEventSet';
import type { EventSet } from '$lib/model/schema';
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

describe('an id numbered for a shared slug', () => {
	it('stays with its happening when a new event with the same slug sorts first', () => {
		expect(stableIds(['x', 'x'], [['a'], ['b']], [{ id: 'x', articles: ['b'] }])).toEqual([
			'x-2',
			'x'
		]);
		expect(stableIds(['x', 'x', 'x'], [['a'], ['b'], ['c']], [])).toEqual(['x', 'x-2', 'x-3']);
	});

	/** Two exercises in Belarus in the same month: one slug, two happenings, told by different articles. */
	const exercise = (name: string) =>
		`انطلقت في بيلاروس في سبتمبر/أيلول 2022 مناورات «${name}-2022» التابعة لمنظمة معاهدة الأمن الجماعي.\n`;
	const steps: [string, string][] = [
		['m.txt', exercise('التفاعل')],
		['k.txt', exercise('البحث')], // sorts before m: it would take the base id
		['a.txt', exercise('إيشيلون')], // sorts before both
		['z.txt', exercise('البحث').replace('انطلقت', 'بدأت')] // the same happening as k, told again
	];

	it('opens the same happening by every id it was ever shared by, as the corpus grows (built as npm run events does)', () => {
		const dir = mkdtempSync(join(tmpdir(), 'csto-suffix-'));
		try {
			const corpus = join(dir, 'articles');
			const out = join(dir, 'site', 'events.json');
			mkdirSync(corpus);
			/** id → the first article that told of the happening it named. */
			const shared = new Map<string, string>();
			for (const [file, text] of steps) {
				writeFileSync(join(corpus, file), text);
				writeEventSet(buildEventSet(corpus, { previous: readPreviousEvents(out) }), out, {
					corpus
				});
				const set = JSON.parse(readFileSync(out, 'utf8')) as EventSet;
				const deployments = set.events.filter((e) => e.type === 'deployment');
				for (const [id, article] of shared) {
					const event = deployments.find((e) => e.id === id);
					expect(event, `${id} after ${file}`).toBeDefined();
					expect(
						event!.sources.map((s) => s.article),
						`${id} opens another happening after ${file}`
					).toContain(article);
				}
				for (const e of deployments) if (!shared.has(e.id)) shared.set(e.id, e.sources[0]!.article);
			}
			expect([...shared.keys()].sort()).toEqual([
				'2022-09-deployment-belarus',
				'2022-09-deployment-belarus-2',
				'2022-09-deployment-belarus-3'
			]);
			// A rebuild over its own output changes nothing (builds stay reproducible).
			const before = readFileSync(out, 'utf8');
			writeEventSet(buildEventSet(corpus, { previous: readPreviousEvents(out) }), out, { corpus });
			expect(readFileSync(out, 'utf8')).toBe(before);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 60_000);
});

/**
 * Every claim cites its sentence: the rule that reads a date, a place or an attendance records the
 * sentence it read it in, and that record survives consolidation, merging and the source cap into
 * the event set, where the schema checks that each citation points at a source that exists.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventSet } from '$lib/model/schema';
import { syntheticEventSet } from '$lib/model/synthetic';
import { validateEventSet } from '$lib/model/validateEventSet';
import { buildEventSet } from '$lib/pipeline/buildEventSet';
import { strainAct } from '$lib/pipeline/extract/strainAct';
import { capSources } from '$lib/pipeline/merge/capSources';
import { fold } from '$lib/pipeline/text/normalize';

function build(articles: Record<string, string>, published = '2023-11-23'): EventSet {
	const dir = mkdtempSync(join(tmpdir(), 'csto-provenance-'));
	try {
		const meta: Record<string, unknown> = {};
		for (const [name, text] of Object.entries(articles)) {
			writeFileSync(join(dir, `${name}.txt`), text + '\n');
			meta[`${name}.txt`] = { outlet: null, url: null, published, note: null };
		}
		writeFileSync(join(dir, 'metadata.json'), JSON.stringify(meta));
		return buildEventSet(dir).eventSet;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

const MINSK = [
	'انعقدت يوم الخميس 23 نوفمبر 2023 في مينسك قمة منظمة معاهدة الأمن الجماعي.',
	'وأكد الرئيس البيلاروسي ألكسندر لوكاشينكو أهمية التعاون بين الدول الأعضاء.',
	'ولم يحضر رئيس الوزراء الأرميني نيكول باشينيان القمة.'
].join(' ');

describe('provenance of the claims on an event', () => {
	const set = build({ minsk: MINSK });
	const summit = set.events.find((e) => e.type === 'summit')!;
	const quoteOf = (i: number) => summit.sources[i]!.quote;

	it('cites, for an attendance, the sentence that states it', () => {
		expect(summit.participation?.['ARM']).toBe('absent');
		const arm = summit.participationSources?.['ARM'];
		expect(arm!.map(quoteOf)).toEqual(['ولم يحضر رئيس الوزراء الأرميني نيكول باشينيان القمة.']);
		expect(summit.sources[arm![0]!]!.claims.attendance).toEqual({ ARM: 'absent' });
	});

	it('cites each member at the sentence about that member, not any sentence of the meeting', () => {
		const blr = summit.participationSources?.['BLR'];
		expect(blr?.map(quoteOf)).toEqual([
			'وأكد الرئيس البيلاروسي ألكسندر لوكاشينكو أهمية التعاون بين الدول الأعضاء.'
		]);
	});

	it('says the date and place come from the sentence that dated and placed the meeting', () => {
		const dated = summit.sources.filter((s) => s.claims.date !== undefined);
		expect(dated.map((s) => [s.quote, s.claims.date])).toEqual([
			['انعقدت يوم الخميس 23 نوفمبر 2023 في مينسك قمة منظمة معاهدة الأمن الجماعي.', '2023-11-23']
		]);
		expect(summit.sources.filter((s) => s.claims.place).map((s) => s.quote)).toEqual([
			dated[0]!.quote
		]);
		expect(dated[0]!.claims.type).toBe(true);
	});

	it('keeps the citations when the same meeting is merged from two articles', () => {
		const set = build({
			a: MINSK,
			b: 'غاب رئيس الوزراء الأرميني نيكول باشينيان عن قمة منظمة معاهدة الأمن الجماعي التي عقدت في مينسك يوم 23 نوفمبر 2023.'
		});
		const merged = set.events.find((e) => e.type === 'summit')!;
		const cited = merged.participationSources!['ARM']!.map((i) => merged.sources[i]!);
		expect(cited.map((s) => s.article).sort()).toEqual(['a', 'b']);
		expect(cited.every((s) => s.claims.attendance?.['ARM'] === 'absent')).toBe(true);
		expect(validateEventSet(set)).toEqual([]);
	});
});

describe('provenance of a status period', () => {
	it('records the act of a refusal, with its sentence', () => {
		const set = build(
			{
				refusal:
					'رفضت أرمينيا يوم 23 نوفمبر 2023 التوقيع على الإعلان الختامي لقمة منظمة معاهدة الأمن الجماعي في مينسك.'
			},
			'2023-11-24'
		);
		const strained = set.memberStatus['ARM']!.find((p) => p.status === 'strained');
		expect(strained?.sources.map((s) => s.act)).toEqual(['refused-to-sign']);
	});

	it('cites a member’s absence by reference to the meeting’s sentence that states it', () => {
		const set = build({ minsk: MINSK });
		const summit = set.events.find((e) => e.type === 'summit')!;
		const absent = set.memberStatus['ARM']!.find((p) => p.status === 'absent')!;
		expect(absent.sources).toEqual([
			{
				act: 'absent-from-meeting',
				event: summit.id,
				source: summit.participationSources!['ARM']![0]
			}
		]);
	});

	it.each([
		['رفضت التوقيع', '', 'refused-to-sign'],
		['رفضت', 'أرمينيا استضافة المناورات', 'refused-to-host'],
		['اتهمت', 'المنظمة بالفشل في إرسال قوات', 'criticised'],
		['لم تعين بديلا', '', 'left-post-unfilled'],
		['رفضت', 'أرمينيا الطلب', 'refused']
	])('reads "%s %s" as %s', (cue, after, act) => {
		expect(strainAct(fold(cue), fold(after))).toBe(act);
	});
});

describe('the schema on citations', () => {
	const base = syntheticEventSet(40, 3);
	const summit = base.events.find((e) => e.participation)!;
	const code = Object.keys(summit.participation!)[0]!;

	it('accepts the synthetic set, whose citations are whole', () => {
		expect(validateEventSet(base)).toEqual([]);
	});

	it('rejects an attendance citing a source the event does not have', () => {
		const bad = structuredClone(base);
		const e = bad.events.find((x) => x.id === summit.id)!;
		e.participationSources![code] = [e.sources.length];
		expect(validateEventSet(bad).map((p) => p.message)).toContain(
			'an attendance cites a source the event does not have'
		);
	});

	it('rejects an attendance citing a sentence that does not state it', () => {
		const bad = structuredClone(base);
		const e = bad.events.find((x) => x.id === summit.id)!;
		delete e.sources[0]!.claims.attendance;
		expect(validateEventSet(bad).some((p) => p.message.includes('does not state'))).toBe(true);
	});

	it('rejects an attendance that cites no sentence, and sentences for an attendance it lacks', () => {
		const bad = structuredClone(base);
		const e = bad.events.find((x) => x.id === summit.id)!;
		delete e.participationSources![code];
		expect(validateEventSet(bad).map((p) => p.message)).toContain(
			'an attendance cites no sentence'
		);
		const extra = structuredClone(base);
		const f = extra.events.find((x) => x.id === summit.id)!;
		delete f.participation![code];
		expect(validateEventSet(extra).map((p) => p.message)).toContain(
			'cites an attendance the event lacks'
		);
	});

	it('rejects a status period citing an event or a source that is not there', () => {
		for (const ref of [
			{ act: 'attended' as const, event: 'no-such-event', source: 0 },
			{ act: 'attended' as const, event: summit.id, source: summit.sources.length }
		]) {
			const bad = structuredClone(base);
			bad.memberStatus['ARM']![0]!.sources = [ref];
			expect(validateEventSet(bad)).toHaveLength(1);
		}
	});
});

describe('the source cap', () => {
	const src = (start: number, claims = {}) => ({ article: 'a', start, end: start + 4, claims });
	it('never leaves out the only sentence stating an attendance', () => {
		const many = Array.from({ length: 20 }, (_, i) => ({
			article: 'a',
			start: i * 10,
			end: i * 10 + 3,
			quote: `q${String(i).padStart(2, '0')}`,
			claims: i === 17 ? { attendance: { ARM: 'absent' as const } } : { type: true as const }
		}));
		const kept = capSources(many, 12).kept;
		expect(kept).toHaveLength(12);
		expect(kept.some((s) => s.start === 170)).toBe(true);
	});

	it('keeps what a dropped copy of a quote states on the copy it keeps', () => {
		const kept = capSources([
			{ ...src(0), quote: 'same', end: 4 },
			{ ...src(10, { attendance: { RUS: 'present' as const } }), quote: 'same', end: 14 }
		]).kept;
		expect(kept).toHaveLength(1);
		expect(kept[0]!.claims).toEqual({ attendance: { RUS: 'present' } });
	});
});

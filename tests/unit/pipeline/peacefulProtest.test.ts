import { describe, expect, it } from 'vitest';
import { findCues } from '$lib/pipeline/extract/findCues';
import { peacefulProtest } from '$lib/pipeline/extract/peacefulProtest';
import type { Sentence } from '$lib/pipeline/extract/types';
import { normalize } from '$lib/pipeline/text/normalize';

/** Whether the sentence's first unrest cue is a protest with no violence told. */
function peaceful(raw: string): boolean {
	const norm = normalize(raw).text;
	const cues = findCues(norm);
	const cue = cues.find((c) => c.kind === 'unrest');
	if (!cue) throw new Error(`no unrest cue in "${raw}"`);
	const s = { start: 0, end: norm.length, cues, entities: [], dates: [] } as unknown as Sentence;
	return peacefulProtest(norm, s, cue);
}

describe('a protest with no violence told', () => {
	it.each([
		'وتجمع مئات المحتجين في وسط العاصمة مطالبين بانسحاب بلادهم من المنظمة.',
		'احتشد آلاف المتظاهرين أمام البرلمان مطالبين باستقالة الحكومة.',
		'وخرجت تظاهرات سلمية في عدة مدن.',
		'وتظاهر المحتجون أمام وزارة القوات المسلحة في مواجهة سياسات الحكومة.',
		'ودامت الاحتجاجات ثلاثة أيام.'
	])('is no clash: %s', (raw) => {
		expect(peaceful(raw)).toBe(true);
	});

	it.each([
		'قتل عشرات في احتجاجات عنيفة في ألماتي.',
		'اقتحم المحتجون مبنى البلدية وأضرموا فيه النار.',
		'وقال إن غالبية المتظاهرين مسلحون محترفون وإرهابيون.',
		'وأطلقت الشرطة الغاز المسيل للدموع على المتظاهرين.',
		'أعمال الشغب في ألماتي.',
		'وأطلقت قوات الأمن النار على المحتجين في ألماتي.'
	])('is unrest when violence is told: %s', (raw) => {
		expect(peaceful(raw)).toBe(false);
	});
});

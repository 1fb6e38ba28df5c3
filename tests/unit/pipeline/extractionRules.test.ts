/**
 * The extraction rules on single sentences written as other outlets write them: what must become
 * an event (and how), and the noise that must not. Each case is its own one-article corpus.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEventSet } from '$lib/pipeline/buildEventSet';
import { attendanceOf } from './attendanceOf';

function build(text: string, published: string | null = '2022-10-01') {
	const dir = mkdtempSync(join(tmpdir(), 'csto-rule-'));
	try {
		writeFileSync(join(dir, 'a.txt'), text + '\n');
		writeFileSync(
			join(dir, 'metadata.json'),
			JSON.stringify({ 'a.txt': { outlet: null, url: null, published, note: null } })
		);
		return buildEventSet(dir).eventSet;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

const brief = (text: string, published?: string | null) =>
	build(text, published).events.map((e) => ({
		type: e.type,
		date: e.date,
		countries: e.countries,
		participation: attendanceOf(e)
	}));

describe('sentences that are events', () => {
	it.each([
		[
			'a border clash between two members, dated',
			'اندلعت اشتباكات مسلحة على الحدود بين قيرغيزستان وطاجيكستان في 14 سبتمبر/أيلول 2022.',
			[{ type: 'clash', date: '2022-09-14', countries: ['KGZ', 'TJK'], participation: null }]
		],
		[
			'peacekeepers sent at a leader’s request, the host named only through its president',
			'دخلت قوات حفظ السلام الجماعية في 6 يناير 2022 بناء على طلب من رئيس كازاخستان.',
			[{ type: 'deployment', date: '2022-01-06', countries: ['KAZ'], participation: null }]
		],
		[
			'a joint exercise, with Arabic-Indic digits and the Levantine month',
			'بدأت في ١٠ تشرين الأول ٢٠٢٢ مناورات مشتركة لقوات منظمة معاهدة الأمن الجماعي في قرغيزستان.',
			[{ type: 'deployment', date: '2022-10-10', countries: ['KGZ'], participation: null }]
		],
		[
			'a summit with an absence stated subject-first',
			'عقدت قمة منظمة معاهدة الأمن الجماعي في يريفان يوم 23 نوفمبر 2022، ورئيس الوزراء الأرميني نيكول باشينيان رفض التوقيع على البيان، فيما لم يحضر الرئيس الطاجيكي إمام علي رحمون.',
			[
				{
					type: 'summit',
					date: '2022-11-23',
					countries: ['ARM', 'TJK'],
					participation: { TJK: 'absent' }
				}
			]
		],
		[
			'a summit dated "yesterday" against the publication date',
			'شارك الرئيس الروسي فلاديمير بوتين أمس في قمة منظمة معاهدة الأمن الجماعي في موسكو.',
			[
				{
					type: 'summit',
					date: '2022-09-30',
					countries: ['RUS'],
					participation: { RUS: 'present' }
				}
			]
		]
	])('%s', (_, text, expected) => {
		expect(brief(text)).toEqual(expected);
	});
});

describe('sentences that are not events', () => {
	it.each([
		[
			'another organisation’s summit',
			'عقدت قمة منظمة شنغهاي للتعاون في 16 سبتمبر 2022 في سمرقند بحضور الرئيس الروسي.'
		],
		[
			'a clash that only may happen',
			'حذر الرئيس من أنه قد تندلع اشتباكات على الحدود بين قرغيزستان وطاجيكستان في 2022.'
		],
		['a phone call', 'أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع باشينيان في 5 مايو 2022.'],
		['a plan with no date', 'تعتزم المنظمة إجراء مناورات مشتركة في طاجيكستان.'],
		['a founding year', 'تأسست منظمة معاهدة الأمن الجماعي عام 2002 وتضم ست دول.'],
		[
			'a clash far from the members',
			'اندلعت اشتباكات عنيفة في السودان بين الجيش وقوات الدعم السريع في 15 أبريل 2023.'
		],
		[
			'a call to strengthen peacekeeping',
			'أكد الرئيس البيلاروسي على ضرورة تعزيز قوات حفظ السلام للمنظمة في 10 يناير 2022.'
		],
		[
			'a date that does not exist',
			'عقدت قمة منظمة معاهدة الأمن الجماعي في 31 سبتمبر 2022 في يريفان.'
		]
	])('%s', (_, text) => {
		expect(brief(text)).toEqual([]);
	});

	it('keeps an event dated outside 2021–2023 out of the set', () => {
		expect(brief('عقدت قمة منظمة معاهدة الأمن الجماعي في 10 نوفمبر 2020 في موسكو.')).toEqual([]);
	});
});

describe('Armenia’s status from what the sentences say', () => {
	it('marks a dated chairmanship', () => {
		const set = build('تولت أرمينيا رئاسة منظمة معاهدة الأمن الجماعي في يناير 2022.');
		expect(set.memberStatus['ARM']).toEqual([
			expect.objectContaining({ from: '2022-01', status: 'active', chair: true })
		]);
	});

	it('leaves an undated accusation out of the periods', () => {
		expect(
			build('وكان باشينيان اتهم في وقت سابق المنظمة بالفشل في دعم أرمينيا.').memberStatus['ARM']
		).toEqual([]);
	});
});

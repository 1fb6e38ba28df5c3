import { describe, expect, it } from 'vitest';
import { findCues } from '$lib/pipeline/extract/findCues';
import { normalize } from '$lib/pipeline/text/normalize';

const kinds = (raw: string) => findCues(normalize(raw).text).map((h) => h.kind);

describe('findCues', () => {
	it.each([
		[
			'a summit with the article',
			'وصل إلى مينسك للمشاركة في القمة',
			['present', 'present', 'present', 'summit']
		],
		['a summit with a proclitic lam', 'للقمة المقبلة', ['summit', 'planned']],
		['clashes with waw and the article', 'والاشتباكات مع أذربيجان', ['clash']],
		['attendance by video', 'التي أقيمت عبر الفيديو', ['held', 'video']],
		// «لن» alone is a denied future too; before an attendance verb, modality leaves it to the verb.
		['absence before the person', 'لن يحضر رئيس الوزراء الأرمني', ['negation', 'absent']],
		['the Kremlin regrets an absence', 'يأسف لغياب ممثل أرمينيا عن قمة', ['absent', 'summit']],
		[
			'a weapons delivery',
			'زوّد طاجيكستان بفرقتين من منظومات "إس-300"',
			['supply', 'weapon', 'weapon']
		],
		[
			'peacekeepers entering, named as the alliance’s force',
			'إن إدخال قوات حفظ السلام الجماعية',
			['troops', 'csto-force']
		],
		[
			'unrest named as a point of reference',
			'بعد أعمال الشغب في كازاخستان',
			['reference', 'unrest']
		],
		['a meeting in the accusative', 'عقدت اجتماعاً طارئاً', ['held', 'meeting']],
		['a cancelled exercise', 'ألغت وزارة الدفاع تدريبات', ['cancelled', 'exercise']],
		['a refusal to host, also a strain', 'ترفض استضافة مناورات', ['strain', 'refused', 'exercise']],
		// One stem, two kinds of one family: the refraining verb is a strain and an apology verb.
		[
			'refraining, with the leader between the verb and its object',
			'امتنع باشينيان عن حضور القمة',
			['strain', 'decline', 'refused', 'present', 'summit']
		],
		['a speech is also a presence', 'ألقى كلمة أمام القمة', ['present', 'speech', 'summit']],
		[
			'a ministerial meeting',
			'اجتماع مشترك لوزراء الخارجية ووزراء الدفاع',
			['meeting', 'ministerial', 'ministerial']
		],
		['"may" before an imperfect verb is irrealis', 'فقد يحدث هذا مرة أخرى', ['irrealis']],
		['"has" before "تم" is not', 'وقد تم عقد القمة', ['held', 'summit']],
		['a word that only contains a cue', 'القمحية', []],
		['an envoy recalled', 'استدعت أرمينيا سفيرها', ['envoy-recalled']]
	])('finds %s', (_, raw, expected) => {
		expect(kinds(raw)).toEqual(expected);
	});

	it('returns hits in text order with offsets on the cue itself, proclitics excluded', () => {
		const norm = normalize('وللقمة والاشتباكات').text;
		const hits = findCues(norm);
		expect(hits.map((h) => norm.slice(h.start, h.end))).toEqual(['قمه', 'اشتباكات']);
	});
});

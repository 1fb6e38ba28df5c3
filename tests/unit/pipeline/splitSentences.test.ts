import { describe, expect, it } from 'vitest';
import { splitSentences } from '$lib/pipeline/text/splitSentences';
import { findBody, findBodyEnd } from '$lib/pipeline/text/findBodyEnd';

const pieces = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
	it.each([
		['one line', 'قمة في مينسك', ['قمة في مينسك']],
		['two sentences on a line', 'وصل بوتين. وبدأت القمة.', ['وصل بوتين.', 'وبدأت القمة.']],
		['Arabic question mark', 'من نظمهم؟ نحتاج إلى معرفة ذلك', ['من نظمهم؟', 'نحتاج إلى معرفة ذلك']],
		['a decimal is not an end', 'بلغت 2.5 مليار دولار.', ['بلغت 2.5 مليار دولار.']],
		['a pause of two dots is not an end', 'الصراع المثار.. هذا يؤكد', ['الصراع المثار.. هذا يؤكد']],
		[
			'closing quote stays with its sentence',
			'قال: "نحن لسنا محتلين." ثم غادر',
			['قال: "نحن لسنا محتلين."', 'ثم غادر']
		],
		['line breaks end sentences and blank lines vanish', 'أ\n\n  ب  \n', ['أ', 'ب']],
		[
			'a footnote’s mark after the stop ends the sentence with it',
			'أرسلت بعثة.[1] وفي القمة رفض التوقيع.[12] ومنذ الصيف قاطعت.',
			['أرسلت بعثة.[1]', 'وفي القمة رفض التوقيع.[12]', 'ومنذ الصيف قاطعت.']
		],
		['a superscript mark too', 'وقع الاتفاق.² ثم غادر', ['وقع الاتفاق.²', 'ثم غادر']],
		['a bracketed number too', 'وقع الاتفاق.(3) ثم غادر', ['وقع الاتفاق.(3)', 'ثم غادر']],
		[
			'marks one after another',
			'قاطعت أرمينيا القمة.[بحاجة لمصدر][3] وفي العام التالي',
			['قاطعت أرمينيا القمة.[بحاجة لمصدر][3]', 'وفي العام التالي']
		],
		[
			'but not a numbered clause «4.(1)»',
			'وفقا للمادة 4.(1) أرسلت القوات.',
			['وفقا للمادة 4.(1) أرسلت القوات.']
		],
		[
			'and a wiki’s «citation needed»',
			'قاطعت أرمينيا القمة.[بحاجة لمصدر] وفي العام التالي',
			['قاطعت أرمينيا القمة.[بحاجة لمصدر]', 'وفي العام التالي']
		],

		[
			'a numbered line’s number is no end',
			'حضر كل من:\n1. الرئيس الروسي\n 12. الرئيس الطاجيكي',
			['حضر كل من:', '1. الرئيس الروسي', '12. الرئيس الطاجيكي']
		],
		[
			'but a number closing a sentence still ends it',
			'في المرتبة 2. ثم جاء',
			['في المرتبة 2.', 'ثم جاء']
		],
		['empty text', '', []]
	])('%s', (_, text, expected) => {
		expect(pieces(text)).toEqual(expected);
	});

	it('returns spans that are trimmed slices of the raw text', () => {
		const text = '  أول.   ثان؟\n ثالث ';
		for (const s of splitSentences(text)) {
			const piece = text.slice(s.start, s.end);
			expect(piece).toBe(piece.trim());
		}
	});

	it('cuts a sentence with no punctuation at all into readable pieces', () => {
		const text = 'كلمة '.repeat(2000);
		const spans = splitSentences(text);
		expect(spans.length).toBeGreaterThan(1);
		expect(Math.max(...spans.map((s) => s.end - s.start))).toBeLessThan(1300);
	});
});

/** A paragraph of an article: what the page's head is not. */
const LONG =
	'وأوضح المتحدث باسم الوزارة في مؤتمر صحافي أن الاجتماع تناول الأوضاع على الحدود وسبل تعزيز التعاون العسكري.';

describe('findBodyEnd', () => {
	it.each([
		[
			'a "read also" line glued to a headline',
			'نص المقال.\nاقرأ أيضاًالجارديان: بوتين يتهم واشنطن\nعنوان آخر',
			'نص المقال.\n'
		],
		['a "see also" heading', 'نص.\n    انظر أيضا:\n    عنوان', 'نص.\n'],
		['keywords', 'نص.\nكلمات دلالية: الكرملين', 'نص.\n'],
		[
			'a «topics related» heading',
			'نص.\nموضوعات متعلقة\n- قمة افتراضية لمجموعة العشرين | 22-11-2023',
			'نص.\n'
		],
		['a «you may like» heading', 'نص.\nقد يهمك أيضا\nعنوان آخر', 'نص.\n'],
		['a closing source line late in the text', 'أ\nب\nج\nالمصدر: RT\nموافق', 'أ\nب\nج\n'],
		[
			'a comment section after the article',
			`${LONG}\nالتعليقات (27)\nمحمد | 17 ماي 2022\nروسيا ستنشر قوات المنظمة قريبا.`,
			`${LONG}\n`
		],
		['a «readers’ comments» heading', `${LONG}\nتعليقات القراء:\nعنوان`, `${LONG}\n`]
	])('ends the body before %s', (_, text, body) => {
		expect(text.slice(0, findBodyEnd(text))).toBe(body);
	});

	it('keeps the whole text when there is no furniture', () => {
		const text = 'قمة.\nاجتماع.';
		expect(findBodyEnd(text)).toBe(text.length);
	});

	it('ends the body at a «read also» box followed by a teaser cut short («...»)', () => {
		const text = `${LONG}\nاقرأ أيضا:\n- عنوان أول\n\nأعلنت وزارة الدفاع الأرمنية مقتل جنديين في قصف أذربيجاني استهدف مواقع قرب جيرموك أمس...`;
		expect(text.slice(0, findBodyEnd(text))).toBe(`${LONG}\n`);
	});

	it('does not end the body at a comment count in the page’s head, above the article', () => {
		const text = `عنوان الخبر\n13 سبتمبر 2022\nالتعليقات (0)\n${LONG}`;
		expect(findBodyEnd(text)).toBe(text.length);
	});

	it('does not end the body at a paragraph that opens with «التعليقات»', () => {
		const text = 'نص.\nالتعليقات الروسية على القمة جاءت حذرة.\nبدأت القمة.';
		expect(findBodyEnd(text)).toBe(text.length);
	});

	it('does not end the body at a source credit in the first line', () => {
		const text = 'المصدر: تاس\nوصل بوتين إلى مينسك.\nبدأت القمة.';
		expect(findBodyEnd(text)).toBe(text.length);
	});
});

describe('findBody', () => {
	const para =
		'وأوضح المتحدث باسم الوزارة في مؤتمر صحافي أن الاجتماع تناول الأوضاع على الحدود وسبل تعزيز التعاون العسكري بين الدول الأعضاء في المنظمة خلال العام المقبل.';
	const lines = (...l: string[]) => l.join('\n');
	const boxText = (text: string) => findBody(text).boxes.map((b) => text.slice(b.start, b.end));

	it.each([
		[
			'a bulleted box between paragraphs',
			lines('الفقرة الأولى.', 'اقرأ أيضا:', '- عنوان أول', '- عنوان ثان', '', para),
			['اقرأ أيضا:\n- عنوان أول\n- عنوان ثان']
		],
		[
			'a box with its headline on the opening line',
			lines('الفقرة الأولى.', 'اقرأ أيضاً: بوتين يصل إلى يريفان', '', para),
			['اقرأ أيضاً: بوتين يصل إلى يريفان']
		],
		[
			'a box followed by a subheading and a paragraph',
			lines('الفقرة الأولى.', 'شاهد أيضا: فيديو من القمة', 'الخلفية', para),
			['شاهد أيضا: فيديو من القمة']
		]
	])('leaves out %s, and the body goes on', (_, text, boxes) => {
		expect(findBody(text).end).toBe(text.length);
		expect(boxText(text)).toEqual(boxes);
	});

	it('leaves out a "follow us" bar in the page’s head, before the first paragraph', () => {
		const text = lines(
			'الموقع',
			'الرئيسية | سياسة',
			'تابعونا على فيسبوك | تويتر',
			'العنوان',
			para,
			para
		);
		expect(findBody(text)).toEqual({
			end: text.length,
			boxes: [{ start: text.indexOf('تابعونا'), end: text.indexOf('\nالعنوان') }]
		});
	});

	it('ends the body at a "follow us" bar after the first paragraph', () => {
		const text = lines('العنوان', para, 'تابعونا على فيسبوك | تويتر', 'عنوان آخر');
		expect(findBody(text).end).toBe(text.indexOf('تابعونا'));
	});

	it.each([
		[
			'a box of headlines without bullets (nothing tells where it ends)',
			lines('الفقرة الأولى.', 'اقرأ أيضا:', 'عنوان أول', para)
		],
		[
			'an inline box followed by more headlines',
			lines(
				'الفقرة الأولى.',
				'اقرأ أيضاًالجارديان: بوتين يتهم واشنطن',
				'عنوان آخر',
				'عنوان ثالث',
				para
			)
		],
		[
			'a box followed by page furniture',
			lines('الفقرة الأولى.', 'اقرأ أيضا:', '- عنوان', '', 'الأكثر قراءة', para)
		],
		['a box at the very end', lines('الفقرة الأولى.', 'اقرأ أيضا:', '- عنوان', '- عنوان آخر')],
		[
			'keywords, which always end the article',
			lines('الفقرة الأولى.', 'كلمات دلالية: الكرملين', para)
		]
	])('ends the body at %s', (_, text) => {
		expect(findBody(text)).toEqual({ end: text.indexOf('\n') + 1, boxes: [] });
	});
});

import { describe, expect, it } from 'vitest';
import { normalize } from '$lib/pipeline/text/normalize';
import { findDateline } from '$lib/pipeline/dates/findDateline';

const dateline = (raw: string) => findDateline(normalize(raw).text);

describe('findDateline', () => {
	it('ends the head at the first paragraph, however short the lines before it', () => {
		const paragraph = 'نص '.repeat(60);
		expect(
			dateline(
				`الموقع\nالعنوان\n${paragraph}\n${paragraph}\nسطر\n${paragraph}\nالأربعاء 23/نوفمبر/2022\n${paragraph}\n${paragraph}\n${paragraph}\n${paragraph}\n${paragraph}\n${paragraph}`
			)
		).toBeNull();
	});

	it.each([
		[
			'a saved page’s byline under its site name, menu, section, headline and author',
			'القاهرة 24\nالرئيسية | أخبار | سياسة | رياضة\nعرب وعالم\nالعنوان\nكتب: محمد\nالأربعاء 23/نوفمبر/2022 - 04:12 م\n' +
				`${'نص '.repeat(60)}\n`.repeat(6),
			'2022-11-23',
			'date-line'
		],
		[
			'a print edition’s foot, after the body',
			'العنوان\n1\n2\n3\n4\n5\n6\nالثلاثاء ١٧ مايو ٢٠٢٢ - السنة ١٤٦ - العدد ٤٩٤٦٥',
			'2022-05-17',
			'date-line'
		],
		[
			'a place, the day and the clock time between bars, under the outlet’s name',
			'النهار\nبيروت | 14-09-2022 | 06:15\n\nالعنوان',
			'2022-09-14',
			'date-line'
		],
		[
			'a labelled date at the foot over a render stamp at the head',
			'موقع | اليوم: الأحد 6 ديسمبر 2026 | بحث\nالعنوان\n1\n2\n3\n4\n5\nنشر بتاريخ: 13 مارس 2023',
			'2023-03-13',
			'labelled'
		],
		[
			'a print header with its Hijri date and issue number',
			'الخميس - 30 شهر ربيع الثاني 1444 هـ - 24 نوفمبر 2022 مـ رقم العدد [16067]\nالعنوان',
			'2022-11-24',
			'date-line'
		],
		[
			'a header that gives only the Hijri date, converted on the Umm al-Qura calendar',
			'عكاظ\nالجمعة 10 صفر 1443هـ\nسياسة | محليات\nالعنوان',
			'2021-09-17',
			'date-line'
		],
		[
			'the Gregorian date over a Hijri one a day apart on the same line',
			'الخميس 3 جمادى الآخرة 1443 - 7 يناير 2022\nالعنوان',
			'2022-01-07',
			'date-line'
		]
	])('finds %s', (_, raw, date, form) => {
		const d = dateline(raw);
		expect(d?.date).toBe(date);
		expect(d?.form).toBe(form);
	});

	it('takes no date outside the month the page’s address carries', () => {
		const text = normalize('الأحد 6 ديسمبر 2026\nالعنوان').text;
		expect(findDateline(text, 5, undefined, '2023-03')).toBeNull();
		expect(findDateline(text, 5, undefined, '2026-12')?.date).toBe('2026-12-06');
	});

	it.each([
		['العنوان\nتاريخ النشر: 23rd, November 2023 GMT\nنص', '2023-11-23', 'labelled', 'published'],
		['19:04 GMT28 أكتوبر/ تشرين الأول 2021\nمباشر', '2021-10-28', 'date-line', null],
		['عرب وعالم7-6-2022\nالعنوان', '2022-06-07', 'date-line', null],
		['الخميس، 23 نوفمبر 2023 - 10:15 ص\nالعنوان', '2023-11-23', 'date-line', null],
		['نُشر في ٢٣/١١/٢٠٢٣ الساعة ١٠:١٥', '2023-11-23', 'labelled', 'published'],
		['آخر تحديث: 2023-11-24 09:00\nنص', '2023-11-24', 'labelled', 'updated'],
		['Published: Thursday, November 23, 2023', '2023-11-23', 'labelled', 'published'],
		['دمشق-سانا\nالخميس 23 تشرين الثاني 2023', '2023-11-23', 'date-line', null],
		['الخميس 23 نونبر 2023 - 14:30', '2023-11-23', 'date-line', null],
		['23 نوفمبر 2023 | 10:15', '2023-11-23', 'date-line', null],
		['الخميس - 10 جمادى الأولى 1445 هـ - 23 نوفمبر 2023 مـ', '2023-11-23', 'date-line', null],
		['الخميس، 23 نوفمبر 2023 02:00 م', '2023-11-23', 'date-line', null],
		[
			'العنوان\nآخر تحديث: 23/11/202309:41 (بتوقيت مكة المكرمة)',
			'2023-11-23',
			'labelled',
			'updated'
		],
		[
			'آخر تعديل: 24/11/2023 - 10:15\nنشرت في: 23/11/2023 - 10:15',
			'2023-11-23',
			'labelled',
			'published'
		],
		['Thu 23 Nov 2023 10.15 GMT', '2023-11-23', 'date-line', null],
		[
			'أعلنت مصادر أن الرئيس سيشارك، بحسب ما أفادت به وسائل إعلام اليوم الخميس 23 نوفمبر/تشرين الثاني 2023.',
			'2023-11-23',
			'today-stated',
			null
		]
	])('finds the date line of %j', (raw, date, form, label) => {
		expect(dateline(raw)).toMatchObject({ date, form, label });
	});

	it('prefers the publication label to an update stamp and to a bare date line', () => {
		const raw = 'آخر تحديث: 25 نوفمبر 2023\n24 نوفمبر 2023\nتاريخ النشر: 23 نوفمبر 2023';
		expect(dateline(raw)).toMatchObject({ date: '2023-11-23', label: 'published', line: 2 });
		expect(dateline('آخر تحديث: 25 نوفمبر 2023\n24 نوفمبر 2023')).toMatchObject({
			date: '2023-11-24',
			form: 'date-line'
		});
	});

	it.each([
		['', 'empty text'],
		['\n\n   \n', 'blank lines'],
		['قال الرئيس في 23 نوفمبر إن القمة ناجحة', 'a day without a year in a sentence'],
		[
			'وقعت الاتفاقية في 5 مايو 2021 بين الطرفين بعد مفاوضات طويلة استمرت أشهرا',
			'a date inside a long sentence'
		],
		['تاريخ النشر: 31 سبتمبر 2023', 'a day that does not exist'],
		[
			`1\n2\n3\n4\n5\n${'نص '.repeat(50)}\n23 نوفمبر 2023\n7\n8\n9\n10\n11`,
			'a date line after the first paragraph and not in the last five non-empty lines'
		],
		[
			'1\n2\n3\n4\n5\n6\nوعقد الاجتماع بتاريخ 23 نوفمبر 2023 في مينسك.\n8\n9\n10\n11\n12',
			'a labelled date in a short sentence past the first five lines'
		],
		['إيلاف | اليوم: الأحد 6 ديسمبر 2026 | القائمة | بحث\nالعنوان', 'a site bar’s render stamp'],
		[
			'جريدة الديرة | الأحد 03 أكتوبر 2021 | آخر تحديث 09:12 صباحا\nالعنوان',
			'a date between the bars of a site header'
		],
		[
			'الرئيسية | أخبار | الأحد 6 ديسمبر 2026 | 10:15\nالعنوان',
			'a menu’s items, the day and a clock between bars'
		],
		[
			'العنوان\n1\n2\n3\n4\n5\nوكان الاجتماع قد عقد بتاريخ 23 نوفمبر 2023 في مينسك بحضور القادة الستة وبمشاركة الأمين العام للمنظمة وعدد من الوزراء.',
			'a labelled date inside a long sentence at the foot'
		]
	])('finds none in %j (%s)', (raw) => {
		expect(dateline(raw)).toBeNull();
	});

	it('skips empty lines when counting the first five', () => {
		expect(dateline('\n\nالعنوان\n\n\nقسم\n\n23 نوفمبر 2023')).toMatchObject({
			date: '2023-11-23',
			line: 7
		});
	});

	it('passes on a weekday that contradicts the date', () => {
		expect(dateline('الجمعة 23 نوفمبر 2023')?.problems).toEqual([
			'The text says Friday but 2023-11-23 is a Thursday.'
		]);
	});

	it('points its offsets at the date in the normalised text', () => {
		const text = normalize('تاريخ النشر: 23rd, November 2023 GMT').text;
		const d = findDateline(text);
		expect(d && text.slice(d.start, d.end)).toBe('23rd, november 2023');
	});
});

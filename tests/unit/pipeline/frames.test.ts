/**
 * The frame rules (attribution, modality, the trigger's own date and place, who took part, whose
 * act it is, one happening per event) on sentences written for these tests in the manner of
 * many outlets — wires, Gulf and Levantine dailies, Maghrebi papers. Each case is its own corpus.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEventSet } from '$lib/pipeline/buildEventSet';
import { attendanceOf } from './attendanceOf';

type Doc = { text: string; published?: string | null; url?: string | null };

function build(docs: Doc[]) {
	const dir = mkdtempSync(join(tmpdir(), 'csto-frame-'));
	try {
		const meta: Record<string, unknown> = {};
		docs.forEach((d, i) => {
			writeFileSync(join(dir, `a${i}.txt`), d.text + '\n');
			meta[`a${i}.txt`] = {
				outlet: null,
				url: d.url ?? null,
				published: d.published === undefined ? '2022-10-05' : d.published,
				note: null
			};
		});
		writeFileSync(join(dir, 'metadata.json'), JSON.stringify(meta));
		return buildEventSet(dir).eventSet;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

const one = (text: string, published?: string | null) => build([{ text, published }]);
const brief = (text: string, published?: string | null) =>
	one(text, published).events.map((e) => `${e.type} ${e.date}${e.end ? '..' + e.end : ''}`);

// A line that makes the article one about the CSTO, as most of the corpus is.
const CSTO_LINE =
	'وتضم منظمة معاهدة الأمن الجماعي روسيا وبيلاروسيا وكازاخستان وقرغيزستان وطاجيكستان وأرمينيا.';

describe('what becomes an event, dated by its own predicate', () => {
	it.each([
		[
			'a session whose day stands in an adverbial between commas',
			'انعقدت، اليوم الاثنين، عبر تقنية الفيديو، جلسة استثنائية لمجلس الأمن الجماعي لبحث الأوضاع في المنطقة منذ الأسبوع الماضي.',
			'2022-10-03',
			['summit 2022-10-03']
		],
		[
			'a meeting named by the day the relative clause after it gives',
			`${CSTO_LINE}\nوبحث الوزراء التحضير للقمة، التي تنعقد يوم الخميس من الأسبوع المقبل في يريفان.`,
			'2022-11-16',
			['summit 2022-11-24']
		],
		[
			'a session held two days before the report',
			'وأوفدت المنظمة اليوم بعثة إلى المنطقة، تنفيذا لقرار اتخذه قادة منظمة معاهدة الأمن الجماعي في جلسة استثنائية عقدوها منذ يومين.',
			'2022-09-15',
			['summit 2022-09-13']
		],
		[
			'border guards exchanging fire, the parties named with "between"',
			'تبادل حرس الحدود في قيرغيزستان وطاجيكستان إطلاق النار صباح اليوم الأربعاء في عدة نقاط على الحدود بين البلدين.',
			'2022-09-14',
			['clash 2022-09-14']
		],
		[
			'an exercise of the collective forces that opened one day and closed another',
			'اختتمت قوات الرد السريع الجماعية اليوم السبت مناورات «التفاعل-2022» في طاجيكستان، التي كانت قد انطلقت يوم الاثنين 17 تشرين الأول الجاري.',
			'2022-10-22',
			['deployment 2022-10-17..2022-10-22']
		],
		[
			'fighting still going on, dated by the day it began ("منذ" and a weekday)',
			'وتواصل حرس الحدود في طاجيكستان وقرغيزستان تبادل إطلاق النار منذ الاثنين في محيط قرية على الحدود، رغم هدنة أعلنت أمس.',
			'2022-09-15',
			['clash 2022-09-12']
		],
		[
			'a shelling dated in front of its clause, after a sentence that ends on statements',
			`${CSTO_LINE}\nولم تتعد ردود المنظمة على الأزمة مع باكو التصريحات والبيانات. وفي آب 2022، حين قصفت المدفعية الأذربيجانية بلدات أرمينية، لم يصل أحد.`,
			'2023-05-20',
			['clash 2022-08']
		],
		[
			'peacekeepers beginning their withdrawal',
			'بدأت قوات حفظ السلام الجماعية التابعة لمنظمة معاهدة الأمن الجماعي اليوم الخميس الانسحاب من كازاخستان.',
			'2022-01-13',
			['deployment 2022-01-13']
		]
	])('%s', (_, text, published, expected) => {
		expect(brief(text, published)).toEqual(expected);
	});
});

describe('a date beside a happening of another kind', () => {
	it('dates the exercise in its own clause, not the summit recalled before it', () => {
		expect(
			brief(
				`${CSTO_LINE}\nثم جاءت قمة مينسك التي شهدت خلافات حادة، وتبعها إلغاء المناورات المقررة هذا العام.`,
				'2023-05-01'
			)
		).toEqual([]);
	});

	it('still dates a summit by a date in another clause that names no other happening', () => {
		expect(
			brief(
				`${CSTO_LINE}\nوشارك الرئيس في قمة المنظمة في موسكو، وذلك يوم الاثنين 16 مايو 2022.`,
				'2022-05-17'
			)
		).toEqual(['summit 2022-05-16']);
	});
});

describe('a happening counted back from the sentence’s day', () => {
	it.each([
		[
			'two days',
			'زار وزير الدفاع الروسي يريفان الخميس 15 أيلول 2022، بعد يومين من اندلاع الاشتباكات بين أرمينيا وأذربيجان على الحدود.',
			['clash 2022-09-13']
		],
		[
			'three days, in words',
			'أعلنت أرمينيا الجمعة 16 أيلول 2022 الحداد، بعد ثلاثة أيام من المواجهات بين أرمينيا وأذربيجان على الحدود.',
			['clash 2022-09-13']
		],
		[
			'a week, with «على»',
			'وصل وفد المنظمة إلى يريفان في 20 أيلول 2022، بعد أسبوع على الاشتباكات بين أرمينيا وأذربيجان.',
			['clash 2022-09-13']
		],
		[
			'no exact count',
			'وصل وفد المنظمة إلى يريفان في 20 أيلول 2022، بعد أقل من أسبوع من الاشتباكات بين أرمينيا وأذربيجان.',
			[]
		],
		[
			'a month',
			'وصل وفد المنظمة إلى يريفان في 20 تشرين الأول 2022، بعد شهر من الاشتباكات بين أرمينيا وأذربيجان.',
			[]
		],
		[
			'no day stated before the count',
			'بعد يومين من الاشتباكات بين أرمينيا وأذربيجان، وصل وفد المنظمة إلى يريفان في 20 أيلول 2022.',
			[]
		]
	])('dates it by %s', (_, text, expected) => {
		expect(brief(text, '2022-10-21')).toEqual(expected);
	});
});

describe('what the reviewed lookalikes do not hide', () => {
	it.each([
		[
			'a clash told after «بعد أن كان … قد»',
			'وجاء ذلك بعد أن كان الجيش الأذربيجاني قد قصف يوم 13 سبتمبر 2022 مواقع أرمينية على الحدود بين أرمينيا وأذربيجان.',
			['clash 2022-09-13']
		],
		[
			'a clash that struck «بنية تحتية»',
			'قصفت المدفعية الأذربيجانية يوم 13 سبتمبر 2022 بنية تحتية مدنية في بلدات أرمينية على الحدود بين أرمينيا وأذربيجان.',
			['clash 2022-09-13']
		],
		[
			'the alliance’s force, named in the singular, completing its withdrawal',
			'اكتمل اليوم انسحاب قوة منظمة معاهدة الأمن الجماعي من كازاخستان.',
			['deployment 2022-01-19']
		]
	])('keeps %s', (_, text, expected) => {
		expect(brief(text, '2022-01-19')).toEqual(expected);
	});

	it('keeps apart two stages of one named exercise held in two member states', () => {
		const set = build([
			{
				text: 'انطلقت في كازاخستان اليوم مناورات "الأخوة القتالية 2022" لقوات منظمة معاهدة الأمن الجماعي.',
				published: '2022-09-26'
			},
			{
				text: 'انطلقت في قرغيزستان اليوم مناورات "الأخوة القتالية 2022" لقوات منظمة معاهدة الأمن الجماعي.',
				published: '2022-10-04'
			}
		]);
		expect(set.events.map((e) => `${e.date} ${e.countries.join('/')}`)).toEqual([
			'2022-09-26 KAZ',
			'2022-10-04 KGZ'
		]);
	});
});

describe('what lasts until a stated day', () => {
	it.each([
		[
			'fighting followed by a truce that lasts until a later day',
			'اندلعت اشتباكات عنيفة على الحدود بين قيرغيزستان وطاجيكستان يوم 14 أيلول 2022، وتستمر الهدنة حتى 20 أيلول.',
			'2022-09-15',
			['clash 2022-09-14']
		],
		[
			'fighting that broke the truce on a later day («وخرقت … وقف إطلاق النار وقصفت … في 14»)',
			'اندلعت الاشتباكات بين أرمينيا وأذربيجان في 12 سبتمبر 2022، وخرقت القوات الأذربيجانية وقف إطلاق النار وقصفت مواقع أرمينية في 14 سبتمبر.',
			'2022-09-20',
			['clash 2022-09-12..2022-09-14']
		],
		[
			'fighting whose truce is dated apart',
			'اندلعت اشتباكات عنيفة على الحدود بين قيرغيزستان وطاجيكستان يوم 14 أيلول 2022، وأعلن وقف إطلاق النار في 16 أيلول.',
			'2022-09-17',
			['clash 2022-09-14']
		],
		[
			'an exercise that goes on until a day of the month',
			'بدأت مناورات قوات منظمة معاهدة الأمن الجماعي في كازاخستان يوم 2 أكتوبر 2022 وتستمر حتى 6 أكتوبر.',
			'2022-10-02',
			['deployment 2022-10-02..2022-10-06']
		],
		[
			'clashes that went on until the dawn of a weekday',
			'اندلعت اشتباكات بين القوات الأرمينية والأذربيجانية على الحدود ليل الاثنين واستمرت حتى فجر الأربعاء.',
			'2022-09-15',
			['clash 2022-09-12..2022-09-14']
		],
		[
			'a deadline, which ends nothing',
			'أمهلت المنظمة الطرفين حتى 20 أكتوبر، بعد اشتباكات على الحدود الأرمينية الأذربيجانية يوم 12 أكتوبر 2022.',
			'2022-10-13',
			['clash 2022-10-12']
		],
		[
			'a day «until» that comes before the start',
			'انطلقت تدريبات قوات منظمة معاهدة الأمن الجماعي في طاجيكستان يوم 10 أكتوبر 2022 وتتواصل حتى الجمعة.',
			'2022-10-10',
			['deployment 2022-10-10']
		]
	])('%s', (_, text, published, expected) => {
		expect(brief(text, published)).toEqual(expected);
	});
});

describe('a meeting counted back from the summit', () => {
	it.each([
		['a day', 'وعقد مجلس وزراء خارجية المنظمة اجتماعه في يريفان قبل يوم من القمة.', '2022-11-22'],
		[
			'three days, in words',
			'وكان مجلس وزراء خارجية المنظمة قد اجتمع قبل ثلاثة أيام من انعقاد القمة.',
			'2022-11-20'
		]
	])('is held %s before the summit’s day, and the summit is not a second one', (_, line, day) => {
		const events = one(
			`انعقدت قمة منظمة معاهدة الأمن الجماعي في يريفان الأربعاء 23 تشرين الثاني 2022.\n${line}`,
			'2022-11-28'
		).events;
		expect(events.map((e) => `${e.date} ${e.place?.name.en ?? null}`)).toEqual([
			`${day} Yerevan`,
			'2022-11-23 Yerevan'
		]);
	});
});

describe('an anniversary', () => {
	it('dates what "on this day" of a named year recalls by that day of that year', () => {
		expect(
			brief(
				'في مثل هذا اليوم من عام 2022، وصلت أولى وحدات قوات حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي إلى كازاخستان.',
				'2023-01-06'
			)
		).toEqual(['deployment 2022-01-06']);
	});

	it('dates what "on this day" of last year recalls by that day of last year', () => {
		expect(
			brief(
				'وفي مثل هذا اليوم من العام الماضي، وصلت أولى وحدات قوات حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي إلى كازاخستان.',
				'2023-01-06'
			)
		).toEqual(['deployment 2022-01-06']);
	});
});

describe('meetings named in other words', () => {
	it.each([
		[
			'in a relative clause',
			'صرح لافروف بأن الاجتماع الوزاري لمنظمة معاهدة الأمن الجماعي، الذي عقد الثلاثاء في موسكو، ناقش الوضع في أفغانستان.',
			'2021-08-26',
			['summit 2021-08-24']
		],
		[
			'as the subject of what it discussed',
			'ناقش الاجتماع الوزاري لمنظمة معاهدة الأمن الجماعي في موسكو اليوم الوضع على الحدود الطاجيكية الأفغانية.',
			'2021-08-24',
			['summit 2021-08-24']
		]
	])('reads "the ministerial meeting" %s', (_, text, published, expected) => {
		expect(brief(text, published)).toEqual(expected);
	});

	it.each([
		[
			'the verb to meet',
			'اجتمع وزراء دفاع الدول الأعضاء في منظمة معاهدة الأمن الجماعي في موسكو، الثلاثاء 16 نوفمبر 2021، وناقشوا الوضع على الحدود.'
		],
		[
			'the verb to meet in the imperfect plural',
			'يجتمع وزراء خارجية منظمة معاهدة الأمن الجماعي اليوم الثلاثاء 16 نوفمبر 2021 في موسكو لبحث الوضع في أفغانستان.'
		],
		[
			'the verb to meet one another',
			'التقى وزراء دفاع منظمة معاهدة الأمن الجماعي الثلاثاء 16 نوفمبر 2021 في موسكو.'
		]
	])('finds a ministerial meeting told with %s', (_, text) => {
		expect(brief(text, '2021-11-16')).toEqual(['summit 2021-11-16']);
	});

	it.each([
		[
			'«اجتماعا لقادة» after the host',
			'احتضن الكرملين بموسكو، أمس الاثنين، اجتماعا لقادة منظمة معاهدة الأمن الجماعي بمناسبة ذكرى تأسيسها.'
		],
		[
			'«اجتماع رؤساء الدول»',
			'عقد أمس الاثنين في موسكو اجتماع رؤساء الدول الأعضاء في منظمة معاهدة الأمن الجماعي.'
		]
	])('reads a meeting of the leaders as a summit: %s', (_, text) => {
		expect(brief(text, '2022-05-17')).toEqual(['summit 2022-05-16']);
	});

	it('does not read a ministers’ meeting as the leaders’ summit', () => {
		expect(
			brief(
				'عقد أمس الاثنين في موسكو اجتماع لخبراء منظمة معاهدة الأمن الجماعي لبحث التدريبات.',
				'2022-05-17'
			)
		).toEqual([]);
	});

	it('reads a summit with a possessive pronoun ("قمتهم") as the summit', () => {
		expect(
			brief(
				'عقد قادة دول منظمة معاهدة الأمن الجماعي، الأربعاء، قمتهم في العاصمة الأرمينية يريفان.',
				'2022-11-23'
			)
		).toEqual(['summit 2022-11-23']);
	});

	it('reads the leaders’ informal meeting, told in the pluperfect, as a summit held that day', () => {
		expect(
			brief(
				'وكان زعماء دول منظمة معاهدة الأمن الجماعي قد عقدوا أمس الاثنين اجتماعا غير رسمي في سانت بطرسبورغ.',
				'2022-12-27'
			)
		).toEqual(['summit 2022-12-26']);
	});

	it('gives the CSTO meeting no attendance read at another body’s summit in the same article', () => {
		const [e] = one(
			'انطلقت اليوم الجمعة في أستانا قمة رابطة الدول المستقلة بمشاركة الرئيس الروسي فلاديمير بوتين ورئيس الوزراء الأرميني نيكول باشينيان.\nوكان قادة دول منظمة معاهدة الأمن الجماعي قد عقدوا أمس اجتماعا غير رسمي في المدينة نفسها.',
			'2022-10-14'
		).events;
		expect(e?.date).toBe('2022-10-13');
		expect(e?.participation).toBeUndefined();
	});
});

describe('who took part in an exercise', () => {
	it('leaves a member that stayed away out of the exercise’s parties, and strains its status', () => {
		const set = one(
			'أجرت قوات الرد السريع التابعة لمنظمة معاهدة الأمن الجماعي اليوم مناورات في بيلاروسيا بمشاركة وحدات من روسيا وكازاخستان وطاجيكستان، فيما غابت أرمينيا.',
			'2022-10-03'
		);
		expect(set.events.map((e) => e.countries)).toEqual([['BLR', 'KAZ', 'RUS', 'TJK']]);
		expect(set.memberStatus['ARM']?.map((p) => p.status)).toEqual(['strained']);
	});

	it.each([
		['«من دون مشاركة أي عسكري أرميني»', 'من دون مشاركة أي عسكري أرميني'],
		['«بغياب الوحدات الأرمينية»', 'بغياب الوحدات الأرمينية']
	])('leaves out a member absent in a phrase with words between (%s)', (_, away) => {
		const { events } = one(
			`أجرت قوات منظمة معاهدة الأمن الجماعي اليوم مناورات في بيلاروسيا، ${away}.`,
			'2023-09-04'
		);
		expect(events.map((e) => e.countries)).toEqual([['BLR']]);
	});
});

describe('a session held by video, in other words', () => {
	it('reads «عبر تقنية الاتصال المرئي» as taking part by video', () => {
		const [e] = one(
			'عقد قادة الدول الأعضاء في منظمة معاهدة الأمن الجماعي اليوم جلسة استثنائية عبر تقنية الاتصال المرئي بمشاركة باشينيان وبوتين.',
			'2022-01-10'
		).events;
		expect(e?.participation).toMatchObject({ ARM: 'video', RUS: 'video' });
	});
});

describe('Armenia’s standing, read from how its acts are told', () => {
	const status = (text: string, published: string) =>
		(one(text, published).memberStatus['ARM'] ?? []).map((p) => `${p.from} ${p.status}`);

	it('reads «غابت عنها القوات الأرمينية» from an exercise as sending no troops', () => {
		expect(
			status(
				'وأجرت قوات منظمة معاهدة الأمن الجماعي تدريبات في كازاخستان في 26 سبتمبر 2022، فيما غابت عنها القوات الأرمينية.',
				'2022-10-17'
			)
		).toEqual(['2022-09-26 strained']);
	});

	it('does not take criticism voiced in a speech at the meeting Armenia attends for a strain', () => {
		expect(
			status(
				'عقدت في موسكو اليوم قمة منظمة معاهدة الأمن الجماعي بحضور رئيس الوزراء الأرميني نيكول باشينيان.\nوانتقد باشينيان في كلمته ما اعتبره بطئا في تجاوب المنظمة مع طلبات بلاده.',
				'2022-05-16'
			)
		).toEqual(['2022-05-16 active']);
	});

	it('still takes the same criticism, told with no meeting, for a strain', () => {
		expect(
			status(
				'أرمينيا عضو في منظمة معاهدة الأمن الجماعي.\nوانتقد باشينيان اليوم ما اعتبره بطئا في تجاوب المنظمة مع طلبات بلاده.',
				'2022-05-16'
			)
		).toEqual(['2022-05-16 strained']);
	});

	it('takes criticism in a speech given elsewhere («في كلمته أمام البرلمان») for a strain', () => {
		expect(
			status(
				'عقدت قمة منظمة معاهدة الأمن الجماعي أمس في يريفان بحضور باشينيان وبوتين.\nوفي وقت لاحق، انتقد باشينيان في كلمته أمام البرلمان الأرميني المنظمة لتقاعسها.',
				'2022-11-24'
			)
		).toEqual(['2022-11-23 active', '2022-11-24 strained']);
	});

	it('still reads a refusal to sign told with criticism voiced at the summit', () => {
		expect(
			status(
				'عقدت قمة منظمة معاهدة الأمن الجماعي اليوم في يريفان.\nوانتقد باشينيان في كلمته خلال القمة المنظمة لتقاعسها، ورفض التوقيع على الإعلان الختامي.',
				'2022-11-23'
			)
		).toEqual(['2022-11-23 strained']);
	});

	it('does not take analysts’ reading of a freeze for the freeze', () => {
		expect(
			status(
				'ويرى محللون أن يريفان تكتفي بتجميد مشاركتها في منظمة معاهدة الأمن الجماعي من دون قرار رسمي.',
				'2023-01-12'
			)
		).toEqual([]);
		expect(
			status('وأعلنت يريفان اليوم تجميد مشاركتها في منظمة معاهدة الأمن الجماعي.', '2023-12-20')
		).not.toEqual([]);
	});

	it('takes the freeze analysts say Armenia declared («أكد خبراء أن أرمينيا أعلنت») for the freeze', () => {
		expect(
			status(
				'أكد خبراء اليوم أن أرمينيا أعلنت رسميا تجميد مشاركتها في منظمة معاهدة الأمن الجماعي.',
				'2023-06-01'
			)
		).toEqual(['2023-06-01 frozen']);
	});

	it('dates an act recalled in a sentence that states its day by that day, not the report’s', () => {
		expect(
			status(
				'ففي 12 أيار 2021 توغلت وحدات أذربيجانية في محافظة سيونيك، وطلبت يريفان مشاورات عاجلة في إطار منظمة معاهدة الأمن الجماعي.',
				'2023-09-08'
			)
		).toEqual(['2021-05-12 active']);
	});

	it('does not take a boycott only wondered about («لترى إن كان باشينيان سيقاطعها») for an absence', () => {
		expect(
			status(
				'وتنتظر موسكو قمة منظمة معاهدة الأمن الجماعي المقررة في مينسك الشهر المقبل، لترى إن كان باشينيان سيقاطعها.',
				'2023-10-16'
			)
		).toEqual([]);
	});

	it.each([
		[
			'a request to leave never made («لم تتقدم بأي طلب للخروج»)',
			'وأكد الوزير أن أرمينيا لم تتقدم بأي طلب للخروج من منظمة معاهدة الأمن الجماعي.'
		],
		[
			'a formal request never lodged («لم تبلغ يريفان المنظمة بطلب رسمي»)',
			'ولم تبلغ يريفان المنظمة بطلب رسمي لتفعيل آلية الدفاع المشترك لمنظمة معاهدة الأمن الجماعي.'
		],
		[
			'a quoted promise not to leave («"لن تغادر المنظمة"»)',
			'ويقول دبلوماسي أرمني إن بلاده "لن تغادر منظمة معاهدة الأمن الجماعي غدا".'
		],
		[
			'an intention to leave denied («لم يعلن عن أي نية لمغادرة»)',
			'ولم يعلن باشينيان عن أي نية لمغادرة منظمة معاهدة الأمن الجماعي.'
		]
	])('takes no act from %s', (_, text) => {
		expect(status(text, '2023-10-05')).toEqual([]);
	});

	it.each([
		[
			'a threat to leave («هدد بمغادرة منظمة …»)',
			'وهدد باشينيان بمغادرة منظمة معاهدة الأمن الجماعي.'
		],
		[
			'a threat not hesitated over («لم يتردد في التلويح بالانسحاب»)',
			'ولم يتردد باشينيان في التلويح بالانسحاب من منظمة معاهدة الأمن الجماعي.'
		],
		[
			'leaving not ruled out («لم يستبعد الخروج»)',
			'ولم يستبعد باشينيان الخروج من منظمة معاهدة الأمن الجماعي.'
		]
	])('takes talk of leaving from %s', (_, text) => {
		expect(status(text, '2023-10-05')).toEqual(['2023-10-05 strained']);
	});

	it('still takes an appeal answered «فلم تحصل إلا على مشاورات» (an exception affirms)', () => {
		expect(
			status(
				'وكانت أرمينيا قد طلبت في مايو 2021 مساعدة منظمة معاهدة الأمن الجماعي في أزمة حدودية مع أذربيجان، فلم تحصل إلا على مشاورات.',
				'2022-11-20'
			)
		).toEqual(['2021-05 active']);
	});

	it('leaves undated an act told with a happening the sentence does not date', () => {
		expect(
			status(
				'طلبت يريفان تفعيل المادة الرابعة، فعقد مجلس الأمن الجماعي لمنظمة معاهدة الأمن الجماعي جلسة طارئة عبر الفيديو.',
				'2023-12-02'
			)
		).toEqual([]);
	});
});

describe('one named exercise told at its start and at its close', () => {
	const start =
		'انطلقت في بيلاروسيا اليوم الجمعة مناورات "الأخوة القتالية 2023" لقوات منظمة معاهدة الأمن الجماعي بمشاركة روسيا وكازاخستان.';
	it('is one exercise from its first day to its last, five days on', () => {
		const set = build([
			{ text: start, published: '2023-09-01' },
			{
				text: 'كانت مناورات "الأخوة القتالية 2023" التي أجرتها قوات منظمة معاهدة الأمن الجماعي في بيلاروسيا قد اختتمت الأربعاء.',
				published: '2023-09-08'
			}
		]);
		expect(set.events.map((e) => `${e.type} ${e.date}..${e.end}`)).toEqual([
			'deployment 2023-09-01..2023-09-06'
		]);
	});

	it('keeps an exercise of another name five days on apart', () => {
		const set = build([
			{ text: start, published: '2023-09-01' },
			{
				text: 'اختتمت الأربعاء في بيلاروسيا مناورات "درع الحلفاء" لقوات منظمة معاهدة الأمن الجماعي بمشاركة روسيا.',
				published: '2023-09-07'
			}
		]);
		expect(set.events.map((e) => e.date)).toEqual(['2023-09-01', '2023-09-06']);
	});
});

describe('a withdrawal, from its start to its completion', () => {
	it('reads the troops of the alliance leaving as a withdrawal, and the alliance left as none', () => {
		expect(
			brief(
				'أعلنت وزارة الدفاع الكازاخية الأربعاء انتهاء انسحاب قوات منظمة معاهدة الأمن الجماعي من كازاخستان.',
				'2022-01-19'
			)
		).toEqual(['deployment 2022-01-19']);
		expect(brief('أعلنت أرمينيا الانسحاب من منظمة معاهدة الأمن الجماعي.', '2024-06-19')).toEqual(
			[]
		);
	});

	it('joins the announced completion, dated by the announcement, to the withdrawal begun days before', () => {
		const set = build([
			{
				text: 'بدأت قوات حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي اليوم الخميس مغادرة كازاخستان.',
				published: '2022-01-13'
			},
			{
				text: 'أعلنت وزارة الدفاع الروسية اليوم الأربعاء اكتمال انسحاب قوات حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي من كازاخستان.',
				published: '2022-01-19'
			}
		]);
		expect(set.events.map((e) => `${e.type} ${e.date}..${e.end}`)).toEqual([
			'deployment 2022-01-13..2022-01-19'
		]);
	});

	it('does not take leaving the alliance for a withdrawal of troops', () => {
		expect(
			brief(
				'وقال باشينيان اليوم إن بلاده قد تبحث الانسحاب من منظمة معاهدة الأمن الجماعي إذا لم تتغير الأمور.'
			)
		).toEqual([]);
	});
});

describe('what looks like an event and is not one', () => {
	it.each([
		[
			'another bloc’s exercise',
			'انطلقت اليوم في ميدان دونغوز مناورات «مهمة السلام» لقوات الدول الأعضاء في منظمة شنغهاي للتعاون، بمشاركة وحدات من روسيا وكازاخستان وطاجيكستان.'
		],
		[
			'a bilateral drill of two members',
			`${CSTO_LINE}\nوبدأت اليوم مناورات ثنائية روسية طاجيكية في ميدان حرب ميدان جنوب طاجيكستان.`
		],
		[
			'an exercise with American troops',
			`${CSTO_LINE}\nوانطلقت اليوم قرب يريفان مناورات أرمينية مع القوات الأمريكية تستمر عشرة أيام.`
		],
		[
			'an exercise called off the day before',
			'ألغت وزارة الدفاع القرغيزية، اليوم الأحد، مناورات قوات حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي التي كانت مقررة على أراضيها.'
		],
		[
			'an exercise a member refuses to host',
			'أعلن رئيس الوزراء الأرميني اليوم أن بلاده ترفض استضافة مناورات منظمة معاهدة الأمن الجماعي هذا العام.'
		],
		[
			'an exercise a member does not see fit to hold on its soil',
			'وصرح رئيس الحكومة الأرمينية اليوم بأن يريفان لا ترى من المناسب إجراء تدريبات قوات منظمة معاهدة الأمن الجماعي على أراضي أرمينيا هذا العام.'
		],
		[
			'an exercise a member declines to host',
			'واعتذرت أرمينيا اليوم عن استضافة مناورات قوات الرد السريع التابعة لمنظمة معاهدة الأمن الجماعي.'
		],
		[
			'a meeting one member asks its partners for',
			'طالبت أرمينيا اليوم شركاءها في منظمة معاهدة الأمن الجماعي بلقاء عاجل على مستوى أمناء مجالس الأمن لبحث الوضع على حدودها.'
		],
		[
			'a visit to a base where the alliance’s air wing is stationed',
			`${CSTO_LINE}\nوتفقد وزير الدفاع الروسي اليوم قاعدة جوية قرب بيشكيك، وهي القاعدة التي تضم الطائرات المخصصة لقوات الرد السريع الجماعية.`
		],
		[
			'a clash named as what a reaction answers',
			'وقال رئيس الوزراء الأرميني في افتتاح جلسة منظمة معاهدة الأمن الجماعي إن غياب رد فعل على العدوان الأذربيجاني يضر بصورة المنظمة.'
		],
		[
			'a scenario in an opinion column',
			'ما الذي ينتظر منظمة معاهدة الأمن الجماعي؟\nالسيناريو الثاني: المواجهة. تندلع اشتباكات جديدة بين أرمينيا وأذربيجان اليوم وتطلب يريفان تدخل المنظمة.'
		],
		[
			'troops a member decided not to send',
			'قررت يريفان اليوم عدم إرسال قواتها إلى تدريبات منظمة معاهدة الأمن الجماعي في كازاخستان.'
		],
		[
			'an exercise the leaders only agreed to hold',
			'ووافق قادة منظمة معاهدة الأمن الجماعي اليوم على إجراء تدريبات مشتركة واسعة قرب الحدود الطاجيكية الشهر المقبل.'
		],
		[
			'a clash only imagined',
			`${CSTO_LINE}\nوماذا لو اندلعت غدا اشتباكات جديدة بين قيرغيزستان وطاجيكستان؟`
		],
		[
			'a football "summit" in a CSTO article',
			`${CSTO_LINE}\nوفي الرياضة، تقام اليوم قمة مباراة ريال مدريد وبرشلونة في الدوري الإسباني.`
		],
		[
			'a national parliament’s emergency session',
			`${CSTO_LINE}\nوعقد البرلمان الأرميني اليوم جلسة طارئة لبحث الوضع على الحدود.`
		],
		[
			'a summit recalled on its anniversary',
			'في مثل هذا اليوم: التأم في مينسك اليوم مجلس الأمن الجماعي لمنظمة معاهدة الأمن الجماعي بحضور قادة الدول الست.'
		],
		[
			'the troops of a member state that are not the alliance’s',
			`${CSTO_LINE}\nوانتشرت قوات حفظ السلام الروسية اليوم في الإقليم بعد اتفاق وقف إطلاق النار.`
		],
		[
			'the council’s decision as a point of time («بعد ساعات من قرار مجلس …»)',
			'ووصلت قوات منظمة معاهدة الأمن الجماعي اليوم إلى ألماتي، بعد ساعات من قرار مجلس الأمن الجماعي الاستجابة لطلب الحكومة.'
		],
		[
			'troops no one intends to send («لم تعلن عن أي نية لإرسال قوات»)',
			'ولم تعلن منظمة معاهدة الأمن الجماعي، التي تضم البلدين، اليوم عن أي نية لإرسال قوات إلى المنطقة.'
		],
		[
			'a matter not even brought before the council',
			'وقتل جنود أرمن اليوم، فلم يعرض الأمر حتى على مجلس الأمن الجماعي لمنظمة معاهدة الأمن الجماعي.'
		],
		[
			'the leaders thanked, not met',
			`${CSTO_LINE}\nوشكر الرئيس الكازاخي اليوم قادة الدول الأعضاء على دعمهم في لحظة صعبة.`
		],
		[
			'a gathering of protesters, with no violence told',
			`${CSTO_LINE}\nواحتشد آلاف المتظاهرين اليوم أمام البرلمان في يريفان مطالبين باستقالة الحكومة.`
		],
		[
			'protesters demanding that their country leave the alliance',
			`${CSTO_LINE}\nوتظاهر المئات اليوم في يريفان مطالبين بانسحاب بلادهم من المنظمة.`
		],
		[
			'a member leaving the alliance, with an adjective and its name between the noun and «من»',
			`${CSTO_LINE}\nفالعام 2023 كله كان عام الانسحاب الصامت لأرمينيا من منظمة معاهدة الأمن الجماعي.`
		],
		[
			'a member leaving the alliance, named between the noun and «من»',
			`${CSTO_LINE}\nوطالب نواب معارضون اليوم بانسحاب أرمينيا من منظمة معاهدة الأمن الجماعي.`
		],
		[
			'a council named in its chair’s title, announcing its decision',
			'أعلن رئيس الوزراء الأرميني اليوم، بصفته رئيس مجلس الأمن الجماعي لمنظمة معاهدة الأمن الجماعي، أن المجلس وافق على طلب الحكومة الكازاخية.'
		]
	])('%s', (_, text) => {
		expect(brief(text)).toEqual([]);
	});

	it.each([
		['met', 'التقى قادة الدول الست في منظمة معاهدة الأمن الجماعي اليوم في موسكو.'],
		[
			'brought together',
			'جمعت طاولة واحدة اليوم في موسكو قادة الدول الست في منظمة معاهدة الأمن الجماعي.'
		],
		['took part', 'وشارك قادة الدول الأعضاء في منظمة معاهدة الأمن الجماعي اليوم في القمة بموسكو.'],
		[
			'signed together',
			'ووقع قادة الدول الأعضاء في منظمة معاهدة الأمن الجماعي اليوم في موسكو على إعلان مشترك.'
		]
	])('keeps the leaders as a meeting where they %s', (_, text) => {
		expect(brief(text, '2022-05-16')).toEqual(['summit 2022-05-16']);
	});

	it('keeps a protest in which people were killed as unrest', () => {
		expect(brief('قتل عشرات في احتجاجات عنيفة في ألماتي بكازاخستان اليوم.', '2022-01-06')).toEqual([
			'clash 2022-01-06'
		]);
		expect(
			brief(
				'اقتحم المحتجون مبنى البلدية في ألماتي بكازاخستان اليوم وأضرموا فيه النار.',
				'2022-01-05'
			)
		).toEqual(['clash 2022-01-05']);
	});
});

describe('who took part', () => {
	it('reads a leader who refrained from attending, named between the verb and «عن», as absent', () => {
		const [e] = one(
			[
				'انعقدت قمة منظمة معاهدة الأمن الجماعي اليوم الخميس في مينسك بحضور رؤساء روسيا وبيلاروسيا وكازاخستان وقرغيزستان وطاجيكستان.',
				'وامتنع رئيس الوزراء الأرميني نيكول باشينيان عن حضور القمة.'
			].join('\n'),
			'2023-11-23'
		).events;
		expect(attendanceOf(e)?.ARM).toBe('absent');
	});

	it('reads "the rest of the leaders" as every member present but the one the sentence says stayed away', () => {
		const [e] = one(
			'غاب الرئيس الروسي عن الاجتماع، وأناب عنه رئيس الوزراء، فيما حضر بقية القادة قمة منظمة معاهدة الأمن الجماعي في دوشنبه يوم 16 سبتمبر 2021.',
			'2021-09-17'
		).events;
		expect(attendanceOf(e)).toEqual({
			ARM: 'present',
			BLR: 'present',
			KAZ: 'present',
			KGZ: 'present',
			RUS: 'absent',
			TJK: 'present'
		});
	});

	it.each([
		['signing the final statement', 'امتنع عن التوقيع على البيان الختامي للقمة', 'present'],
		['commenting', 'اعتذر عن التعليق على نتائج القمة', 'present'],
		['attending', 'اعتذر عن حضور القمة', 'absent']
	])('reads a leader who refrained from %s («%s») as %s', (_, act, armenia) => {
		const [e] = one(
			[
				'انعقدت قمة منظمة معاهدة الأمن الجماعي اليوم الأربعاء في يريفان، بمشاركة رؤساء روسيا وبيلاروسيا وكازاخستان وقرغيزستان وطاجيكستان ورئيس الوزراء الأرميني.',
				`وقالت وكالة الأنباء إن رئيس الوزراء الأرميني ${act}.`
			].join('\n'),
			'2022-11-23'
		).events;
		expect(attendanceOf(e)?.ARM).toBe(armenia);
	});

	it('reads "all the leaders but one" as every member present and that one absent', () => {
		const [e] = one(
			'عقد قادة الدول الأعضاء في منظمة معاهدة الأمن الجماعي قمتهم اليوم في دوشنبه، بحضور جميع القادة باستثناء الرئيس الروسي فلاديمير بوتين.',
			'2021-09-16'
		).events;
		expect(attendanceOf(e)).toEqual({
			ARM: 'present',
			BLR: 'present',
			KAZ: 'present',
			KGZ: 'present',
			RUS: 'absent',
			TJK: 'present'
		});
	});

	it('reads ministers named with their counterparts, and ministers absent, at the meeting held beside a summit only announced', () => {
		const [e] = one(
			[
				'عقد مجلس وزراء خارجية منظمة معاهدة الأمن الجماعي اجتماعه اليوم الثلاثاء في يريفان.',
				'وشارك فيه وزيرا الخارجية والدفاع البيلاروسيان، ونظراؤهم من روسيا وكازاخستان وطاجيكستان، فيما غاب الوزراء القرغيزيون لأسباب لم تعلن.',
				'وأعد الوزراء وثائق القمة المقررة غدا الأربعاء.'
			].join('\n'),
			'2022-11-22'
		).events;
		expect(e?.date).toBe('2022-11-22');
		expect(attendanceOf(e)).toEqual({
			BLR: 'present',
			KAZ: 'present',
			KGZ: 'absent',
			RUS: 'present',
			TJK: 'present'
		});
	});

	it('reads "the host" as the country the summit met in, present', () => {
		const [e] = one(
			[
				'انطلقت اليوم في العاصمة الكازاخية أستانا قمة منظمة معاهدة الأمن الجماعي.',
				'وحضر القمة، إلى جانب الرئيس المضيف، رئيسا روسيا وطاجيكستان.'
			].join('\n'),
			'2022-10-14'
		).events;
		expect(attendanceOf(e)).toEqual({ KAZ: 'present', RUS: 'present', TJK: 'present' });
	});

	it('does not read a host who stayed away as present', () => {
		const [e] = one(
			[
				'انطلقت اليوم في العاصمة الكازاخية أستانا قمة منظمة معاهدة الأمن الجماعي.',
				'وحضر القمة رئيسا روسيا وطاجيكستان، فيما غاب الرئيس المضيف لأسباب صحية.'
			].join('\n'),
			'2022-10-14'
		).events;
		expect(attendanceOf(e)?.['KAZ']).not.toBe('present');
	});

	it('reads the office nearest a country as its own, past a leader named before it', () => {
		const [e] = one(
			'انعقدت اليوم في دوشنبه قمة منظمة معاهدة الأمن الجماعي، وشارك فيها الرئيس الروسي فلاديمير بوتين، ورؤساء بيلاروسيا وكازاخستان.',
			'2021-09-16'
		).events;
		expect(attendanceOf(e)).toEqual({ BLR: 'present', KAZ: 'present', RUS: 'present' });
	});

	it('dates the ministers’ meeting "the day before" the summit, apart from it', () => {
		const set = one(
			[
				'استضافت العاصمة الكازاخية أستانا يوم الجمعة 14 أكتوبر قمة منظمة معاهدة الأمن الجماعي.',
				'وفي اليوم السابق، اجتمع وزراء خارجية الدول الأعضاء في أستانا تمهيدا للقمة.'
			].join('\n'),
			'2022-10-15'
		);
		expect(set.events.map((e) => `${e.type} ${e.date}`)).toEqual([
			'summit 2022-10-13',
			'summit 2022-10-14'
		]);
	});

	it('reads an apology, verb first, for not attending as the member’s absence at a meeting that was held', () => {
		const set = one(
			'واعتذر رئيس الحكومة الأرمينية نيكول باشينيان عن عدم حضور اجتماع مجلس الأمن الجماعي الذي التأم في مينسك اليوم الخميس بحضور رؤساء روسيا وبيلاروسيا وكازاخستان وقرغيزستان وطاجيكستان.',
			'2023-11-23'
		);
		expect(set.events.map((e) => e.date)).toEqual(['2023-11-23']);
		expect(attendanceOf(set.events[0])).toEqual({
			ARM: 'absent',
			BLR: 'present',
			KAZ: 'present',
			KGZ: 'present',
			RUS: 'present',
			TJK: 'present'
		});
		expect(set.memberStatus['ARM']?.map((p) => p.status)).toEqual(['absent']);
	});

	it('does not read the attending an apology declines as a presence', () => {
		const [e] = one(
			'افتتحت في العاصمة البيلاروسية اليوم قمة منظمة معاهدة الأمن الجماعي، فيما اعتذر باشينيان عن المشاركة فيها.',
			'2023-11-23'
		).events;
		expect(attendanceOf(e)?.['ARM']).toBe('absent');
	});

	it('lets taking part by video outweigh staying away in person', () => {
		const [e] = one(
			'انطلقت اليوم قمة منظمة معاهدة الأمن الجماعي في دوشنبه، واعتذر الرئيس الروسي فلاديمير بوتين عن الحضور شخصيا، واكتفى بالمشاركة عبر الفيديو.',
			'2021-09-16'
		).events;
		expect(attendanceOf(e)?.['RUS']).toBe('video');
	});

	it('does not take a leader named after "with" for the one who stays away', () => {
		// A second report that the summit was held: one announced only would not be an event.
		const set = build([
			{
				text: 'في اتصال هاتفي مع لوكاشينكو، أبلغ باشينيان أنه لن يشارك في قمة منظمة معاهدة الأمن الجماعي المقررة في مينسك يوم 23 نوفمبر 2023.',
				published: '2023-11-14'
			},
			{
				text: 'عقدت قمة منظمة معاهدة الأمن الجماعي في مينسك يوم 23 نوفمبر 2023.',
				published: '2023-11-23'
			}
		]);
		expect(attendanceOf(set.events[0])).toEqual({ ARM: 'absent' });
	});
});

describe('whose act it is', () => {
	const status = (text: string, published = '2022-10-05') =>
		one(text, published).memberStatus['ARM']?.map((p) => p.status) ?? [];

	it('dates a strain told only by the report’s month as of the report, not the month’s first day', () => {
		const set = one(
			`واتهمت يريفان المنظمة بالتقاعس نهاية الأسبوع الماضي. ${CSTO_LINE}`,
			'2022-09-20'
		);
		expect(set.memberStatus['ARM']?.map((p) => `${p.from} ${p.status}`)).toEqual([
			'2022-09-20 strained'
		]);
	});

	it('dates a refusal to sign, told the next day with no date of its own, to the summit’s day', () => {
		const set = one(
			'قمة يريفان: باشينيان يرفض التوقيع على الإعلان الختامي\n\nعقدت قمة منظمة معاهدة الأمن الجماعي في يريفان أمس الأربعاء 23 نوفمبر 2022.',
			'2022-11-24'
		);
		expect(set.memberStatus['ARM']?.map((p) => `${p.from} ${p.status}`)).toEqual([
			'2022-11-23 strained'
		]);
	});

	it.each([
		[
			'Armenia refusing to host',
			'رفضت أرمينيا اليوم استضافة تدريبات منظمة معاهدة الأمن الجماعي.',
			['strained']
		],
		[
			'Armenia not seeing fit to hold the alliance’s drill on its soil',
			'قال باشينيان اليوم إن بلاده لا ترى من المناسب إجراء مناورات منظمة معاهدة الأمن الجماعي على أراضيها في الظروف الحالية.',
			['strained']
		],
		[
			'Armenia’s leader refusing, verb first, to sign the summit’s declaration, named back as "the summit"',
			'عقد قادة منظمة معاهدة الأمن الجماعي قمتهم اليوم في يريفان.\nورفض رئيس الوزراء الأرميني التوقيع على البيان الختامي للقمة.',
			['strained']
		],
		[
			'a summit closed without Armenia’s leader signing («دون أن يوقع»)',
			'اختتمت اليوم في يريفان أعمال قمة منظمة معاهدة الأمن الجماعي، دون أن يوقع رئيس الوزراء الأرميني، الذي ترأس القمة، على الإعلان الختامي.',
			['strained']
		],
		[
			'Armenia giving up its share of the posts',
			'وتخلت أرمينيا اليوم عن حصتها في منصب نائب الأمين العام لمنظمة معاهدة الأمن الجماعي.',
			['strained']
		],
		[
			'Armenia’s leader saying the alliance disappointed his country',
			'وقال باشينيان اليوم إن منظمة معاهدة الأمن الجماعي خيبت آمال بلاده.',
			['strained']
		],
		[
			'an absence announced as a verbal noun',
			'وأعلن رئيس الوزراء الأرميني اليوم عدم مشاركته في قمة منظمة معاهدة الأمن الجماعي.',
			['absent']
		],
		[
			'Armenia skipping the alliance’s summits in an imagined scenario',
			'السيناريو الأول: البقاء الشكلي. تبقى أرمينيا عضوا في منظمة معاهدة الأمن الجماعي، لكنها تغيب عن القمم.',
			[]
		],
		[
			'Baku accusing Armenian forces',
			'اتهمت باكو اليوم القوات الأرمينية بخرق الهدنة، فيما دعت منظمة معاهدة الأمن الجماعي إلى التهدئة.',
			[]
		],
		[
			'Moscow summoning Armenia’s envoy',
			'استدعت الخارجية الروسية اليوم السفير الأرميني لدى موسكو، على خلفية تصريحات عن منظمة معاهدة الأمن الجماعي.',
			[]
		],
		[
			'Armenia asking the alliance for help',
			'طالبت أرمينيا اليوم شركاءها في منظمة معاهدة الأمن الجماعي بالتدخل.',
			['active']
		],
		[
			'Armenia’s leader denying a decision to leave («نفى أن تكون … قد اتخذت قرارا بالانسحاب»)',
			'أرمينيا عضو في منظمة معاهدة الأمن الجماعي.\nونفى باشينيان اليوم أن تكون حكومته قد اتخذت قرارا بالانسحاب من المنظمة.',
			[]
		],
		[
			'a denial with an adverbial between commas («ونفى باشينيان، في الوقت ذاته، أن تكون …»)',
			'أرمينيا عضو في منظمة معاهدة الأمن الجماعي.\nونفى باشينيان اليوم، في الوقت ذاته، أن تكون حكومته قد اتخذت قرارا بالانسحاب من المنظمة.',
			[]
		],
		[
			'Armenia’s leader denying reports of leaving, but criticising the alliance',
			'نفى باشينيان اليوم التقارير عن انسحاب بلاده من منظمة معاهدة الأمن الجماعي، لكنه انتقد بشدة تقاعس المنظمة عن نجدة بلاده.',
			['strained']
		],
		[
			'Moscow denying a crisis while Yerevan accuses the alliance',
			'ونفى الكرملين اليوم وجود أزمة، بينما اتهمت يريفان منظمة معاهدة الأمن الجماعي بالتخلي عنها.',
			['strained']
		],
		[
			'Armenia’s leader denying he will attend, «مؤكدا أن أرمينيا لن تشارك»',
			'وقال باشينيان اليوم إنه لا صحة لما تردد عن حضوره قمة منظمة معاهدة الأمن الجماعي في مينسك، مؤكدا أن أرمينيا لن تشارك فيها.',
			['absent']
		],
		[
			'Armenia’s leader denying reports and then declaring the freeze',
			'نفى باشينيان اليوم التقارير، وأكد أن أرمينيا جمدت مشاركتها في منظمة معاهدة الأمن الجماعي.',
			['frozen']
		],
		[
			'Armenia’s leader threatening to leave the alliance, named «الحلف»',
			'ولوح باشينيان اليوم بالانسحاب من الحلف الذي تقوده موسكو، في إشارة إلى منظمة معاهدة الأمن الجماعي.',
			['strained']
		],
		[
			'Armenia saying it did not ask the alliance to step in («لم تطلب»)',
			'وأكد باشينيان اليوم أن الجيش الأرميني لم يشارك في القتال، وأن بلاده لم تطلب تدخل منظمة معاهدة الأمن الجماعي.',
			[]
		],
		[
			'speculation that Armenia’s leader may stay away («وسط تكهنات بأن … قد لا يشارك»)',
			'ومن المقرر أن تستضيف مينسك قمة منظمة معاهدة الأمن الجماعي الشهر المقبل، وسط تكهنات بأن باشينيان قد لا يشارك فيها.',
			[]
		],
		[
			'a decision that Armenia takes the chair next year',
			'واختتمت قمة منظمة معاهدة الأمن الجماعي في دوشنبه اليوم بتبني عدد من الوثائق، وتقرر أن تتسلم أرمينيا رئاسة المجلس في العام المقبل.',
			[]
		],
		[
			'Armenia taking the chair today',
			'وتتسلم أرمينيا اليوم رئاسة منظمة معاهدة الأمن الجماعي.',
			['active']
		],
		[
			'Armenia announcing it will stay away from a summit',
			'أعلن رئيس الوزراء الأرميني نيكول باشينيان اليوم أنه لن يتمكن من المشاركة في قمة منظمة معاهدة الأمن الجماعي.',
			['absent']
		]
	])('%s', (_, text, expected) => {
		expect(status(text)).toEqual(expected);
	});
});

describe('where a meeting met', () => {
	it('takes no place from another story in the same sentence', () => {
		const [e] = one(
			'عقد قادة الدول الأعضاء في منظمة معاهدة الأمن الجماعي اليوم جلسة استثنائية عبر الفيديو، بعد أسبوع من سيطرة حركة طالبان على العاصمة كابل.',
			'2021-08-23'
		).events;
		expect(e?.place).toBeNull();
	});

	it('places a summit held in a palace in that palace’s city', () => {
		const [e] = one(
			'عقد قادة الدول الأعضاء في منظمة معاهدة الأمن الجماعي اليوم الاثنين قمة في الكرملين.',
			'2022-05-16'
		).events;
		expect(e?.place?.name.en).toBe('Moscow');
	});

	it('takes the place of the verb that holds it, across an adverbial', () => {
		const [e] = one(
			'عُقد في العاصمة البيلاروسية مينسك، اليوم الأربعاء، اجتماع لمجلس وزراء خارجية منظمة معاهدة الأمن الجماعي.',
			'2023-11-22'
		).events;
		expect(e?.place?.name.en).toBe('Minsk');
	});
	it.each([
		['signing its declaration', 'أرمينيا ترفض التوقيع على إعلان قمة الأمن الجماعي في مينسك'],
		['its final statement', 'باشينيان يرفض البيان الختامي لقمة الأمن الجماعي في مينسك']
	])(
		'takes the place of a meeting named by the refusal of %s, which says it was held',
		(_, headline) => {
			const events = one(
				`${headline}\n\nانعقدت قمة منظمة معاهدة الأمن الجماعي اليوم الخميس بغياب رئيس الوزراء الأرميني.\nوسبقت القمة يوم الأربعاء اجتماعات لمجلسي وزراء الخارجية والدفاع.`,
				'2023-11-23'
			).events;
			expect(events.map((e) => [e.date, e.place?.name.en ?? null])).toEqual([
				['2023-11-22', 'Minsk'],
				['2023-11-23', 'Minsk']
			]);
		}
	);

	it('still reads a refusal to host a meeting as no meeting', () => {
		expect(
			brief(
				'رفضت أرمينيا استضافة قمة منظمة معاهدة الأمن الجماعي في يريفان هذا العام.',
				'2023-03-01'
			)
		).toEqual([]);
	});
});

describe('where a clash was fought', () => {
	it.each([
		[
			'in the war it is compared with',
			'قتل جنود في مواجهات عنيفة بين أرمينيا وأذربيجان على الحدود اليوم الثلاثاء، في أعنف قتال منذ حرب العام الماضي في ناغورني قره باغ.',
			'Armenia'
		],
		[
			'after the comparison, in its own clause',
			'اندلعت اشتباكات بين أرمينيا وأذربيجان اليوم الثلاثاء في جرموك، هي الأعنف منذ اندلاع الحرب في ناغورني قره باغ.',
			'Jermuk'
		],
		[
			'after a day it has gone on since',
			'تتواصل الاشتباكات بين أرمينيا وأذربيجان منذ أمس في جرموك.',
			'Jermuk'
		]
	])('is not taken %s', (_, text, place) => {
		const [e] = one(text, '2021-11-16').events;
		expect(e?.place?.name.en).toBe(place);
	});

	it('does not take a capital that speaks for its government, after "فيما", for the battlefield', () => {
		const [e] = one(
			'أفادت السلطات القرغيزية بأن اشتباكات اندلعت اليوم الجمعة على الحدود مع طاجيكستان، فيما اتهمت دوشنبه القوات القرغيزية بقصف قرى في منطقة إسفارا.',
			'2022-09-16'
		).events;
		expect(e?.place?.name.en).toBe('Isfara');
	});

	it('does not place a clash in the region an older war was fought over («حول إقليم»)', () => {
		const [e] = one(
			'تبادل الطرفان الأرميني والأذربيجاني الثلاثاء 13 سبتمبر 2022 الاتهامات بالمسؤولية عن أعنف مواجهات بينهما منذ الحرب حول إقليم ناغورني قره باغ.',
			null
		).events;
		expect(e?.type).toBe('clash');
		expect(e?.place?.name.en).not.toBe('Nagorno-Karabakh');
	});

	it('does not place a clash recalled in passing in the city of the meeting the sentence reports', () => {
		const set = one(
			`افتتح وزير الخارجية الأرميني، اليوم الثلاثاء في مقر وزارته بيريفان، اجتماعاً لوزراء خارجية منظمة معاهدة الأمن الجماعي، هو الأول منذ الهجوم الأذربيجاني على الأراضي الأرمينية في أيلول الماضي. ${CSTO_LINE}`,
			'2022-11-22'
		);
		const clash = set.events.find((e) => e.type === 'clash');
		expect(clash?.place?.name.en).not.toBe('Yerevan');
		expect(clash?.countries).toEqual(expect.arrayContaining(['ARM', 'AZE']));
	});
});

describe('what is still to come', () => {
	it.each([
		[
			'will work to hold',
			'قالت وزارة الخارجية الروسية إن موسكو ستعمل على عقد اجتماع لمجلس وزراء خارجية منظمة معاهدة الأمن الجماعي.'
		],
		[
			'get ready to leave',
			'تستعد قوات حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي للانسحاب من كازاخستان.'
		],
		['seek to hold', 'تسعى أرمينيا إلى عقد قمة طارئة لمنظمة معاهدة الأمن الجماعي.']
	])('is no event when they only %s it', (_, text) => {
		expect(brief(text, '2022-09-13')).toEqual([]);
	});

	it.each([
		[
			'a meeting being prepared for next week',
			'يستعد وزراء دفاع دول منظمة معاهدة الأمن الجماعي لعقد اجتماعهم في موسكو الأسبوع المقبل.'
		],
		['an exercise starting tomorrow', 'تنطلق مناورات منظمة معاهدة الأمن الجماعي في بيلاروسيا غدا.'],
		['an exercise next month', 'تبدأ مناورات منظمة معاهدة الأمن الجماعي في كازاخستان الشهر القادم.']
	])('is no event when its own date says it is to come: %s', (_, text) => {
		expect(brief(text, '2023-05-20')).toEqual([]);
	});

	it('still reads a meeting held last week, and lets a phase to come support the exercise', () => {
		expect(
			brief(
				'عقد وزراء دفاع دول منظمة معاهدة الأمن الجماعي اجتماعهم في موسكو الأسبوع الماضي.',
				'2023-05-20'
			)
		).toEqual(['summit 2023-05']);
		const [e] = one(
			'انطلقت اليوم في كازاخستان مناورات منظمة معاهدة الأمن الجماعي.\nوتستمر التدريبات في كازاخستان أسبوعين، على أن تنطلق مرحلتها النشطة الشهر المقبل.',
			'2022-09-26'
		).events;
		expect(e?.date).toBe('2022-09-26');
		expect(e?.sources).toHaveLength(2);
	});

	it.each([
		[
			'a leader saying his country will not take part in the exercise',
			'باشينيان: لن نشارك في مناورات منظمة معاهدة الأمن الجماعي هذا العام'
		],
		[
			'troops that will take part in the drills next month',
			'وأعلنت وزارة الدفاع الكازاخية أن قواتها ستشارك في تدريبات منظمة معاهدة الأمن الجماعي الشهر المقبل.'
		],
		[
			'a denial in the future tense',
			'وقال الأمين العام إن المنظمة لن ترسل قوات حفظ سلام إلى أرمينيا في الوقت الحالي.'
		],
		[
			'an exercise its host judges unfit to hold',
			'باشينيان: إجراء مناورات منظمة معاهدة الأمن الجماعي في أرمينيا هذا العام «غير مناسب»'
		]
	])('makes no event of %s', (_, text) => {
		expect(brief(text, '2023-01-10')).toEqual([]);
	});

	it('does not date a summit only said to be skipped to the article’s day («لن تشارك في القمة»)', () => {
		expect(
			brief(
				`وكان مصدر في الخارجية الأرمينية قد أكد اليوم أن يريفان لن تشارك في القمة. ${CSTO_LINE}`,
				'2023-11-22'
			)
		).toEqual([]);
	});

	it('makes no new clash of one recalled by the time since it («بعد أقل من شهر على المواجهات»)', () => {
		expect(
			brief(
				'ألغت قرغيزستان التدريبات، في خطوة تأتي بعد أقل من شهر على المواجهات مع طاجيكستان.',
				'2022-10-10'
			).filter((e) => e.startsWith('clash'))
		).toEqual([]);
	});

	it('reads not staying away as being there («لم يغب … عن القمة»)', () => {
		const [e] = one(
			`عقدت قمة منظمة معاهدة الأمن الجماعي في موسكو اليوم الاثنين 16 مايو 2022، ولم يغب الرئيس الروسي فلاديمير بوتين عن القمة. ${CSTO_LINE}`,
			'2022-05-16'
		).events;
		expect(e?.participation?.['RUS']).toBe('present');
	});

	it('reads a first-person refusal as an absence («لن نحضر»)', () => {
		const [e] = one(
			`عقدت قمة منظمة معاهدة الأمن الجماعي في مينسك اليوم الخميس 23 نوفمبر 2023. وكان رئيس الوزراء الأرميني نيكول باشينيان قد قال: لن أحضر القمة. ${CSTO_LINE}`,
			'2023-11-23'
		).events;
		expect(e?.participation?.['ARM']).toBe('absent');
	});

	it('reads «رؤساء الدول الأعضاء» as every member, its hamza folded like the text', () => {
		const [e] = one(
			'عقدت مساء الثلاثاء 13 سبتمبر 2022 جلسة طارئة لمجلس الأمن الجماعي لمنظمة معاهدة الأمن الجماعي عبر الفيديو برئاسة رئيس الوزراء الأرميني، شارك فيها رؤساء الدول الأعضاء.',
			'2022-09-14'
		).events;
		expect(Object.keys(e?.participation ?? {}).sort()).toEqual([
			'ARM',
			'BLR',
			'KAZ',
			'KGZ',
			'RUS',
			'TJK'
		]);
	});

	it('reads the state itself as taking part after «بمشاركة» or staying away after «دون مشاركة»', () => {
		const [e] = one(
			'شهدت العاصمة البيلاروسية أمس اجتماعا مشتركا لوزراء خارجية منظمة معاهدة الأمن الجماعي بمشاركة روسيا، دون مشاركة أرمينيا.',
			'2023-11-23'
		).events;
		expect(e?.participation).toEqual({ RUS: 'present', ARM: 'absent' });
	});

	it('gives the speaker what he says of himself after «أنه»', () => {
		const [e] = one(
			`عقدت قمة منظمة معاهدة الأمن الجماعي في مينسك اليوم الخميس 23 نوفمبر 2023. وأعلن الرئيس الكازاخي قاسم جومارت توكاييف أنه شارك في القمة رغم انشغاله. ${CSTO_LINE}`,
			'2023-11-23'
		).events;
		expect(e?.participation?.['KAZ']).toBe('present');
	});

	it('does not give the speaker an absence he reports of another leader', () => {
		const [e] = one(
			`عقدت قمة منظمة معاهدة الأمن الجماعي في مينسك اليوم الخميس 23 نوفمبر 2023. وقال الرئيس البيلاروسي ألكسندر لوكاشينكو: لم يحضر رئيس الوزراء الأرميني القمة. ${CSTO_LINE}`,
			'2023-11-23'
		).events;
		expect(e?.participation?.['ARM']).toBe('absent');
		expect(e?.participation?.['BLR']).not.toBe('absent');
	});
});

describe('what the alliance is named beside but does not own', () => {
	it.each([
		[
			'a drill said to have nothing to do with it',
			'وأجرت روسيا وبيلاروسيا في سبتمبر 2021 مناورات «الغرب - 2021»، وهي مناورات ثنائية لا علاقة لها بمنظمة معاهدة الأمن الجماعي.'
		],
		[
			'a summit said not to be its',
			'غاب باشينيان في 13 أكتوبر 2022 عن قمة في بشكيك، وهي ليست قمة لمنظمة معاهدة الأمن الجماعي بل لتكتل اقتصادي.'
		],
		[
			'another alliance’s summit beside the one a third party leads',
			'وتعقد القمة في فيلنيوس اليوم الثلاثاء 11 يوليو 2023 وسط توتر مع موسكو، التي تقود بدورها تحالفا عسكريا هو منظمة معاهدة الأمن الجماعي.'
		],
		[
			'a country’s influence leaving a region',
			'وقال المحلل إن روسيا نفسها تغادر منطقة جنوب القوقاز منذ سبتمبر 2023، في إشارة إلى منظمة معاهدة الأمن الجماعي.'
		],
		[
			'a withdrawal negated by «من دون أن»',
			'كيف أفرغت أرمينيا مقعدها في منظمة معاهدة الأمن الجماعي من دون أن تغادره في ديسمبر 2023'
		],
		[
			'a summit to be held «على أن تعقد»',
			'وسلمت أرمينيا رئاسة منظمة معاهدة الأمن الجماعي إلى بيلاروسيا لعام 2023، على أن تعقد القمة المقبلة في مينسك.'
		]
	])('makes no event of %s', (_, text) => {
		expect(brief(text, '2023-12-02')).toEqual([]);
	});

	it('places a meeting in «العاصمة البيلاروسية» in Minsk', () => {
		const [e] = one(
			'شهدت العاصمة البيلاروسية أمس اجتماعا مشتركا لمجالس وزراء الخارجية والدفاع في منظمة معاهدة الأمن الجماعي.',
			'2023-11-23'
		).events;
		expect(e?.place?.name.en).toBe('Minsk');
		expect(e?.date).toBe('2023-11-22');
	});

	it('runs an article’s withdrawal from the start it recalls to the end it reports', () => {
		const set = one(
			`أقلعت آخر طائرة تقل عناصر من قوات حفظ السلام الجماعية من كازاخستان يوم الأربعاء 19 يناير 2022، معلنة انتهاء مهمة منظمة معاهدة الأمن الجماعي. وكانت عملية سحب الوحدات قد بدأت في 13 يناير بعد مراسم أقيمت في ألماتي.`,
			'2022-01-19'
		);
		expect(set.events.map((e) => `${e.type} ${e.date}..${e.end}`)).toEqual([
			'deployment 2022-01-13..2022-01-19'
		]);
	});

	it('ends a withdrawal with the last plane out («آخر طائرة»)', () => {
		const set = build([
			{
				text: 'بدأت قوات حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي، الخميس 13 يناير 2022، الانسحاب من كازاخستان.',
				published: '2022-01-13'
			},
			{
				text: 'أقلعت يوم الأربعاء 19 يناير 2022 من مطار ألماتي آخر طائرة تقل جنود قوة حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي.',
				published: '2022-01-20'
			}
		]);
		expect(set.events.map((e) => `${e.type} ${e.date}..${e.end}`)).toEqual([
			'deployment 2022-01-13..2022-01-19'
		]);
	});
});

describe('a page that dates itself only in its head', () => {
	it('takes the year from the weekday of a live page’s yearless heading', () => {
		const text = [
			'لبنان 24',
			'مباشر | تطورات الثلاثاء 13 أيلول',
			'',
			'18:40 | عقد مجلس الأمن الجماعي لمنظمة معاهدة الأمن الجماعي مساء اليوم جلسة طارئة عبر الاتصال المرئي.'
		].join('\n');
		expect(brief(text, null)).toEqual(['summit 2022-09-13']);
	});

	it('converts a header that gives only the Hijri date', () => {
		const text = [
			'عكاظ',
			'الجمعة 10 صفر 1443هـ',
			'',
			'عقد قادة دول منظمة معاهدة الأمن الجماعي أمس (الخميس) قمة في العاصمة الطاجيكية.'
		].join('\n');
		expect(brief(text, null)).toEqual(['summit 2021-09-16']);
	});
});

describe('a month without its year', () => {
	it('dates what a report says was done to the last such month, not the next', () => {
		expect(
			brief(
				'وقال باشينيان في مقابلة: ترأسنا قمة منظمة معاهدة الأمن الجماعي في موسكو في مايو بنجاح.',
				'2023-02-02'
			)
		).toEqual(['summit 2022-05']);
	});

	it('leaves a month still to come where an announcement puts it', () => {
		const set = build([
			{
				text: 'ومن المقرر أن تعقد قمة منظمة معاهدة الأمن الجماعي في يريفان في 23 نوفمبر.',
				published: '2022-10-20'
			},
			{
				text: 'عقدت قمة منظمة معاهدة الأمن الجماعي في يريفان اليوم الأربعاء 23 نوفمبر 2022.',
				published: '2022-11-23'
			}
		]);
		expect(set.events.map((e) => `${e.type} ${e.date}`)).toEqual(['summit 2022-11-23']);
	});
});

describe('what reports no happening', () => {
	it.each([
		[
			'a photo caption',
			'التعليق على الصورة، جنود من قوة حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي في ألماتي، 11 يناير 2022'
		],
		[
			'a caption in brackets',
			'[صورة: قادة منظمة معاهدة الأمن الجماعي في قمة موسكو يوم 16 مايو 2022]'
		],
		[
			'the office of chair of the council',
			'وأعلن باشينيان يوم 6 يناير 2022، بصفته يتولى الرئاسة الدورية لمجلس الأمن الجماعي، موافقة الدول الأعضاء.'
		],
		[
			'a headline that says there will be none',
			'أرمينيا: لا قمة لمنظمة معاهدة الأمن الجماعي على أراضينا في يناير 2022'
		],
		[
			'the council deciding',
			'وقال الأمين العام يوم 6 يناير 2022 إن مجلس الأمن الجماعي قرر إرسال قوات حفظ سلام جماعية إلى كازاخستان لفترة محدودة.'
		]
	])('makes no event of %s', (_, text) => {
		expect(brief(text, '2022-01-20').filter((e) => e.startsWith('summit'))).toEqual([]);
	});

	it.each([
		[
			'a fact box that says what the council is',
			'- مجلس الأمن الجماعي: ويضم رؤساء الدول الأعضاء، وهو أعلى هيئة في المنظمة.',
			[]
		],
		[
			'an explainer’s list of the forces and their strength',
			'- قوات الرد السريع الجماعية، وقوات حفظ السلام الجماعية التي يقدر قوامها بنحو 3600 عنصر.',
			[]
		],
		[
			'what the peacekeeping force comprises',
			'قوات حفظ السلام الجماعية تتألف من وحدات ترسلها الدول الأعضاء عند الحاجة.',
			[]
		],
		[
			'leaders discussing how to strengthen a force',
			'وبحث القادة يوم 23 نوفمبر 2022 سبل تعزيز قوات الرد السريع الجماعية وتطوير إمكانيات قوات حفظ السلام.',
			[]
		],
		[
			'a force described while it arrives (still reported)',
			'وصلت يوم 7 يناير 2022 إلى ألماتي قوات حفظ السلام الجماعية التي يبلغ قوامها 2500 عنصر.',
			['deployment 2022-01-07']
		],
		[
			'a force that comprises units and arrived (still reported)',
			'قوات حفظ السلام الجماعية تضم وحدات من خمس دول وصلت يوم 7 يناير 2022 إلى ألماتي.',
			['deployment 2022-01-07']
		]
	])('reads %s', (_, text, expected) => {
		expect(brief(`${CSTO_LINE}\n${text}`, '2022-01-20')).toEqual(expected);
	});

	it('drops a meeting announced for its day when no article reports it held', () => {
		expect(
			brief(
				'ومن المقرر أن تستضيف يريفان قمة منظمة معاهدة الأمن الجماعي يومي 22 و23 من الشهر الجاري.',
				'2022-11-01'
			)
		).toEqual([]);
	});

	it('keeps that meeting when another article reports it held', () => {
		const set = build([
			{
				text: 'ومن المقرر أن تستضيف يريفان قمة منظمة معاهدة الأمن الجماعي يوم 23 من الشهر الجاري.',
				published: '2022-11-01'
			},
			{
				text: 'عقدت قمة منظمة معاهدة الأمن الجماعي في يريفان اليوم الأربعاء 23 نوفمبر 2022.',
				published: '2022-11-23'
			}
		]);
		expect(set.events.map((e) => `${e.type} ${e.date}`)).toEqual(['summit 2022-11-23']);
		expect(new Set(set.events[0]!.sources.map((s) => s.article)).size).toBe(2);
	});
});

describe('who attended, and who took part in something else', () => {
	it('does not count those taking part in an exercise among the meeting’s attendance', () => {
		const set = one(
			[
				'عقدت قمة منظمة معاهدة الأمن الجماعي في موسكو يوم 16 مايو 2022 بحضور بوتين وباشينيان.',
				'وفي سبتمبر انطلقت في كازاخستان مناورات "التفاعل 2022" بمشاركة قوات من قرغيزستان وطاجيكستان.'
			].join('\n'),
			'2022-05-17'
		);
		const summit = set.events.find((e) => e.type === 'summit')!;
		expect(attendanceOf(summit)).toEqual({ ARM: 'present', RUS: 'present' });
	});

	it('does not count a member staying away from an exercise as absent from the meeting', () => {
		const set = one(
			[
				'عقدت قمة منظمة معاهدة الأمن الجماعي في موسكو يوم 16 مايو 2022 بحضور بوتين وباشينيان.',
				'وبعد أشهر، غابت أرمينيا عن مناورات "التفاعل 2022" التي انطلقت في كازاخستان.'
			].join('\n'),
			'2022-10-05'
		);
		const summit = set.events.find((e) => e.type === 'summit')!;
		expect(attendanceOf(summit)).toEqual({ ARM: 'present', RUS: 'present' });
	});
});

describe('an article with a "read also" box inside it', () => {
	const paragraph =
		'وأضاف الأمين العام للمنظمة أن القادة بحثوا خلال القمة سبل تعزيز قوات الرد السريع الجماعية وتطوير منظومة الأمن الجماعي في آسيا الوسطى، مؤكدا أن الاجتماع المقبل سيعقد في مينسك.';
	it('reads the paragraphs after a bulleted box, and not the box', () => {
		const set = one(
			[
				'عقدت قمة منظمة معاهدة الأمن الجماعي في يريفان يوم 23 نوفمبر 2022.',
				'',
				'اقرأ أيضا:',
				'- قمة منظمة شنغهاي للتعاون تعقد في سمرقند يوم 15 سبتمبر 2022',
				'- اشتباكات على الحدود بين قرغيزستان وطاجيكستان يوم 14 سبتمبر 2022',
				'',
				'وشارك في قمة يريفان يوم 23 نوفمبر 2022 رؤساء روسيا وبيلاروسيا وكازاخستان.',
				paragraph
			].join('\n'),
			'2022-11-24'
		);
		expect(set.events.map((e) => `${e.type} ${e.date}`)).toEqual(['summit 2022-11-23']);
		expect(attendanceOf(set.events[0])).toMatchObject({ RUS: 'present', BLR: 'present' });
	});
});

describe('whose meeting «القمة» is', () => {
	it('reads «القمة» after another body’s summit as that one', () => {
		expect(
			brief(
				`عقد زعماء رابطة الدول المستقلة قمتهم في أستانا اليوم الجمعة 14 أكتوبر 2022. وجاءت القمة غداة قمة مؤتمر التفاعل في آسيا التي استضافتها أستانا أمس الخميس. ولم تعقد منظمة معاهدة الأمن الجماعي أي اجتماع على هامش القمتين.`,
				'2022-10-14'
			)
		).toEqual([]);
	});

	it('reads «القمة» after another bloc met, told with the verb alone, as that bloc’s', () => {
		expect(
			brief(
				`اجتمع رؤساء دول رابطة الدول المستقلة الجمعة 13 أكتوبر 2023 في بيشكيك، في غياب باشينيان. وحضر الرئيس الروسي فلاديمير بوتين القمة يوم الجمعة. ${CSTO_LINE}`,
				'2023-10-14'
			)
		).toEqual([]);
	});

	it('still reads «القمة» as the CSTO’s after bilateral talks on its sidelines', () => {
		expect(
			brief(
				`انطلقت اليوم الاثنين 16 مايو 2022 في الكرملين قمة منظمة معاهدة الأمن الجماعي. وعلى هامش القمة، يعقد بوتين لقاءات ثنائية مع نظرائه. وتأتي القمة بعد أشهر من عملية حفظ السلام في كازاخستان.`,
				'2022-05-16'
			)
		).toEqual(['summit 2022-05-16']);
	});
});

describe('who fought a clash', () => {
	it('dates the article’s clash by a later sentence that names no party, within a week of the report', () => {
		const text = [
			'أعلن حرس الحدود القرغيزي أن القوات الطاجيكية قصفت مواقع قرغيزية في إقليم باتكن.',
			'واندلعت المواجهات يوم الأربعاء قرب قرية كوك تاش.'
		].join('\n');
		expect(brief(text, '2022-09-16')).toEqual(['clash 2022-09-14']);
		// A month before the report, "the clashes" are not the report's to date.
		expect(brief(text.replace('يوم الأربعاء', 'يوم 14 أيلول 2022'), '2022-10-20')).toEqual([
			'clash 2022-10'
		]);
	});

	it.each([
		[
			'the headline names the pair and the story says «the two countries»',
			'توتر جديد على الحدود بين قرغيزستان وطاجيكستان\n\nتبادلت قوات البلدين إطلاق النار صباح الأربعاء 14 سبتمبر 2022 في منطقة باتكن.',
			['KGZ', 'TJK']
		],
		[
			'an earlier sentence names the pair and a later one says «the two sides» in the nominative',
			'تصاعد التوتر بين أرمينيا وأذربيجان منذ أسابيع. واشتبك الطرفان بالمدفعية ليل الثلاثاء 13 سبتمبر 2022 قرب بلدة جيرموك.',
			['ARM', 'AZE']
		],
		[
			'the headline’s pair is followed by another clause («وموسكو تعلن هدنة»)',
			'قتلى بمواجهات بين أرمينيا وأذربيجان وموسكو تعلن هدنة\n\nقتل جنود من الجانبين في مواجهات مع القوات الأذربيجانية على الحدود بين البلدين يوم 16 نوفمبر 2021.',
			['ARM', 'AZE']
		],
		[
			'the towns shelled are named after the attack',
			'وقصفت المدفعية الأذربيجانية يوم 13 سبتمبر 2022 جرموك وغوريس.',
			['ARM', 'AZE']
		],
		[
			'«the two neighbours» with a preposition and the article',
			'خلاف حدودي بين طاجيكستان وقرغيزستان\n\nوأسفرت الاشتباكات بين الجارتين يوم 27 يناير 2023 عن إصابة ثلاثة من حرس الحدود.',
			['TJK', 'KGZ']
		]
	])('takes both parties when %s', (_, text, parties) => {
		const [e] = one(text, null).events;
		expect(e?.type).toBe('clash');
		expect(e?.countries).toEqual(expect.arrayContaining(parties));
	});

	it.each([
		['«بوساطة روسية»', 'وأعلن لاحقا عن وقف لإطلاق النار بوساطة روسية مساء اليوم نفسه.'],
		['«برعاية موسكو»', 'وتوقفت المواجهات مساء اليوم نفسه بعد هدنة برعاية موسكو.'],
		['«الوسيط الروسي»', 'وقال الوسيط الروسي إن تبادل إطلاق النار توقف مساء اليوم ذاته.']
	])(
		'reads the broker of a truce (%s) as no party, and the truce’s day as the clash’s',
		(_, truce) => {
			const text = `قتل جنود من الجانبين، يوم الثلاثاء، في مواجهات عنيفة على الحدود بين أرمينيا وأذربيجان. ${truce}`;
			const { events } = one(text, '2021-11-17');
			expect(events.map((e) => `${e.type} ${e.date} ${e.countries.join('/')}`)).toEqual([
				'clash 2021-11-16 ARM/AZE'
			]);
			expect(events[0]!.sources.map((x) => x.quote)).toContain(truce);
		}
	);

	it('does not count Moscow, after the pair in the headline, among the parties', () => {
		const [e] = one(
			'قتلى بمواجهات بين أرمينيا وأذربيجان وموسكو تعلن هدنة\n\nقتل جنود من الجانبين في مواجهات على الحدود بين البلدين يوم 16 نوفمبر 2021.',
			null
		).events;
		expect(e?.countries.filter((c) => c === 'RUS')).toEqual([]);
	});

	it('dates a clash by its own day, not by the war it is compared with («منذ حرب العام الماضي»)', () => {
		expect(
			brief(
				'قتل جنود من أرمينيا وأذربيجان في مواجهات على الحدود أمس، في أعنف قتال بين الجارين منذ حرب العام الماضي.',
				'2021-11-17'
			)
		).toEqual(['clash 2021-11-16']);
	});

	it('does not give a clash a pair that only a word like «البلدية» resembles', () => {
		const [e] = one(
			'توتر بين قرغيزستان وطاجيكستان\n\nواندلعت اشتباكات في منطقة باتكن القرغيزية قرب المجالس البلدية صباح الأربعاء 14 سبتمبر 2022.',
			null
		).events;
		expect(e?.countries).toEqual(['KGZ']);
	});
});

describe('who is not a participant', () => {
	it('leaves out a guest invited from outside the alliance', () => {
		const [e] = one(
			'انعقدت اليوم جلسة استثنائية لمجلس الأمن الجماعي، وشارك فيها الرئيس الأوزبكي شوكت ميرضيائيف ضيفاً.',
			'2021-08-23'
		).events;
		expect(e?.participation?.['UZB']).toBeUndefined();
	});
});

describe('every member’s standing', () => {
	it('gives each member that attended a meeting a status period of its own', () => {
		const set = one(
			'عقدت قمة منظمة معاهدة الأمن الجماعي اليوم في يريفان بحضور رئيس كازاخستان قاسم جومارت توكاييف، ولم يحضر الرئيس الروسي فلاديمير بوتين.',
			'2022-11-23'
		);
		expect(set.memberStatus['KAZ']?.map((p) => p.status)).toEqual(['active']);
		expect(set.memberStatus['RUS']?.map((p) => p.status)).toEqual(['absent']);
	});

	it('reads acts of drift for Armenia only, so another member’s excuse is no status of its own', () => {
		const set = one(
			'واعتذر الرئيس الروسي عن الحضور شخصيا في قمة منظمة معاهدة الأمن الجماعي، واكتفى بالمشاركة عبر الفيديو اليوم.',
			'2021-09-16'
		);
		expect(set.memberStatus['RUS']?.map((p) => p.status)).toEqual(['active']);
	});
});

describe('one happening, one event', () => {
	it('joins reports of one clash that name different towns', () => {
		const set = build([
			{
				text: 'قصفت القوات الأذربيجانية اليوم الثلاثاء مدينة غوريس الأرمينية.',
				published: '2022-09-13'
			},
			{
				text: 'تبادلت أرمينيا وأذربيجان إطلاق النار أمس الثلاثاء قرب جيرموك.',
				published: '2022-09-14'
			}
		]);
		expect(set.events.map((e) => `${e.type} ${e.date}`)).toEqual(['clash 2022-09-13']);
	});

	it('keeps two named exercises apart even in the same week and country', () => {
		const set = build([
			{
				text: 'انطلقت اليوم في كازاخستان مناورات «البحث-2022» لقوات منظمة معاهدة الأمن الجماعي.',
				published: '2022-09-26'
			},
			{
				text: 'انطلقت اليوم في كازاخستان مناورات «الإيشيلون-2022» لقوات منظمة معاهدة الأمن الجماعي.',
				published: '2022-09-27'
			}
		]);
		expect(set.events.filter((e) => e.type === 'deployment')).toHaveLength(2);
	});
});

describe('a happening denied', () => {
	it.each([
		[
			'a clash a ministry denies took place («نفت … وقوع اشتباكات»)',
			'نفت وزارة الدفاع الطاجيكية وقوع اشتباكات على الحدود مع قيرغيزستان يوم الأحد 12 سبتمبر 2021.',
			'2021-09-14'
		],
		[
			'reports of a deployment called false («كذبت … تقارير عن انتشار»)',
			'وكذبت موسكو تقارير عن انتشار قوات حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي في أرمينيا يوم 14 سبتمبر 2022.',
			'2022-09-16'
		],
		[
			'news said to be untrue («لا صحة للأنباء عن»)',
			'لا صحة للأنباء عن انتشار قوات منظمة معاهدة الأمن الجماعي في أرمينيا يوم 14 سبتمبر 2022.',
			'2022-09-16'
		],
		[
			'a meeting whose holding is denied («نفى … عقد أي اجتماع»)',
			'نفى المتحدث باسم الخارجية الأرمينية عقد أي اجتماع لمجلس وزراء خارجية منظمة معاهدة الأمن الجماعي في يريفان الأسبوع الماضي.',
			'2022-11-30'
		],
		[
			'a council that did not meet («لم يعقد»)',
			'لم يعقد مجلس وزراء خارجية منظمة معاهدة الأمن الجماعي اجتماعه في يريفان الأسبوع الماضي كما كان مقررا.',
			'2022-11-30'
		],
		[
			'fighting rumoured and then denied («تحدثت أنباء عن اشتباكات، لكن بيشكك نفتها»)',
			`${CSTO_LINE}\nوتحدثت أنباء عن اشتباكات على الحدود الطاجيكية القرغيزية يوم 27 يناير، لكن بيشكك نفتها.`,
			'2022-01-28'
		],
		[
			'reports of fighting whose truth is denied («نفت صحة التقارير التي تحدثت عن اشتباكات»)',
			'نفت وزارة الدفاع الأرمينية صحة التقارير التي تحدثت عن اشتباكات بين القوات الأرمينية والأذربيجانية على الحدود يوم الثلاثاء 13 سبتمبر 2022.',
			'2022-09-14'
		],
		[
			'a shelling its doer denies, the denial told first with its day («نفت … قيام قواتها بقصف»)',
			`${CSTO_LINE}\nنفت وزارة الدفاع الأذربيجانية يوم الأربعاء 14 سبتمبر 2022 قيام قواتها بقصف مواقع أرمينية على الحدود.`,
			'2022-09-14'
		],
		[
			'a shelling denied in a «أن تكون … قد» clause',
			`${CSTO_LINE}\nنفت وزارة الدفاع الأذربيجانية أن تكون قواتها قد قصفت مواقع أرمينية على الحدود يوم 14 سبتمبر 2022.`,
			'2022-09-15'
		],
		[
			'news with an adjective denied («صحة الأنباء المتداولة عن اشتباكات»)',
			`${CSTO_LINE}\nنفت وزارة الدفاع القرغيزية صحة الأنباء المتداولة عن اشتباكات بين حرس الحدود القرغيزي والطاجيكي يوم 14 سبتمبر 2022.`,
			'2022-09-15'
		],
		[
			'an attack denied («نفت قيام الجيش بشن هجوم»)',
			`${CSTO_LINE}\nنفت وزارة الدفاع الأذربيجانية قيام الجيش الأذربيجاني بشن هجوم على مواقع أرمينية يوم 14 سبتمبر 2022.`,
			'2022-09-15'
		],
		[
			'fighting that was not recorded («لم تسجل أي اشتباكات»)',
			'لم تسجل أي اشتباكات على الحدود بين أرمينيا وأذربيجان يوم الثلاثاء 13 سبتمبر 2022 بحسب المصدر.',
			'2022-09-14'
		]
	])('makes no event of %s', (_, text, published) => {
		expect(brief(text, published)).toEqual([]);
	});

	it.each([
		[
			'a summit during which disagreements are denied',
			'نفت موسكو وجود أي خلافات خلال قمة منظمة معاهدة الأمن الجماعي التي عقدت في يريفان يوم 23 تشرين الثاني 2022.',
			'2022-11-24',
			['summit 2022-11-23']
		],
		[
			'a summit whose boycott is denied',
			'نفى باشينيان أن تكون أرمينيا قاطعت قمة منظمة معاهدة الأمن الجماعي التي عقدت في مينسك يوم 23 تشرين الثاني 2023.',
			'2023-11-24',
			['summit 2023-11-23']
		],
		[
			'a summit at which no signing took place («لم يتم التوقيع»)',
			'لم يتم التوقيع على إعلان قمة منظمة معاهدة الأمن الجماعي التي عقدت في يريفان يوم 23 تشرين الثاني 2022.',
			'2022-11-24',
			['summit 2022-11-23']
		],
		[
			'a clash whose start one side denies («وهو ما نفته الأخيرة»)',
			`${CSTO_LINE}\nاندلعت أمس اشتباكات على الحدود بين أرمينيا وأذربيجان، واتهمت باكو يريفان بالبدء بها وهو ما نفته الأخيرة.`,
			'2022-09-14',
			['clash 2022-09-13']
		],
		[
			'a summit amid reported disagreements the Kremlin denies',
			`${CSTO_LINE}\nوعقدت قمة المنظمة أمس في يريفان، وسط تقارير عن خلافات بين القادة نفاها الكرملين.`,
			'2022-11-24',
			['summit 2022-11-23']
		],
		[
			'a clash whose blame is denied («نفت أي مسؤولية عن الاشتباكات»)',
			`${CSTO_LINE}\nونفت أذربيجان أي مسؤولية عن الاشتباكات التي اندلعت أمس على الحدود مع أرمينيا.`,
			'2022-09-14',
			['clash 2022-09-13']
		],
		[
			'a shelling whose casualties are denied («نفت وقوع إصابات جراء القصف»)',
			`${CSTO_LINE}\nونفت وزارة الدفاع الأرمينية وقوع إصابات جراء القصف الأذربيجاني الذي استهدف أمس مواقعها في جيرموك.`,
			'2022-09-14',
			['clash 2022-09-13']
		],
		[
			'a clash in which no casualties were recorded («لم تسجل خسائر … في الاشتباكات»)',
			`${CSTO_LINE}\nوقالت الوزارة إنه لم تسجل خسائر بشرية في الاشتباكات التي اندلعت أمس على الحدود بين قيرغيزستان وطاجيكستان.`,
			'2022-01-28',
			['clash 2022-01-27']
		],
		[
			'a shelling told after a denied breach («نفت قيام قواتها بخرق الهدنة، مؤكدة أن القصف …»)',
			`${CSTO_LINE}\nونفت وزارة الدفاع الأرمينية قيام قواتها بخرق الهدنة، مؤكدة أن القصف الأذربيجاني استهدف أمس مواقعها في جيرموك.`,
			'2022-09-14',
			['clash 2022-09-13']
		],
		[
			'a summit at which no breakthrough happened («لم يحدث أي اختراق في قمة»)',
			`${CSTO_LINE}\nولم يحدث أي اختراق في قمة المنظمة التي عقدت أمس في يريفان.`,
			'2022-11-24',
			['summit 2022-11-23']
		]
	])('keeps %s', (_, text, published, expected) => {
		expect(brief(text, published)).toEqual(expected);
	});
});

describe('a meeting the leaders attend', () => {
	it.each([
		[
			'military leaders («قادة عسكريين»)',
			'عقد في موسكو أمس اجتماع بحضور قادة عسكريين من الدول الأعضاء في منظمة معاهدة الأمن الجماعي.'
		],
		[
			'the chiefs of general staff («رؤساء هيئات الأركان»)',
			'وعقد في أستانا أمس اجتماع اللجنة العسكرية لمنظمة معاهدة الأمن الجماعي بمشاركة رؤساء هيئات الأركان العامة.'
		],
		[
			'the heads of delegations («رؤساء الوفود»)',
			'عقد أمس في موسكو اجتماع لمنظمة معاهدة الأمن الجماعي بمشاركة رؤساء الوفود.'
		]
	])('makes no summit of a meeting attended by %s', (_, text) => {
		expect(brief(`${CSTO_LINE}\n${text}`, '2022-10-15')).toEqual([]);
	});

	it('takes no one seated at a table of talks elsewhere as at the summit', () => {
		const [e] = one(
			`${CSTO_LINE}\nعقدت قمة منظمة معاهدة الأمن الجماعي اليوم في مينسك بحضور بوتين ولوكاشينكو وتوكاييف. وكان باشينيان قد جلس إلى طاولة المفاوضات مع علييف في بروكسل الشهر الماضي.`,
			'2023-11-23'
		).events;
		expect(e?.participation?.['AZE']).toBeUndefined();
		expect(e?.participation?.['ARM']).toBeUndefined();
	});

	it('reads «عقد الاجتماع … بمشاركة قادة» the alliance’s as its leaders’ summit', () => {
		expect(
			brief(
				'عقد الاجتماع في موسكو يوم 16 مايو 2022 بمشاركة قادة منظمة معاهدة الأمن الجماعي.',
				'2022-05-17'
			)
		).toEqual(['summit 2022-05-16']);
	});

	it('does not make the chiefs of staff attending a ministers’ meeting a second summit', () => {
		expect(
			brief(
				'عقد اجتماع لوزراء الدفاع في موسكو يوم 16 مايو 2022 بحضور قادة أركان جيوش دول منظمة معاهدة الأمن الجماعي.',
				'2022-05-17'
			)
		).toEqual(['summit 2022-05-16']);
		const [e] = one(
			'عقد اجتماع لوزراء الدفاع في موسكو يوم 16 مايو 2022 بحضور قادة أركان جيوش دول منظمة معاهدة الأمن الجماعي.',
			'2022-05-17'
		).events;
		expect(e?.title.en).toBe('CSTO ministerial meeting in Moscow');
	});
});

describe('where troops go and where an exercise is held', () => {
	const place = (text: string, published: string) =>
		one(`${CSTO_LINE}\n${text}`, published).events.map(
			(e) => `${e.place?.name.en} ${e.countries.join('/')}`
		);

	it.each([
		[
			'an exercise held in one member that another’s troops took part in',
			'شاركت القوات الأرمينية في مناورات «الأخوة القتالية 2022» التي جرت في قيرغيزستان في سبتمبر.',
			'2022-10-05',
			['Kyrgyzstan KGZ/ARM']
		],
		[
			'peacekeepers arriving from one member in another',
			'وصلت وحدات حفظ السلام من بيلاروس إلى كازاخستان يوم 7 يناير 2022 ضمن قوة المنظمة.',
			'2022-01-08',
			['Kazakhstan KAZ/BLR']
		],
		[
			'an exercise near a non-member’s border («قرب الحدود الأفغانية»)',
			'واحتضنت طاجيكستان في أكتوبر 2021 تمرينات عسكرية لقوات المنظمة قرب الحدود الأفغانية.',
			'2021-11-01',
			['Tajikistan TJK']
		],
		[
			'an exercise in the member «حيث» points back to, without the member that declined to take part',
			'وكان يُفترض أن ينتقل قسم من المشاركين إلى قرغيزستان مباشرة من كازاخستان، حيث أُجريت منذ 26 سبتمبر تدريبات لقوات المنظمة، امتنعت أرمينيا عن المشاركة فيها.',
			'2022-10-05',
			['Kazakhstan KAZ']
		],
		[
			'an exercise a member refused to send troops to («رفضت يريفان إرسال»)',
			'انطلقت أمس في بيلاروسيا مناورات لقوات المنظمة، ورفضت أرمينيا إرسال عسكريين إليها.',
			'2023-09-02',
			['Belarus BLR']
		],
		[
			'peacekeepers leaving a member for home',
			'انسحبت قوات حفظ السلام من كازاخستان إلى روسيا يوم 13 يناير 2022.',
			'2022-01-14',
			['Kazakhstan KAZ/RUS']
		]
	])('places %s in the member it happens in', (_, text, published, expected) => {
		expect(place(text, published)).toEqual(expected);
	});
});

describe('other blocs’ summits in a CSTO report', () => {
	it.each([
		[
			'the G20',
			'وعقد قادة مجموعة العشرين يوم 22 نوفمبر 2023 قمة افتراضية بدعوة من الرئاسة الهندية.'
		],
		['the G7', 'واختتمت في هيروشيما يوم 21 مايو 2023 قمة مجموعة السبع.'],
		['the Arab League', 'وعقدت القمة العادية لجامعة الدول العربية في جدة يوم 19 مايو 2023.'],
		[
			'the Gulf Cooperation Council',
			'وانعقدت قمة مجلس التعاون الخليجي في الرياض يوم 9 ديسمبر 2021.'
		]
	])('makes no CSTO summit of %s', (_, text) => {
		expect(brief(`${CSTO_LINE}\n${text}`, '2023-11-24')).toEqual([]);
	});
});

describe('what was to be', () => {
	it('makes no event of an exercise that «كانت … مقررة», its name between', () => {
		expect(
			brief(
				`${CSTO_LINE}\nوكانت المناورات، التي حملت اسم «الأخوة غير القابلة للكسر 2023»، مقررة في أرمينيا في أيلول 2023، ولم يحدد لها موعد بديل.`,
				'2023-01-11'
			)
		).toEqual([]);
	});

	it('keeps a summit held, told beside the next one agreed on («أن تعقد القمة المقبلة»)', () => {
		expect(
			brief(
				`${CSTO_LINE}\nوكانت قمة المنظمة قد عقدت أمس في يريفان، واتفق القادة على أن تعقد القمة المقبلة في مينسك.`,
				'2022-11-24'
			)
		).toEqual(['summit 2022-11-23']);
	});

	it('keeps an exercise held that «كانت مقررة أصلا» elsewhere', () => {
		expect(
			brief(
				`${CSTO_LINE}\nوكانت مناورات «التآخي القتالي» لقوات منظمة معاهدة الأمن الجماعي التي جرت أمس في كازاخستان مقررة أصلا في أرمينيا.`,
				'2022-10-05'
			)
		).toEqual(['deployment 2022-10-04']);
	});

	it('keeps a summit that was planned and then held', () => {
		expect(
			brief(
				`${CSTO_LINE}\nوكانت القمة، التي استضافتها يريفان يوم 23 نوفمبر 2022، مقررة منذ عام وعقدت في موعدها.`,
				'2022-11-25'
			)
		).toEqual(['summit 2022-11-23']);
	});
});

describe('what began and lasts until a day to come', () => {
	it('reports an exercise that began yesterday and «تستمر حتى السبت المقبل», to that Saturday', () => {
		expect(
			brief(
				`${CSTO_LINE}\nانطلقت أمس الاثنين في ميدان «حرب ميدان» للتدريب بطاجيكستان، على بعد نحو 20 كيلومترا من الحدود، مناورات مشتركة لقوات منظمة معاهدة الأمن الجماعي تستمر حتى السبت المقبل.`,
				'2021-10-19'
			)
		).toEqual(['deployment 2021-10-18..2021-10-23']);
	});

	it('reports an exercise going on «منذ الاثنين» until «السبت المقبل», from that Monday', () => {
		expect(
			brief(
				`${CSTO_LINE}\nوتجري منذ الاثنين مناورات لقوات منظمة معاهدة الأمن الجماعي في طاجيكستان، وتستمر حتى السبت المقبل.`,
				'2022-10-05'
			)
		).toEqual(['deployment 2022-10-03..2022-10-08']);
	});

	it('dates an exercise begun yesterday whose next stage is «الأسبوع المقبل» by yesterday', () => {
		expect(
			brief(
				`${CSTO_LINE}\nانطلقت أمس مناورات لقوات المنظمة في طاجيكستان على أن تنتقل إلى قرغيزستان الأسبوع المقبل.`,
				'2022-10-05'
			)
		).toEqual(['deployment 2022-10-04']);
	});

	it('still reads an exercise a ministry announced yesterday for next week as announced', () => {
		expect(
			brief(
				`${CSTO_LINE}\nقالت الوزارة أمس إن مناورات لقوات المنظمة تنطلق في طاجيكستان الأسبوع المقبل.`,
				'2022-10-05'
			)
		).toEqual([]);
	});

	it('reports a meeting held yesterday whose next one is «على أن يعقد … المقبل»', () => {
		expect(
			brief(
				`${CSTO_LINE}\nعقد أمس في موسكو اجتماع لمجلس وزراء خارجية المنظمة، على أن يعقد الاجتماع المقبل في يريفان.`,
				'2022-10-05'
			)
		).toEqual(['summit 2022-10-04']);
	});

	it('reports a clash that broke out «بعد ظهر الاثنين», the day governed by «بعد»', () => {
		expect(
			brief(
				`${CSTO_LINE}\nاندلعت بعد ظهر الاثنين اشتباكات على الحدود بين قرغيزستان وطاجيكستان.`,
				'2022-09-15'
			)
		).toEqual(['clash 2022-09-12']);
	});

	it('still reads an exercise that «تنطلق الاثنين … وتستمر حتى السبت المقبل» as announced', () => {
		expect(
			brief(
				`${CSTO_LINE}\nتنطلق الاثنين مناورات «التآخي القتالي» لقوات منظمة معاهدة الأمن الجماعي في بيلاروسيا وتستمر حتى السبت المقبل.`,
				'2022-10-09'
			)
		).toEqual([]);
	});

	it('still reads an exercise that starts next week as announced', () => {
		expect(
			brief(
				`${CSTO_LINE}\nتنطلق مناورات مشتركة لقوات منظمة معاهدة الأمن الجماعي في طاجيكستان الأسبوع المقبل وتستمر حتى نهاية الشهر.`,
				'2021-10-01'
			)
		).toEqual([]);
	});
});

describe('seated at the meeting’s table', () => {
	it('reads the leaders listed after «وجلس إلى طاولة القمة» as present', () => {
		const [e] = one(
			`${CSTO_LINE}\nعقدت في موسكو يوم 16 مايو 2022 قمة منظمة معاهدة الأمن الجماعي. وجلس إلى طاولة القمة الرئيس الروسي فلاديمير بوتين، ورئيس الوزراء الأرميني نيكول باشينيان، والرؤساء البيلاروسي ألكسندر لوكاشينكو والكازاخستاني قاسم جومارت توكايف.`,
			'2022-05-17'
		).events;
		expect(e?.participation).toMatchObject({
			RUS: 'present',
			ARM: 'present',
			BLR: 'present',
			KAZ: 'present'
		});
	});
});

describe('a live page, newest entry first', () => {
	it('dates each entry’s «اليوم» by the entry’s stamp, not the page’s day', () => {
		const set = one(
			[
				'تغطية مباشرة | قمة منظمة معاهدة الأمن الجماعي في مينسك',
				'23/11/2023 - 11:30',
				'انطلقت أعمال قمة مجلس الأمن الجماعي لمنظمة معاهدة الأمن الجماعي في مينسك برئاسة الرئيس البيلاروسي ألكسندر لوكاشينكو.',
				'22/11/2023 - 18:20',
				'اجتمع وزراء الخارجية والدفاع في الدول الأعضاء في منظمة معاهدة الأمن الجماعي في جلسة مشتركة اليوم في مينسك.'
			].join('\n'),
			null
		);
		expect(set.events.map((e) => `${e.date} ${e.title.en}`)).toEqual([
			'2023-11-22 CSTO ministerial meeting in Minsk',
			'2023-11-23 CSTO summit in Minsk'
		]);
	});
});

describe('a meeting asked for', () => {
	it('makes no event of «دعت أرمينيا إلى عقد اجتماع طارئ لمجلس الأمن الجماعي»', () => {
		expect(
			brief(
				`${CSTO_LINE}\nدعت أرمينيا إلى عقد اجتماع طارئ لمجلس الأمن الجماعي يوم 13 سبتمبر 2022.`,
				'2022-09-13'
			)
		).toEqual([]);
	});

	it('keeps the session held at the asker’s request («بطلب من أرمينيا»)', () => {
		expect(
			brief(
				`${CSTO_LINE}\nوعقد مجلس الأمن الجماعي اجتماعا طارئا عبر الفيديو يوم 13 سبتمبر 2022 بطلب من أرمينيا.`,
				'2022-09-14'
			)
		).toEqual(['summit 2022-09-13']);
	});
});

describe('a list of leaders under one plural office', () => {
	it('reads «بمشاركة الرؤساء الروسي والبيلاروسي …» as each of them present', () => {
		const [e] = one(
			`${CSTO_LINE}\nعقدت في يريفان يوم 23 نوفمبر 2022 قمة المنظمة بمشاركة الرؤساء الروسي والبيلاروسي والكازاخستاني والقرغيزي والطاجيكي ورئيس الوزراء الأرميني.`,
			'2022-11-24'
		).events;
		expect(e?.participation).toEqual({
			ARM: 'present',
			BLR: 'present',
			KAZ: 'present',
			KGZ: 'present',
			RUS: 'present',
			TJK: 'present'
		});
	});
});

describe('the second review’s cases', () => {
	it.each([
		[
			'leaders named by their states («رؤساء روسيا وبيلاروسيا»)',
			'وعقد في يريفان اليوم اجتماع بمشاركة رؤساء روسيا وبيلاروسيا وكازاخستان.',
			'2022-11-23',
			['summit 2022-11-23']
		],
		[
			'a clash said not to happen again, the adverb first («لم تقع من جديد اشتباكات بين»)',
			'وقالت الوزارة إنه لم تقع من جديد اشتباكات بين القوات الأرمينية والأذربيجانية أمس.',
			'2022-09-20',
			[]
		],
		[
			'fighting not recorded overnight («لم تسجل خلال الليلة الماضية أي اشتباكات»)',
			'ولم تسجل خلال الليلة الماضية أي اشتباكات على الحدود الأرمينية الأذربيجانية.',
			'2022-09-20',
			[]
		],
		[
			'reports of fighting denied («أفادت تقارير بوقوع اشتباكات … لكن يريفان نفت ذلك»)',
			'وأفادت تقارير بوقوع اشتباكات على الحدود الأرمينية الأذربيجانية أمس، لكن يريفان نفت ذلك.',
			'2022-09-20',
			[]
		],
		[
			'the media’s fighting denied («تحدثت وسائل إعلام عن اشتباكات … لكن باكو نفتها»)',
			'وتحدثت وسائل إعلام عن اشتباكات على الحدود الأرمينية الأذربيجانية أمس، لكن باكو نفتها.',
			'2022-09-20',
			[]
		],
		[
			'a session asked for and held («وهو ما تم مساء اليوم»)',
			'ودعا رئيس الوزراء الأرميني إلى عقد اجتماع طارئ لمجلس الأمن الجماعي للمنظمة، وهو ما تم مساء اليوم.',
			'2022-09-13',
			['summit 2022-09-13']
		]
	])('reads %s', (_, text, published, expected) => {
		expect(brief(`${CSTO_LINE}\n${text}`, published)).toEqual(expected);
	});

	const status = (text: string, published: string) =>
		(one(text, published).memberStatus['ARM'] ?? []).map((p) => `${p.from} ${p.status}`);

	it('takes no status from a denied intention to leave («نفى نية بلاده الانسحاب»)', () => {
		expect(
			status(
				'ونفى رئيس الوزراء الأرميني اليوم نية بلاده الانسحاب من منظمة معاهدة الأمن الجماعي.',
				'2023-06-01'
			)
		).toEqual([]);
	});

	it('excuses criticism voiced «أمام نظرائه» at the summit Armenia attends', () => {
		expect(
			status(
				'عقدت قمة منظمة معاهدة الأمن الجماعي اليوم في يريفان بحضور باشينيان.\nوانتقد باشينيان في كلمته أمام نظرائه بطء تجاوب المنظمة.',
				'2022-11-23'
			)
		).toEqual(['2022-11-23 active']);
	});
});

describe('what is said of a force, a format apart, a plan judged unfit', () => {
	it('reads leaders stressing that the force’s mission is limited as the summit, not a deployment', () => {
		expect(
			brief(
				`${CSTO_LINE}\nشدد قادة دول المنظمة في قمتهم الطارئة عبر الفيديو يوم 10 يناير 2022 على أن مهمة قوات حفظ السلام في كازاخستان محدودة بالزمن.`,
				'2022-01-11'
			)
		).toEqual(['summit 2022-01-10']);
	});

	it('reads «على الطابع المؤقت لمهمة قوات …» stressed at a summit as the summit, not a deployment', () => {
		expect(
			brief(
				`${CSTO_LINE}\nوشدد القادة في قمتهم عبر الفيديو يوم 10 يناير 2022 على الطابع المؤقت لمهمة قوات حفظ السلام التابعة للمنظمة في كازاخستان.`,
				'2022-01-11'
			)
		).toEqual(['summit 2022-01-10']);
	});

	it('still reports a force whose mission is told begun («أن مهمة القوات بدأت أمس»)', () => {
		expect(
			brief(
				`${CSTO_LINE}\nأعلن توكاييف أن مهمة قوات حفظ السلام التابعة للمنظمة بدأت أمس في كازاخستان.`,
				'2022-01-07'
			)
		).toEqual(['deployment 2022-01-06']);
	});

	it('makes no CSTO summit of a meeting «منفصلة عن» the alliance', () => {
		expect(
			brief(
				`${CSTO_LINE}\nوعقدت في أستانا يوم 14 أكتوبر 2022 قمة تجمع روسيا ودول آسيا الوسطى، وهي صيغة منفصلة عن منظمة معاهدة الأمن الجماعي.`,
				'2022-10-15'
			)
		).toEqual([]);
	});

	it.each([['لا تجد من المناسب'], ['لا تعتبر من المناسب'], ['لم تعتبر من المناسب']])(
		'makes no exercise of one a member «%s» to hold',
		(idiom) => {
			expect(
				brief(
					`${CSTO_LINE}\nقال رئيس الوزراء الأرميني يوم 10 يناير 2023 إن أرمينيا ${idiom} إجراء تدريبات لمنظمة معاهدة الأمن الجماعي على أراضيها خلال العام الجاري.`,
					'2023-01-11'
				)
			).toEqual([]);
		}
	);

	it('reads the minister who chaired «بينما ترأسه» as present, not under the absence before it', () => {
		const [e] = one(
			`${CSTO_LINE}\nعقد مجلس وزراء دفاع المنظمة اجتماعه أمس في مينسك، ولم يحضر الاجتماع وزير الدفاع الأرميني، بينما ترأسه نظيره البيلاروسي.`,
			'2023-11-23'
		).events;
		expect(attendanceOf(e)).toEqual({ ARM: 'absent', BLR: 'present' });
	});
});

describe('the alliance’s force named back', () => {
	const events = (text: string, published: string) =>
		one(`${CSTO_LINE}\n${text}`, published).events.map(
			(e) => `${e.type} ${e.date}${e.end ? '..' + e.end : ''} ${e.countries.join('/')}`
		);

	it('reads «انسحاب القوة», bare, after the CSTO’s force was read, as that force leaving', () => {
		expect(
			events(
				'وصلت قوات حفظ السلام التابعة للمنظمة إلى كازاخستان يوم 6 يناير 2022.\nوأقيمت في ألماتي يوم 13 يناير 2022 مراسم إيذانا ببدء انسحاب القوة من البلاد.',
				'2022-01-25'
			)
		).toEqual(['deployment 2022-01-06 KAZ', 'deployment 2022-01-13 KAZ']);
	});

	it.each([
		[
			'with no CSTO force read before',
			'وأقيمت في ألماتي يوم 13 يناير 2022 مراسم إيذانا ببدء انسحاب القوة من البلاد.'
		],
		[
			'when it is another nation’s («انسحاب القوات الروسية»)',
			'وصلت قوات حفظ السلام التابعة للمنظمة إلى كازاخستان يوم 6 يناير 2022.\nوبدأ يوم 20 يناير 2022 انسحاب القوات الروسية من سوريا.'
		]
	])('does not read a bare force %s as the CSTO’s', (_, text) => {
		expect(
			events(text, '2022-01-25').filter((e) => e.includes('2022-01-13') || e.includes('2022-01-20'))
		).toEqual([]);
	});

	it('dates a clash named as a meeting’s topic by its own clause, not by the dateline’s day', () => {
		expect(
			brief(
				`${CSTO_LINE}\nموسكو، 14 سبتمبر 2022 - عقد مجلس الأمن الجماعي لمنظمة معاهدة الأمن الجماعي مساء أمس (الثلاثاء) جلسة طارئة لبحث الاشتباكات التي اندلعت فجر اليوم ذاته على الحدود بين أرمينيا وأذربيجان.`,
				'2022-09-14'
			)
		).toEqual(['clash 2022-09-13', 'summit 2022-09-13']);
	});
});

describe('what the session’s review found the new rules overreached on', () => {
	it.each([
		[
			'ونفت يريفان ذلك، مؤكدة قيام الجيش الأذربيجاني بقصف المواقع الأرمينية يوم 13 سبتمبر 2022.',
			'2022-09-14',
			'clash 2022-09-13'
		],
		[
			'نفت وزارة الدفاع الأرمينية المزاعم الأذربيجانية وأكدت قيام القوات الأذربيجانية بقصف بلدات أرمينية على الحدود يوم 13 سبتمبر 2022.',
			'2022-09-14',
			'clash 2022-09-13'
		],
		[
			'نفى وزير الدفاع القرغيزي الاتهامات الطاجيكية، واتهم دوشانبي بقيام قواتها بقصف قرى قرغيزية يوم 16 سبتمبر 2022.',
			'2022-09-17',
			'clash 2022-09-16'
		],
		[
			'نفت وزارة الدفاع الأرمينية الأنباء عن سقوط بلدة جيرموك، لكنها أكدت اندلاع اشتباكات عنيفة بين القوات الأرمينية والأذربيجانية على الحدود يوم 13 سبتمبر 2022.',
			'2022-09-14',
			'clash 2022-09-13'
		],
		[
			'نفت دوشانبي الرواية القرغيزية لما جرى، وحملت بيشكك مسؤولية اندلاع اشتباكات على الحدود بين قرغيزستان وطاجيكستان يوم 16 سبتمبر 2022.',
			'2022-09-17',
			'clash 2022-09-16'
		]
	])('keeps a clash affirmed after a denial: %s', (text, published, expected) => {
		expect(brief(`${CSTO_LINE}\n${text}`, published)).toEqual([expected]);
	});

	const status = (text: string) =>
		(one(text, '2022-09-20').memberStatus['ARM'] ?? []).map((p) => p.status);
	it.each([
		['ولم تتلق يريفان ردا على طلبها تفعيل المادة الرابعة من معاهدة الأمن الجماعي.', 'active'],
		['ولم تستجب المنظمة لطلب أرمينيا تفعيل المادة الرابعة من معاهدة الأمن الجماعي.', 'active'],
		[
			'ولم تقدم المنظمة أي مساعدة لأرمينيا رغم طلب يريفان تفعيل المادة الرابعة من معاهدة الأمن الجماعي.',
			'active'
		],
		['وقال باشينيان في مقابلة: لا نستبعد الخروج من منظمة معاهدة الأمن الجماعي.', 'strained'],
		['وقال باشينيان إنه لا يمكن استبعاد الانسحاب من منظمة معاهدة الأمن الجماعي.', 'strained']
	])('still reads Armenia’s act under a negation that is not its own: %s', (text, expected) => {
		expect(status(text)).toEqual([expected]);
	});

	it.each([
		['ولأن المنظمة لم تقدم أي دعم قررت أرمينيا تجميد مشاركتها في أنشطة المنظمة.', 'frozen'],
		[
			'وقال مصدر إن المنظمة لم تطلب من يريفان شيئا لكن أرمينيا قررت تجميد مشاركتها في المنظمة.',
			'frozen'
		],
		[
			'وقال باشينيان إن المنظمة لم تقدم لبلاده شيئا ولذلك تدرس يريفان الخروج من منظمة معاهدة الأمن الجماعي.',
			'strained'
		]
	])('still reads Armenia’s act after the alliance’s negated verb: %s', (text, expected) => {
		expect(status(text)).toEqual([expected]);
	});

	it.each([
		['وأكد أن أرمينيا ليس لديها أي نية لمغادرة منظمة معاهدة الأمن الجماعي.'],
		['وأكد أن أرمينيا ليست بصدد الخروج من منظمة معاهدة الأمن الجماعي.'],
		['ولم تتخذ أرمينيا أي قرار بتجميد مشاركتها في منظمة معاهدة الأمن الجماعي.']
	])('reads no act from an intention or decision denied: %s', (text) => {
		expect(status(text)).toEqual([]);
	});

	it('still reads no talk of leaving from «لم تقدم يريفان حتى الآن أي طلب رسمي للانسحاب»', () => {
		expect(
			status('ولم تقدم يريفان حتى الآن أي طلب رسمي للانسحاب من منظمة معاهدة الأمن الجماعي.')
		).toEqual([]);
	});

	it('keeps a minister absent though his country chairs the body this year', () => {
		const [e] = one(
			`${CSTO_LINE}\nعقد مجلس وزراء خارجية المنظمة اجتماعه أمس في موسكو، وتغيب عنه وزير الخارجية الأرميني الذي ترأس بلاده المجلس هذا العام.`,
			'2023-10-14'
		).events;
		expect(attendanceOf(e)?.ARM).toBe('absent');
	});

	it.each([
		[
			'the chair of the meeting, when another member is absent («لم يشارك … في قمة … التي ترأسها»)',
			'لم يشارك الرئيس القرغيزي في قمة المنظمة التي ترأسها الرئيس الأرميني في يريفان يوم 23 نوفمبر 2022.',
			'2022-11-24',
			{ ARM: 'present', KGZ: 'absent' }
		],
		[
			'a speaker after «فيما بيّن» (a verb, not «فيما بين الدول»)',
			'لم يشارك وزير الدفاع الأرميني في اجتماع وزراء دفاع المنظمة في مينسك يوم 14 أكتوبر 2022، فيما بين نظيره الروسي أن الاجتماع ناقش الوضع على الحدود.',
			'2022-10-15',
			{ ARM: 'absent' }
		]
	])('reads %s', (_, text, published, expected) => {
		const [e] = one(`${CSTO_LINE}\n${text}`, published).events;
		expect(attendanceOf(e)).toEqual(expected);
	});

	it.each([
		['ما قالته بيشكيك عن قيام قواتها بقصف قرى قرغيزية على الحدود'],
		['، في بيان لها، قيام قواتها بقصف مواقع قرغيزية على الحدود'],
		['الأنباء التي أشارت إلى وقوع اشتباكات جديدة على الحدود مع طاجيكستان'],
		['التقارير التي قالت بوقوع اشتباكات مسلحة على الحدود مع طاجيكستان']
	])('makes no clash of a denial of «%s»', (rest) => {
		expect(
			brief(`${CSTO_LINE}\nنفت وزارة الدفاع الطاجيكية ${rest}.`.replace(' ،', '،'), '2022-09-20')
		).toEqual([]);
	});

	it.each([
		[
			'قوات الأمن',
			'وأعلنت وزارة الداخلية الكازاخستانية انسحاب قوات الأمن من ساحة الجمهورية في ألماتي يوم 15 يناير 2022.'
		],
		['القوات الخاصة', 'وبدأت القوات الخاصة انسحابها من مبنى البلدية في ألماتي يوم 14 يناير 2022.']
	])('does not read «%s» as the CSTO’s force named back', (_, text) => {
		expect(
			brief(
				`${CSTO_LINE}\nوصلت قوات حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي إلى كازاخستان يوم 6 يناير 2022.\n${text}`,
				'2022-01-16'
			)
		).toEqual(['deployment 2022-01-06']);
	});

	it('makes no summit of a phone call in which the summit is called a success', () => {
		expect(
			brief(
				`${CSTO_LINE}\nوقال الكرملين إن بوتين أجرى اتصالا هاتفيا أمس مع لوكاشينكو أكدا فيه أن قمة المنظمة في مينسك كانت ناجحة.`,
				'2023-11-25'
			)
		).toEqual([]);
	});

	it('places an exercise where «حيث» points, not where a later stage «على أن تنتقل» goes', () => {
		expect(
			one(
				`${CSTO_LINE}\nوصلت القوات الروسية إلى طاجيكستان، حيث انطلقت مناورات «الأخوة الدائمة» لقوات المنظمة يوم 10 أكتوبر 2022، على أن تنتقل المرحلة الثانية إلى قرغيزستان.`,
				'2022-10-11'
			).events.map((e) => e.countries[0])
		).toEqual(['TJK']);
	});

	it('reads those who took part past «فيما بين»', () => {
		const [e] = one(
			`${CSTO_LINE}\nوعقد مجلس وزراء خارجية المنظمة اجتماعه أمس في يريفان، وشارك في الاجتماع الذي بحث التنسيق فيما بين الدول الأعضاء وزراء خارجية روسيا وكازاخستان وأرمينيا.`,
			'2022-11-23'
		).events;
		expect(attendanceOf(e)).toEqual({ ARM: 'present', KAZ: 'present', RUS: 'present' });
	});

	it.each([
		[
			'a meeting «، والمقرر عقده» (an appositive, not a new clause)',
			'وأكد لافروف مشاركته في اجتماع مجلس وزراء خارجية المنظمة، والمقرر عقده في يريفان.'
		],
		[
			'preparations begun for an exercise still to come',
			'بدأت أمس في طاجيكستان الاستعدادات لمناورات قوات المنظمة التي تنطلق الأسبوع المقبل.'
		]
	])('makes no event of %s', (_, text) => {
		expect(brief(`${CSTO_LINE}\n${text}`, '2022-10-05')).toEqual([]);
	});

	it('places an exercise in the member named after it, not where «حيث» points back to', () => {
		expect(
			one(
				`${CSTO_LINE}\nشارك وزير الدفاع البيلاروسي في اجتماع في كازاخستان، حيث أعلن انطلاق مناورات لقوات المنظمة في بيلاروسيا يوم 3 أكتوبر 2022.`,
				'2022-10-05'
			).events.map((e) => e.countries[0])
		).toEqual(['BLR']);
	});

	it('keeps a member that did not decline («ولم تعتذر أرمينيا عن المشاركة فيها») among the parties', () => {
		expect(
			one(
				`${CSTO_LINE}\nانطلقت أمس في بيلاروسيا مناورات لقوات المنظمة، ولم تعتذر أرمينيا عن المشاركة فيها.`,
				'2023-09-02'
			).events.map((e) => e.countries.join('/'))
		).toEqual(['BLR/ARM']);
	});

	it('reads a leader’s absence told in a phone call («أبلغ … في اتصال هاتفي أنه لن يحضر القمة») into the summit', () => {
		const events = one(
			`${CSTO_LINE}\nعقدت قمة منظمة معاهدة الأمن الجماعي في مينسك يوم 23 نوفمبر 2023 بحضور رؤساء روسيا وبيلاروسيا وكازاخستان وقرغيزستان وطاجيكستان.\nوكان باشينيان قد أبلغ لوكاشينكو في اتصال هاتفي أنه لن يحضر القمة.`,
			'2023-11-24'
		).events;
		expect(events.map((e) => attendanceOf(e)?.ARM)).toEqual(['absent']);
	});

	it('makes no summit of two leaders discussing «التحضيرات للقمة» on the phone', () => {
		expect(
			brief(
				`${CSTO_LINE}\nوبحث بوتين وباشينيان في اتصال هاتفي يوم 20 نوفمبر 2023 التحضيرات للقمة.`,
				'2023-11-24'
			)
		).toEqual([]);
	});
});

describe('a date that belongs to a phone call, and a meeting hoped for', () => {
	it.each([
		[
			'a summit a leader hopes another will attend, told in a dated call',
			'أعرب الرئيس الروسي في اتصال هاتفي مع نظيره الأرميني يوم 20 نوفمبر 2022 عن أمله في أن يحضر قمة منظمة معاهدة الأمن الجماعي في يريفان.'
		],
		[
			'a summit a dated call discussed, the summit far from the call',
			'ناقش بوتين في اتصال هاتفي مع رئيس كازاخستان يوم 20 نوفمبر 2022 ما دار في قمة منظمة معاهدة الأمن الجماعي في يريفان.'
		],
		[
			'a summit whose decisions a leader praised in a dated call',
			'وأشاد بوتين في اتصال هاتفي مع رئيس كازاخستان يوم 20 نوفمبر 2022 بقرارات قمة منظمة معاهدة الأمن الجماعي في يريفان.'
		],
		[
			'a summit a leader called a success in a dated call',
			'قال بوتين في اتصال هاتفي مع نظيره الأرميني يوم 20 نوفمبر 2022 إن قمة منظمة معاهدة الأمن الجماعي في يريفان كانت ناجحة.'
		],
		[
			'an exercise a minister wishes to see held on a stated day',
			'وتمنى وزير الدفاع الطاجيكي أن تجرى مناورات قوات المنظمة في طاجيكستان يوم 20 نوفمبر 2022 بمشاركة الجميع.'
		]
	])('makes no event of %s', (_, text) => {
		expect(brief(`${CSTO_LINE}\n${text}`, '2022-11-21')).toEqual([]);
	});

	it('still dates a summit by its own day told after a dated call', () => {
		expect(
			brief(
				`${CSTO_LINE}\nوفي اتصال هاتفي يوم 20 نوفمبر 2022، بحث الرئيسان قمة المنظمة التي عقدت في يريفان يوم 23 نوفمبر 2022.`,
				'2022-11-25'
			)
		).toEqual(['summit 2022-11-23']);
	});

	it('still dates a summit whose own day stands before a hope voiced at it', () => {
		expect(
			brief(
				`${CSTO_LINE}\nوأعرب بوتين في كلمته أمام قمة المنظمة في يريفان يوم 23 نوفمبر 2022 عن أمله في أن تسهم القمة في تعزيز الأمن.`,
				'2022-11-24'
			)
		).toEqual(['summit 2022-11-23']);
	});
});

describe('a day counted from the happening the article dated before', () => {
	it.each([
		[
			'في اليوم التالي على الحدود',
			'واندلعت اشتباكات في اليوم التالي على الحدود بين أرمينيا وأذربيجان.'
		],
		[
			'في اليوم التالي للقمة',
			'واندلعت اشتباكات في اليوم التالي للقمة على الحدود بين أرمينيا وأذربيجان.'
		],
		[
			'في اليوم التالي لانعقاد القمة',
			'وفي اليوم التالي لانعقاد القمة اندلعت اشتباكات على الحدود بين أرمينيا وأذربيجان.'
		]
	])('dates a clash «%s» by the day after the summit, and the summit by its own day', (_, text) => {
		expect(
			brief(
				`${CSTO_LINE}\nعقدت قمة منظمة معاهدة الأمن الجماعي في يريفان يوم 23 نوفمبر 2022.\n${text}`,
				'2022-11-26'
			).sort()
		).toEqual(['clash 2022-11-24', 'summit 2022-11-23']);
	});
});

describe('a delegate shown at a meeting by what he did there', () => {
	const summit = (text: string, published: string) =>
		one(`${CSTO_LINE}\n${text}`, published).events.map((e) => attendanceOf(e));
	it.each([
		[
			'a speech before the summit',
			'قال الرئيس الروسي فلاديمير بوتين في كلمته أمام قمة منظمة معاهدة الأمن الجماعي في يريفان يوم 23 نوفمبر 2022 إن المنظمة تواجه تحديات.',
			{ RUS: 'present' }
		],
		[
			'a speech given at the summit, the speaker between verb and speech',
			'ألقى الرئيس الكازاخي قاسم جومارت توكاييف كلمة في قمة منظمة معاهدة الأمن الجماعي في مينسك يوم 23 نوفمبر 2023.',
			{ KAZ: 'present' }
		],
		[
			'a speech told before the speaker',
			'وفي كلمته أمام قمة منظمة معاهدة الأمن الجماعي في يريفان يوم 23 نوفمبر 2022، قال الرئيس البيلاروسي ألكسندر لوكاشينكو إن المنظمة قوية.',
			{ BLR: 'present' }
		],
		[
			'talks on the summit’s sidelines, both sides',
			'التقى الرئيس الروسي نظيره الطاجيكي على هامش قمة منظمة معاهدة الأمن الجماعي في دوشنبه يوم 16 سبتمبر 2021.',
			{ RUS: 'present', TJK: 'present' }
		]
	])('reads %s as being there', (_, text, expected) => {
		expect(summit(text, '2023-11-25')).toEqual([expected]);
	});

	it.each([
		[
			'talks planned on the sidelines',
			'عقدت قمة منظمة معاهدة الأمن الجماعي في دوشنبه يوم 16 سبتمبر 2021، ومن المقرر أن يلتقي بوتين وتوكاييف على هامش القمة.'
		],
		[
			'a speech in another place about the summit',
			'عقدت قمة منظمة معاهدة الأمن الجماعي في دوشنبه يوم 16 سبتمبر 2021، وقال بوتين في كلمته أمام البرلمان إن القمة ناجحة.'
		]
	])('reads no one present from %s', (_, text) => {
		expect(summit(text, '2021-09-20')).toEqual([null]);
	});
});

describe('what holdout10 taught (rules of the language, sentences of my own)', () => {
	it('makes no CSTO meeting of the Organization of Turkic States’ ministers meeting in a roundup', () => {
		expect(
			brief(
				`${CSTO_LINE}\nوفي سياق متصل، يعقد وزراء خارجية منظمة الدول التركية اليوم الثلاثاء اجتماعا طارئا عبر الفيديو لبحث الأوضاع في المنطقة.`,
				'2022-01-11'
			)
		).toEqual([]);
	});

	it('makes no clash of one reports told and a denial then names again («نفى وقوع أي اشتباك»)', () => {
		expect(
			brief(
				`${CSTO_LINE}\nتناقلت صفحات على مواقع التواصل أمس أنباء عن اشتباكات على الحدود بين قرغيزستان وطاجيكستان، إلا أن سلطات البلدين نفت وقوع أي اشتباك.`,
				'2022-10-05'
			)
		).toEqual([]);
	});

	it('still makes a clash of one a denial does not name again', () => {
		expect(
			brief(
				`${CSTO_LINE}\nتحدثت أنباء عن اشتباكات على الحدود بين قرغيزستان وطاجيكستان أمس، فيما نفت بيشكك وقوع أي قتلى في صفوفها.`,
				'2022-10-05'
			)
		).toEqual(['clash 2022-10-04']);
	});

	it('dates a meeting held «عشية القمة» the day before the summit the article dated', () => {
		expect(
			brief(
				`${CSTO_LINE}\nعقد مجلس الأمن الجماعي للمنظمة اليوم دورته في يريفان بحضور قادة الدول الأعضاء.\nوكان وزراء الخارجية قد عقدوا عشية القمة اجتماعا في المدينة ذاتها.`,
				'2022-11-23'
			).sort()
		).toEqual(['summit 2022-11-22', 'summit 2022-11-23']);
	});

	it('dates what a digest’s day header «الخميس 13/1:» heads, in the page’s year', () => {
		expect(
			brief(
				'الخميس 13/1: بدأت قوات حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي الانسحاب من كازاخستان.',
				'2022-01-21'
			)
		).toEqual(['deployment 2022-01-13']);
	});
});

describe('what the review of session 11’s rules reproduced', () => {
	const MINSK = 'عقدت قمة منظمة معاهدة الأمن الجماعي في مينسك يوم 23 نوفمبر 2023.';
	it.each([
		'والتقى رئيس الوزراء الأرميني نيكول باشينيان الرئيس الفرنسي إيمانويل ماكرون على هامش قمة المجموعة السياسية الأوروبية في غرناطة في أكتوبر الماضي.',
		'وقال باشينيان في كلمته أمام اجتماع الحكومة الأرمينية يوم الخميس إن بلاده لا ترى فائدة من المنظمة.',
		'ونفى الكرملين أن يكون بوتين قد التقى رئيس الوزراء الأرميني على هامش القمة.',
		'وفي كلمته أمام القمة، أشار الأمين العام للمنظمة إلى أن رئيس الوزراء الأرميني قرر عدم الحضور.'
	])('makes no one present at the summit from «%s»', (text) => {
		const events = one(`${CSTO_LINE}\n${MINSK}\n${text}`, '2023-11-24').events;
		expect(events.map((e) => attendanceOf(e))).toEqual([null]);
	});

	it('counts only the two sides of talks on the sidelines, not a leader they talked about', () => {
		const events = one(
			`${CSTO_LINE}\n${MINSK}\nوالتقى بوتين على هامش القمة بالرئيس القرغيزي صدر جباروف، وسلمه رسالة من رئيس الوزراء الأرميني.`,
			'2023-11-24'
		).events;
		expect(events.map((e) => attendanceOf(e))).toEqual([{ KGZ: 'present', RUS: 'present' }]);
	});

	it.each([
		[
			'a day stated for an announcement of the summit, not the summit',
			'وأعلن الكرملين يوم 20 نوفمبر 2022 أن بوتين سيشارك في القمة في يريفان.\nوفي اليوم التالي للقمة اندلعت اشتباكات على الحدود بين أرمينيا وأذربيجان.',
			['clash 2022-11']
		],
		[
			'a day stated for a clash before a summit named after it',
			'وعقدت قمة يريفان يوم 23 نوفمبر 2022، بعد شهرين من هجوم 13 سبتمبر 2022.\nوفي اليوم التالي للقمة اندلعت اشتباكات على الحدود بين أرمينيا وأذربيجان.',
			['clash 2022-11', 'summit 2022-11-23']
		]
	])('does not count «اليوم التالي للقمة» from %s', (_, text, expected) => {
		expect(brief(`${CSTO_LINE}\n${text}`, '2022-11-28').sort()).toEqual(expected);
	});

	it.each([
		[
			'a clash after a call told in a clause of its own',
			'وبعد اتصال هاتفي أجراه باشينيان مع قادة دول المنظمة، اندلعت في 14 سبتمبر 2022 اشتباكات جديدة على الحدود الأرمينية الأذربيجانية.',
			'2022-09-20',
			['clash 2022-09-14']
		],
		[
			'a clash told in a call on its day',
			'وأبلغ باشينيان بوتين في اتصال هاتفي فجر 13 سبتمبر 2022 بالهجوم الأذربيجاني على الأراضي الأرمينية واندلاع اشتباكات عنيفة على الحدود.',
			'2022-09-20',
			['clash 2022-09-13']
		],
		[
			'a summit a call announced for its day in a that-clause',
			'وأكد بوتين في اتصال هاتفي مع باشينيان أن يوم 23 نوفمبر 2022 سيشهد انعقاد قمة المنظمة في يريفان.',
			'2022-11-26',
			['summit 2022-11-23']
		],
		[
			'a clash told done in the relative clause of a hope',
			'وأعرب الكرملين عن أمله في أن يلتزم الطرفان بوقف إطلاق النار بعد الاشتباكات التي اندلعت على الحدود القرغيزية الطاجيكية يوم 14 سبتمبر 2022.',
			'2022-09-20',
			['clash 2022-09-14']
		]
	])('keeps the day of %s', (_, text, published, expected) => {
		expect(brief(`${CSTO_LINE}\n${text}`, published)).toEqual(expected);
	});
});

describe('close paraphrases the review found still unread', () => {
	const MINSK = 'عقدت قمة منظمة معاهدة الأمن الجماعي في مينسك يوم 23 نوفمبر 2023.';
	it.each([
		['وأجرى بوتين محادثات مع توكاييف على هامش القمة.', { KAZ: 'present', RUS: 'present' }],
		['وقال بوتين، متحدثا أمام القمة، إن المنظمة قوية.', { RUS: 'present' }],
		['وقال توكاييف أمام القمة إن المنظمة يجب أن تتكيف.', { KAZ: 'present' }]
	])('reads «%s» as being there', (text, expected) => {
		const events = one(`${CSTO_LINE}\n${MINSK}\n${text}`, '2023-11-24').events;
		expect(events.map((e) => attendanceOf(e))).toEqual([expected]);
	});

	it.each([
		'وفي اليوم التالي للقمة، اندلعت اشتباكات على الحدود بين أرمينيا وأذربيجان.',
		'واندلعت اشتباكات على الحدود بين أرمينيا وأذربيجان غداة القمة.'
	])('dates «%s» the day after the summit', (text) => {
		expect(
			brief(
				`${CSTO_LINE}\nوعقدت قمة المنظمة يوم 23 نوفمبر 2022 في يريفان.\n${text}`,
				'2022-11-28'
			).sort()
		).toEqual(['clash 2022-11-24', 'summit 2022-11-23']);
	});

	it('makes no exercise of one a minister «أبدى … أمله في أن» be held on a stated day', () => {
		expect(
			brief(
				`${CSTO_LINE}\nوأبدى وزير الدفاع الطاجيكي أمله في أن تجرى مناورات قوات المنظمة في طاجيكستان يوم 20 نوفمبر 2022 بمشاركة الجميع.`,
				'2022-11-26'
			)
		).toEqual([]);
	});
});

describe('a bulletin’s timed entries under a day header', () => {
	const PAGE = (entries: string) =>
		`موجز آسيا الوسطى\nالأربعاء 14 سبتمبر 2022\n\n${entries}\n\nالجمعة 16 سبتمبر 2022\n\n🔴 09:10 | وزير الخارجية القرغيزي يستقبل سفراء الدول الأعضاء في منظمة معاهدة الأمن الجماعي.`;
	it('dates a clash a timed entry reports by its header’s day', () => {
		expect(
			brief(
				PAGE(
					'🔴 10:40 | عاجل: اشتباكات بالأسلحة الرشاشة بين حرس الحدود القرغيزي والطاجيكي في منطقة باتكن.'
				),
				'2022-09-16'
			)
		).toEqual(['clash 2022-09-14']);
	});

	it('leaves a clash told in an untimed line of such a page undated by the header', () => {
		expect(
			brief(
				PAGE(
					'وكانت اشتباكات بالأسلحة الرشاشة قد اندلعت بين حرس الحدود القرغيزي والطاجيكي في منطقة باتكن.'
				),
				'2022-09-16'
			)
		).toEqual(['clash 2022-09']);
	});
});

describe('a timeline box’s nominal entries', () => {
	it('reads «انطلاق "الأخوة القتالية 2023"» as the exercise starting that day, without the member it went without', () => {
		const events = one(
			`${CSTO_LINE}\nأبرز المحطات\n- 1 سبتمبر/أيلول 2023: انطلاق "الأخوة القتالية 2023" في بيلاروسيا من دون أرمينيا.`,
			'2023-09-08'
		).events;
		expect(events.map((e) => `${e.type} ${e.date} ${e.countries.join('/')}`)).toEqual([
			'deployment 2023-09-01 BLR'
		]);
	});

	it('makes no exercise of a quoted name with no exercise’s name in it', () => {
		expect(
			brief(
				`${CSTO_LINE}\nأبرز المحطات\n- 1 سبتمبر/أيلول 2023: انطلاق "منتدى الأمن 2023" في مينسك.`,
				'2023-09-08'
			)
		).toEqual([]);
	});
});

describe('what the second review of session 11’s rules reproduced', () => {
	it.each([
		[
			'a denial of only a new clash',
			'أفادت تقارير عن اشتباكات عنيفة على الحدود بين قرغيزستان وطاجيكستان يوم 14 سبتمبر 2022، غير أن الجانب الطاجيكي نفى وقوع أي اشتباك جديد صباح اليوم.',
			'2022-09-16',
			['clash 2022-09-14..2022-09-16']
		],
		[
			'a denial of a clash inside one side’s land only',
			'وتحدثت تقارير عن اشتباكات دامية بين القوات القرغيزية والطاجيكية يوم 16 سبتمبر 2022، فيما نفت دوشنبه وقوع أي اشتباكات داخل أراضيها.',
			'2022-09-17',
			['clash 2022-09-16']
		],
		[
			'a weekday header with a dash «الخميس 13-1:»',
			'الخميس 13-1: بدأت قوات حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي الانسحاب من كازاخستان.',
			'2022-01-20',
			['deployment 2022-01-13']
		],
		[
			'a hope voiced after a withdrawal dated before it',
			'وأعرب توكاييف عن أمله في استقرار الوضع بعد انسحاب قوات حفظ السلام التابعة للمنظمة من كازاخستان يوم 13 يناير 2022.',
			'2022-01-20',
			['deployment 2022-01-13']
		]
	])('keeps the happening of %s', (_, text, published, expected) => {
		expect(brief(`${CSTO_LINE}\n${text}`, published)).toEqual(expected);
	});

	it('credits the speaker a «، وقال …» clause names, not the sentence’s first subject', () => {
		const events = one(
			`${CSTO_LINE}\nعقدت قمة منظمة معاهدة الأمن الجماعي في مينسك يوم 23 نوفمبر 2023.\nوأكد وزير الخارجية الأرميني أرارات ميرزويان في يريفان تمسك بلاده بالسلام، وقال بوتين أمام القمة إن الحلف متماسك.`,
			'2023-11-24'
		).events;
		expect(events.map((e) => attendanceOf(e))).toEqual([{ RUS: 'present' }]);
	});

	it('makes no one present from conditions announced «للمشاركة في القمة»', () => {
		const events = one(
			`${CSTO_LINE}\nعقدت قمة منظمة معاهدة الأمن الجماعي في مينسك يوم 23 نوفمبر 2023.\nوكان باشينيان قد أعلن شروطه للمشاركة في القمة.`,
			'2023-11-24'
		).events;
		expect(events.map((e) => attendanceOf(e))).toEqual([null]);
	});

	it('reads «تابع» after a quotation as the speaker’s verb', () => {
		const events = one(
			`${CSTO_LINE}\nعقدت قمة منظمة معاهدة الأمن الجماعي في يريفان يوم 23 نوفمبر 2022.\n"إن الوضع على الحدود الأفغانية يثير القلق"، تابع الرئيس الكازاخي قاسم جومارت توكاييف.`,
			'2022-11-24'
		).events;
		expect(events.map((e) => attendanceOf(e))).toEqual([{ KAZ: 'present' }]);
	});

	it('does not date a timed entry that recalls («يذكر أن», «وكانت … قد») by its header', () => {
		expect(
			brief(
				`${CSTO_LINE}\nالخميس 15/09/2022\n\n🔴 11:30 | يذكر أن اشتباكات دامية اندلعت بين أرمينيا وأذربيجان على الحدود.\n\nالجمعة 16/09/2022\n\n🔴 09:15 | وكانت قوات حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي قد انتشرت في كازاخستان لقمع الاحتجاجات.`,
				'2022-09-16'
			)
				.map((e) => e.split(' ')[1])
				.every((d) => d === '2022-09')
		).toBe(true);
	});
});

describe('what session 12 found in the rules’ own notes', () => {
	const CLASH = 'اندلعت اشتباكات على الحدود بين قرغيزستان وطاجيكستان يوم 14 سبتمبر 2022،';
	it.each([
		['«قبل أيام من قمة المنظمة في دوشنبه»', 'قبل أيام من قمة المنظمة في دوشنبه'],
		['«قبيل قمة المنظمة في دوشنبه»', 'قبيل قمة المنظمة في دوشنبه'],
		['«قبل قمة المنظمة في دوشنبه بأيام»', 'قبل قمة المنظمة في دوشنبه بأيام'],
		['«قبل انعقاد قمة المنظمة في دوشنبه»', 'قبل انعقاد قمة المنظمة في دوشنبه']
	])(
		'neither dates nor places a summit still to come, %s, by the clash told before it',
		(_, tail) => {
			const events = one(`${CSTO_LINE}\n${CLASH} ${tail}.`, '2022-09-20').events;
			expect(events.map((e) => `${e.type} ${e.date}`)).toEqual(['clash 2022-09-14']);
			expect(events[0]!.place?.name.en).not.toBe('Dushanbe');
		}
	);

	it('still dates a summit named after «قبل» by a clause of its own that tells it held', () => {
		expect(
			brief(`${CSTO_LINE}\n${CLASH} قبل قمة دوشنبه التي عقدت يوم 16 سبتمبر 2022.`, '2022-09-20')
		).toContain('summit 2022-09-16');
	});

	const MINSK = 'عقدت قمة منظمة معاهدة الأمن الجماعي في مينسك يوم 23 نوفمبر 2023.';
	const attendance = (line: string) =>
		one(`${CSTO_LINE}\n${MINSK}\n${line}`, '2023-11-24').events.map((e) => attendanceOf(e));

	it.each([
		[
			'attending declared pointless («عدم جدوى المشاركة في القمة»)',
			'وأكد رئيس الوزراء الأرميني نيكول باشينيان عدم جدوى المشاركة في القمة.',
			{ ARM: 'absent' }
		],
		[
			'an absence that stops at the comma before another leader’s own verb',
			'وسط غياب رئيس الوزراء الأرميني نيكول باشينيان، ألقى الرئيس الكازاخي قاسم جومارت توكاييف كلمة دعا فيها إلى الوحدة.',
			{ ARM: 'absent' }
		],
		[
			'the chair after an absence and a comma',
			'وغاب عن القمة باشينيان، وترأس لوكاشينكو الجلسة.',
			{ ARM: 'absent', BLR: 'present' }
		],
		[
			'an absence that reaches a leader listed after a comma («، وكذلك»)',
			'وغاب عن القمة رئيس الوزراء الأرميني، وكذلك الرئيس القرغيزي.',
			{ ARM: 'absent', KGZ: 'absent' }
		],
		[
			'a presence that reaches «كل من» after an aside',
			'وشارك في القمة إلى جانب لوكاشينكو، الذي ترأسها، كل من الرئيس الروسي فلاديمير بوتين، والكازاخستاني قاسم جومارت توكاييف.',
			{ BLR: 'present', RUS: 'present', KAZ: 'present' }
		],
		[
			'a speech before the summit after a negated clause («لن يؤثر …، وقال بوتين أمام القمة»)',
			'وأكد لوكاشينكو أن الخلافات لن تؤثر على عمل المنظمة، وقال بوتين أمام القمة إن الحلف متماسك.',
			{ RUS: 'present' }
		],
		[
			'a leader at the summit under another verb negated («لم يخف … في القمة قلقه»)',
			'ولم يخف توكاييف في القمة قلقه من الوضع.',
			{ KAZ: 'present' }
		]
	])('reads %s', (_, line, expected) => {
		expect(attendance(line)).toEqual([expected]);
	});

	it.each([
		['a speech denied («لم يلق … كلمة في القمة»)', 'ولم يلق باشينيان كلمة في القمة.'],
		[
			'a speech still to come («من المقرر أن يلقي …، وهو …، كلمة في القمة»)',
			'ومن المقرر أن يلقي بوتين، وهو أقدم القادة، كلمة في القمة.'
		],
		['a speech that will not be given («لن يتحدث … في القمة»)', 'ولن يتحدث بوتين في القمة.']
	])('makes no one present from %s', (_, line) => {
		expect(attendance(line)).toEqual([null]);
	});
});

describe('what holdout11 taught (rules of the language, sentences of my own)', () => {
	const statuses = (text: string, published: string) =>
		(one(`${CSTO_LINE}\n${text}`, published).memberStatus['ARM'] ?? []).map((p) => p.status);

	it.each([
		[
			'«لم يعثر … على أي إعلان … بالانسحاب»',
			'لم يعثر فريق التحقق على أي إعلان رسمي أرميني بالانسحاب من المنظمة.'
		],
		[
			'«لم نجد أي إعلان … عن تجميد»',
			'لم نجد أي إعلان رسمي من أرمينيا عن تجميد مشاركتها في المنظمة.'
		],
		['«لا يوجد أي قرار … بتجميد»', 'لا يوجد أي قرار أرميني بتجميد المشاركة في المنظمة.'],
		[
			'«لم يعلن … عن أي نية لمغادرة» far from its verb',
			'ولم يعلن رئيس الوزراء الأرميني نيكول باشينيان عن أي نية لمغادرة المنظمة.'
		]
	])('reads no freeze or leaving from a finding or announcement of none, %s', (_, text) => {
		expect(statuses(text, '2023-09-15')).not.toContain('frozen');
		expect(statuses(text, '2023-09-15')).not.toContain('strained');
	});

	it('still reads a freeze decided', () => {
		expect(statuses('وقررت أرمينيا تجميد مشاركتها في المنظمة.', '2023-09-15')).toEqual(['frozen']);
	});

	it('makes no clash of the lone country that reached a truce agreement (the broker)', () => {
		expect(
			brief(
				`${CSTO_LINE}\nونذكر بأن الجانب الروسي تمكن من التوصل إلى اتفاق على وقف إطلاق النار اعتبارا من صباح الثلاثاء 13 سبتمبر 2022.`,
				'2022-09-14'
			)
		).toEqual([]);
	});

	it('still makes a clash of the two sides that reached a truce agreement', () => {
		expect(
			brief(
				`${CSTO_LINE}\nوتوصلت أرمينيا وأذربيجان إلى اتفاق على وقف إطلاق النار يوم 13 سبتمبر 2022.`,
				'2022-09-14'
			)
		).toEqual(['clash 2022-09-13']);
	});

	it('makes no withdrawal of a figure of speech in quotes («تتهم الحكومة بـ"الانسحاب الصامت"»)', () => {
		expect(
			brief(
				`${CSTO_LINE}\nالبرلمان الأرميني يناقش البقاء في "الأمن الجماعي".. والمعارضة تتهم الحكومة بـ"الانسحاب الصامت"\n\nيريفان - 28 سبتمبر 2023`,
				'2023-09-28'
			)
		).toEqual([]);
	});

	it('still reads a withdrawal of troops quoted whole', () => {
		expect(
			brief(
				`${CSTO_LINE}\nوبدأ "انسحاب قوات حفظ السلام" التابعة للمنظمة من كازاخستان يوم 13 يناير 2022.`,
				'2022-01-14'
			)
		).toEqual(['deployment 2022-01-13']);
	});

	it('dates the article’s one clash by a sentence naming «الجانبين», past a clash only recalled', () => {
		expect(
			brief(
				`قرغيزستان وطاجيكستان: حصيلة ثقيلة لاشتباكات الحدود\n\nالجمعة 30 أفريل 2021\n\nارتفعت حصيلة الاشتباكات على الحدود بين قرغيزستان وطاجيكستان إلى عشرات القتلى، في أسوأ مواجهات بين الجارتين منذ سنوات.\n\nواندلعت المواجهات أمس الأول الأربعاء 28 أفريل قرب قرية حدودية، حين تراشق سكان من الجانبين بالحجارة.\n\nوأعلن الرئيس القرغيزي صادر جباروف أن بلاده لا تريد الحرب، فيما دعا الرئيس الطاجيكي إمام علي رحمان إلى الحوار، بعدما اتفق وزيرا خارجية البلدين أمس الخميس على وقف إطلاق النار.`,
				'2021-04-30'
			)
		).toEqual(['clash 2021-04-28']);
	});

	const YEREVAN = 'عقدت قمة منظمة معاهدة الأمن الجماعي في يريفان يوم 23 نوفمبر 2022.';
	it('gives every name listed in apposition to a counted subject its verb («القادة الخمسة، فلان وفلان…، جلسوا»)', () => {
		const events = one(
			`${CSTO_LINE}\n${YEREVAN}\nوكتبت الصحيفة أن القادة الخمسة، فلاديمير بوتين وألكسندر لوكاشينكو وإمام علي رحمون، جلسوا إلى الطاولة نفسها مع مضيفهم.`,
			'2022-11-24'
		).events;
		expect(events.map((e) => attendanceOf(e))).toEqual([
			{ RUS: 'present', BLR: 'present', TJK: 'present' }
		]);
	});

	it('does not list the object named right after the subject («أبلغ باشينيان لوكاشينكو بعدم مشاركته»)', () => {
		const events = one(
			`${CSTO_LINE}\nعقدت قمة منظمة معاهدة الأمن الجماعي في مينسك يوم 23 نوفمبر 2023.\nوأبلغ رئيس الوزراء الأرميني نيكول باشينيان لوكاشينكو قبل أيام بعدم مشاركته.`,
			'2023-11-24'
		).events;
		expect(events.map((e) => attendanceOf(e))).toEqual([{ ARM: 'absent' }]);
	});

	const partiesOf = (text: string, published: string) =>
		one(`${CSTO_LINE}\n${text}`, published).events.map((e) => [...e.countries].sort().join('/'));

	it.each([
		[
			'«ولم ترسل أرمينيا إليها أي جندي»',
			'وجرت بين الأول والسادس من سبتمبر 2023 في بيلاروسيا مناورات "الأخوة القتالية 2023" التي نظمتها منظمة معاهدة الأمن الجماعي بمشاركة روسيا وكازاخستان، ولم ترسل أرمينيا إليها أي جندي.'
		],
		[
			'«وأرمينيا لن تشارك فيها»',
			'وانطلقت يوم 1 سبتمبر 2023 في بيلاروسيا مناورات منظمة معاهدة الأمن الجماعي بمشاركة روسيا وكازاخستان، وأرمينيا لن تشارك فيها.'
		]
	])('makes no party to an exercise of a member that sent no one, %s', (_, text) => {
		expect(partiesOf(text, '2023-09-10')).toEqual(['BLR/KAZ/RUS']);
	});

	it('cites a sentence telling only who stayed out for the exercise the article reports', () => {
		const set = one(
			`${CSTO_LINE}\nوانطلقت يوم 1 سبتمبر 2023 في بيلاروسيا مناورات منظمة معاهدة الأمن الجماعي بمشاركة روسيا وكازاخستان.\nولم ترسل أرمينيا أي عسكري إلى التدريبات.`,
			'2023-09-10'
		);
		expect(set.events.map((e) => [...e.countries].sort().join('/'))).toEqual(['BLR/KAZ/RUS']);
		expect(set.events[0]!.sources.length).toBe(2);
	});

	it.each([
		[
			'where the treaty was signed («على توقيع معاهدة الأمن الجماعي في طشقند»), but the host («احتضن الكرملين»)',
			'احتضن الكرملين اليوم الإثنين قمة لقادة منظمة معاهدة الأمن الجماعي بمناسبة مرور ثلاثين عاما على توقيع معاهدة الأمن الجماعي في طشقند.',
			'Moscow'
		],
		[
			'the city that hosted it («استضافت مينسك»)',
			'استضافت مينسك اليوم الاثنين قمة منظمة معاهدة الأمن الجماعي.',
			'Minsk'
		]
	])('places a summit not at %s', (_, text, place) => {
		const events = one(`${CSTO_LINE}\n${text}`, '2022-05-16').events;
		expect(events.map((e) => e.place?.name.en)).toEqual([place]);
		expect(events[0]!.countries).not.toContain('UZB');
	});
});

describe('a clash’s span and another happening’s day', () => {
	it('does not span a clash to the day a summit named after it was held', () => {
		expect(
			brief(
				`${CSTO_LINE}\nاندلعت اشتباكات على الحدود بين قرغيزستان وطاجيكستان يوم 14 سبتمبر 2022، قبل قمة دوشنبه التي عقدت يوم 16 سبتمبر 2022.`,
				'2022-09-20'
			)
		).toEqual(['clash 2022-09-14', 'summit 2022-09-16']);
	});

	it('still spans a clash to a day of its own told after it', () => {
		expect(
			brief(
				`${CSTO_LINE}\nاندلعت اشتباكات على الحدود بين قرغيزستان وطاجيكستان يوم 14 سبتمبر 2022، وتجددت يوم 16 سبتمبر 2022.`,
				'2022-09-20'
			)
		).toEqual(['clash 2022-09-14..2022-09-16']);
	});
});

describe('a bulletin’s toll entry', () => {
	it('does not date the clash it counts by its own header’s day («حصيلة الاشتباكات ترتفع»)', () => {
		expect(
			brief(
				`${CSTO_LINE}\nالثلاثاء 13/09/2022\n\n🔴 02:10 | عاجل: اشتباكات عنيفة على الحدود بين أرمينيا وأذربيجان.\n\nالخميس 15/09/2022\n\n🔴 10:40 | حصيلة الاشتباكات بين أرمينيا وأذربيجان ترتفع إلى 200 قتيل.`,
				'2022-09-15'
			)
		).toEqual(['clash 2022-09-13']);
	});

	it('still dates a clash a later entry reports anew by that entry’s header', () => {
		expect(
			brief(
				`${CSTO_LINE}\nالثلاثاء 13/09/2022\n\n🔴 02:10 | عاجل: اشتباكات عنيفة على الحدود بين أرمينيا وأذربيجان.\n\nالخميس 15/09/2022\n\n🔴 10:40 | تجدد الاشتباكات بين أرمينيا وأذربيجان على الحدود.`,
				'2022-09-15'
			)
		).toEqual(['clash 2022-09-13..2022-09-15']);
	});
});

describe('what the review of session 12’s rules reproduced', () => {
	const statuses = (text: string, published: string) =>
		(one(`${CSTO_LINE}\n${text}`, published).memberStatus['ARM'] ?? []).map((p) => p.status);

	it.each([
		[
			'«لم تجد … بدا من تجميد» (no choice but to)',
			'ولم تجد أرمينيا بدا من تجميد مشاركتها في المنظمة.'
		],
		[
			'«لا جديد … سوى أن أرمينيا جمدت»',
			'لا جديد في الموقف سوى أن أرمينيا جمدت مشاركتها في المنظمة.'
		],
		[
			'«لم يصدر عن المنظمة أي تعليق على قرار … تجميد»',
			'ولم يصدر عن المنظمة أي تعليق على قرار أرمينيا تجميد مشاركتها في أنشطتها.'
		],
		[
			'«لم يرصد المراقبون أي نشاط … منذ تجميد»',
			'ولم يرصد المراقبون أي نشاط أرميني في المنظمة منذ تجميد يريفان مشاركتها.'
		],
		[
			'«لم يقدم … سوى إعلان تجميد»',
			'ولم يقدم باشينيان في خطابه أمام البرلمان سوى إعلان تجميد مشاركة أرمينيا في المنظمة.'
		]
	])('still reads a freeze told %s', (_, text) => {
		expect(statuses(text, '2023-09-15')).toEqual(['frozen']);
	});

	it('still reads an appeal the alliance left unanswered («لم تجد يريفان أي استجابة لطلبها»)', () => {
		expect(
			statuses(
				'ولم تجد يريفان أي استجابة لطلبها تفعيل المادة الرابعة من معاهدة الأمن الجماعي.',
				'2022-09-15'
			)
		).toEqual(['active']);
	});

	it.each([
		[
			'«بمناسبة الذكرى الثلاثين لتأسيس المنظمة، عقدت القمة في موسكو»',
			'بمناسبة الذكرى الثلاثين لتأسيس المنظمة، عقدت القمة في موسكو يوم 16 مايو 2022.',
			'Moscow'
		],
		[
			'«… لتأسيس المنظمة عقدت القمة في موسكو»',
			'بمناسبة الذكرى الثلاثين لتأسيس المنظمة عقدت القمة في موسكو يوم 16 مايو 2022.',
			'Moscow'
		],
		[
			'«وجرى توقيع الوثائق الختامية لقمة المنظمة في … يريفان»',
			'وجرى توقيع الوثائق الختامية لقمة المنظمة في العاصمة الأرمينية يريفان يوم 16 مايو 2022.',
			'Yerevan'
		],
		[
			'«قمة المنظمة التي تستضيفها موسكو»',
			'عقدت يوم 16 مايو 2022 قمة المنظمة التي تستضيفها موسكو.',
			'Moscow'
		]
	])('places a summit where it met: %s', (_, text, place) => {
		expect(one(`${CSTO_LINE}\n${text}`, '2022-05-17').events.map((e) => e.place?.name.en)).toEqual([
			place
		]);
	});

	it('keeps a side that announced a truce agreement a party to the clash', () => {
		expect(
			one(
				`${CSTO_LINE}\nوأعلنت أرمينيا التوصل إلى اتفاق على وقف إطلاق النار مساء 14 سبتمبر 2022 بعد اشتباكات دامية على الحدود.`,
				'2022-09-15'
			).events.map((e) => `${e.type} ${e.date} ${e.countries.join('/')}`)
		).toEqual(['clash 2022-09-14 ARM']);
	});

	it('places a clash where a local meeting it broke out during was held', () => {
		expect(
			one(
				`${CSTO_LINE}\nاندلعت اشتباكات بين قرغيزستان وطاجيكستان يوم 14 سبتمبر 2022، أثناء اجتماع لممثلي حرس الحدود في منطقة باتكين.`,
				'2022-09-16'
			).events.map((e) => e.place?.name.en)
		).toEqual(['Batken']);
	});

	const MINSK = 'عقدت قمة منظمة معاهدة الأمن الجماعي في مينسك يوم 23 نوفمبر 2023.';
	const attendance = (line: string) =>
		one(`${CSTO_LINE}\n${MINSK}\n${line}`, '2023-11-24').events.map((e) => attendanceOf(e));

	it.each([
		[
			'a speech «كما كان مقررا»',
			'وكما كان مقررا، ألقى الرئيس الروسي فلاديمير بوتين كلمة في القمة.',
			{ RUS: 'present' }
		],
		[
			'a speech in a that-clause after a negated verb',
			'ولن ينسى أحد أن بوتين ألقى كلمة في القمة.',
			{ RUS: 'present' }
		],
		[
			'«، علاوة على الرئيس الروسي»',
			'وشارك في القمة لوكاشينكو، علاوة على الرئيس الروسي فلاديمير بوتين.',
			{ BLR: 'present', RUS: 'present' }
		],
		[
			'«، بمن فيهم الرئيس الروسي»',
			'وشارك في القمة عدد من القادة، بمن فيهم الرئيس الروسي فلاديمير بوتين.',
			{ RUS: 'present' }
		],
		[
			'«، وكذا الرئيس الروسي»',
			'وحضر القمة لوكاشينكو، وكذا الرئيس الروسي فلاديمير بوتين.',
			{ BLR: 'present', RUS: 'present' }
		]
	])('still reads %s', (_, line, expected) => {
		expect(attendance(line)).toEqual([expected]);
	});

	it('still dates a summit by the day a leader arrived «قبيل قمة المنظمة»', () => {
		expect(
			brief(
				`${CSTO_LINE}\nوصل الرئيس الروسي فلاديمير بوتين إلى مينسك يوم 23 نوفمبر 2023 قبيل قمة المنظمة.`,
				'2023-11-24'
			)
		).toEqual(['summit 2023-11-23']);
	});

	it('reads «قبل يومين فقط من قمة» as a summit still to come', () => {
		expect(
			brief(
				`${CSTO_LINE}\nاندلعت اشتباكات على الحدود بين قرغيزستان وطاجيكستان يوم 14 سبتمبر 2022، قبل يومين فقط من قمة المنظمة في دوشنبه.`,
				'2022-09-20'
			)
		).toEqual(['clash 2022-09-14']);
	});

	it('keeps an exercise the sentence names the CSTO’s when the only member named sent no one', () => {
		expect(
			brief(
				`${CSTO_LINE}\nانطلقت يوم 2 سبتمبر 2023 مناورات "التفاعل 2023" لمنظمة معاهدة الأمن الجماعي، ولم ترسل أرمينيا إليها أي جندي.`,
				'2023-09-03'
			)
		).toEqual(['deployment 2023-09-02']);
	});
});

describe('what the second review of session 12’s rules reproduced', () => {
	const statuses = (text: string, published: string) =>
		(one(`${CSTO_LINE}\n${text}`, published).memberStatus['ARM'] ?? []).map((p) => p.status);

	it.each([
		[
			'«أي بيان بشأن قرار … تجميد»',
			'ولم يصدر عن المنظمة أي بيان بشأن قرار أرمينيا تجميد مشاركتها في أنشطتها.'
		],
		[
			'«أي بيان بعد إعلان … تجميد»',
			'ولم يصدر عن الكرملين أي بيان بعد إعلان أرمينيا تجميد مشاركتها في المنظمة.'
		],
		['«أي قرار سوى تجميد»', 'ولم يصدر عن يريفان أي قرار سوى تجميد مشاركتها في المنظمة.'],
		[
			'«أي إشارة إلى تراجع … عن تجميد»',
			'ولا توجد أي إشارة إلى تراجع يريفان عن تجميد مشاركتها في المنظمة.'
		],
		[
			'«أي قرار أوروبي يلزم أرمينيا بتجميد»',
			'ولا يوجد أي قرار أوروبي يلزم أرمينيا بتجميد مشاركتها في المنظمة، لكنها جمدتها.'
		]
	])('still reads a freeze a statement of none is only about, %s', (_, text) => {
		expect(statuses(text, '2023-09-15')).toEqual(['frozen']);
	});

	it('still reads an appeal a statement of none is about («أي قرار بشأن طلب أرمينيا»)', () => {
		expect(
			statuses(
				'ولم يصدر عن المنظمة أي قرار بشأن طلب أرمينيا تفعيل المادة الرابعة من المعاهدة.',
				'2022-09-15'
			)
		).toEqual(['active']);
	});

	const CLASH = 'اندلعت اشتباكات على الحدود بين قرغيزستان وطاجيكستان يوم 14 سبتمبر 2022';
	it('still spans a clash that flared again on a day told before a meeting’s noun', () => {
		expect(
			brief(
				`${CSTO_LINE}\n${CLASH}، وتجددت يوم 16 سبتمبر بالتزامن مع انعقاد قمة المنظمة في دوشنبه.`,
				'2022-09-17'
			)
		).toContain('clash 2022-09-14..2022-09-16');
	});

	it.each([
		['«عشية استضافة سمرقند قمة»', `${CLASH} عشية استضافة سمرقند قمة منظمة شنغهاي.`],
		['«محادثات استضافتها موسكو»', `${CLASH} بالتزامن مع محادثات استضافتها موسكو.`],
		['«القمة التي تستضيفها دوشنبه»', `${CLASH}، قبل يومين من القمة التي تستضيفها دوشنبه.`]
	])('places no clash at a meeting’s host, %s', (_, text) => {
		const events = one(`${CSTO_LINE}\n${text}`, '2022-09-20').events;
		expect(events.map((e) => `${e.type} ${e.place?.name.en} ${e.countries.join('/')}`)).toEqual([
			'clash Kyrgyzstan KGZ/TJK'
		]);
	});

	it('adds no meeting’s host to a deployment («بعد اجتماع طارئ استضافته موسكو»)', () => {
		expect(
			one(
				`${CSTO_LINE}\nوصلت قوات حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي إلى كازاخستان يوم 6 يناير 2022، بعد اجتماع طارئ استضافته موسكو.`,
				'2022-01-07'
			).events.map((e) => e.countries.join('/'))
		).toEqual(['KAZ']);
	});

	it('still dates a summit a leader arrived for «قبيل» it, past a clash in the background', () => {
		expect(
			brief(
				`${CSTO_LINE}\nوفي ظل التوتر الذي أعقب اشتباكات الحدود، وصل الرئيس الروسي فلاديمير بوتين إلى يريفان يوم 23 نوفمبر 2022 قبيل قمة المنظمة.`,
				'2022-11-24'
			)
		).toEqual(['summit 2022-11-23']);
	});

	it('still dates a new clash a bulletin entry tells with its dead («سقوط قتلى وجرحى في اشتباكات جديدة»)', () => {
		expect(
			brief(
				`${CSTO_LINE}\nالثلاثاء 13/09/2022\n\n🔴 02:10 | عاجل: اشتباكات عنيفة على الحدود بين أرمينيا وأذربيجان.\n\nالخميس 15/09/2022\n\n🔴 10:40 | سقوط قتلى وجرحى في اشتباكات جديدة على الحدود بين أرمينيا وأذربيجان.`,
				'2022-09-15'
			)
		).toEqual(['clash 2022-09-13..2022-09-15']);
	});

	it('still reads a speech given «خلافا لما كان مقررا»', () => {
		expect(
			one(
				`${CSTO_LINE}\nعقدت قمة منظمة معاهدة الأمن الجماعي في مينسك يوم 23 نوفمبر 2023.\nوخلافا لما كان مقررا ألقى الرئيس الروسي فلاديمير بوتين كلمة في القمة.`,
				'2023-11-24'
			).events.map((e) => attendanceOf(e))
		).toEqual([{ RUS: 'present' }]);
	});
});

describe('«لا» that affirms, and a chair still to come', () => {
	const MINSK = 'عقدت قمة منظمة معاهدة الأمن الجماعي في مينسك يوم 23 نوفمبر 2023.';
	const attendance = (line: string) =>
		one(`${CSTO_LINE}\n${MINSK}\n${line}`, '2023-11-24').events.map((e) => attendanceOf(e));

	it.each([
		[
			'«ولا شك أن … ألقى كلمة في القمة»',
			'ولا شك أن الرئيس الروسي فلاديمير بوتين ألقى كلمة مطولة في القمة.'
		],
		['«ولا سيما أن … ألقى كلمة في القمة»', 'ولا سيما أن بوتين ألقى كلمة في القمة.']
	])('reads a presence after an affirming idiom, %s', (_, line) => {
		expect(attendance(line)).toEqual([{ RUS: 'present' }]);
	});

	it('still reads «فلا X حضر» as an absence', () => {
		expect(attendance('فلا رئيس الوزراء الأرميني حضر القمة.')).toEqual([{ ARM: 'absent' }]);
	});

	it('makes no one present from a chair still to come («من المقرر أن يترأس»)', () => {
		expect(attendance('ومن المقرر أن يترأس لوكاشينكو الجلسة.')).toEqual([null]);
	});
});

describe('a deed at the meeting, a chair denied, a broker first, and who makes up a force', () => {
	const MINSK = 'عقدت قمة منظمة معاهدة الأمن الجماعي في مينسك يوم 23 نوفمبر 2023.';
	const attendance = (line: string) =>
		one(`${CSTO_LINE}\n${MINSK}\n${line}`, '2023-11-24').events.map((e) => attendanceOf(e));

	it('reads a presence from «تحدث … أمام القمة»', () => {
		expect(attendance('وتحدث الرئيس الكازاخستاني توكاييف أمام القمة عن أمن آسيا الوسطى.')).toEqual([
			{ KAZ: 'present' }
		]);
	});

	it.each([
		['denied', 'ولم يتحدث الرئيس الكازاخستاني توكاييف أمام القمة عن أمن آسيا الوسطى.'],
		['still to come', 'ومن المقرر أن يتحدث الرئيس الكازاخستاني توكاييف أمام القمة.'],
		['about the meeting, elsewhere', 'وتحدث الرئيس الكازاخستاني توكاييف عن القمة أمام البرلمان.']
	])('reads no presence from a talk %s', (_, line) => {
		expect(attendance(line)).toEqual([null]);
	});

	it.each([
		['ولم يترأس لوكاشينكو الجلسة الختامية.'],
		['ولم يترأس الرئيس البيلاروسي الجلسة في القمة.'],
		['ولن يترأس لوكاشينكو اجتماع المجلس.']
	])('makes no one chair or present from a chair denied, %j', (line) => {
		const events = one(`${CSTO_LINE}\n${MINSK}\n${line}`, '2023-11-24').events;
		expect(events.map((e) => attendanceOf(e))).toEqual([null]);
	});

	it('makes a country that sponsored the truce, verb first, no party to the clash («ورعت روسيا اتفاقا»)', () => {
		expect(
			one(
				`${CSTO_LINE}\nاندلعت اشتباكات عنيفة على الحدود بين أرمينيا وأذربيجان يوم 13 سبتمبر 2022.\nورعت روسيا اتفاقا على وقف إطلاق النار بين أرمينيا وأذربيجان في اليوم التالي.`,
				'2022-09-15'
			).events.map((e) => [...e.countries].sort().join('/'))
		).toEqual(['ARM/AZE']);
	});

	it.each([
		[
			'a force made up of members’ troops',
			'بدأت قوات حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي الانتشار في كازاخستان يوم 6 يناير 2022.\nوتتكون قوات حفظ السلام من عسكريين من روسيا وبيلاروسيا وأرمينيا.',
			'2022-01-07',
			'ARM/BLR/KAZ/RUS'
		],
		[
			'an exercise the members take part in',
			'انطلقت مناورات «التفاعل» لمنظمة معاهدة الأمن الجماعي في بيلاروسيا يوم 4 سبتمبر 2023.\nويشارك في المناورات عسكريون من روسيا وكازاخستان وطاجيكستان.',
			'2023-09-05',
			'BLR/KAZ/RUS/TJK'
		],
		[
			'a force the sentence says the members’ units make up («وتضم القوة»)',
			'وصلت قوات حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي إلى كازاخستان يوم 6 يناير 2022.\nوتضم القوة كتائب روسية، إلى جانب وحدات من بيلاروسيا وطاجيكستان.',
			'2022-01-07',
			'BLR/KAZ/RUS/TJK'
		],
		[
			'units to follow the first ones («على أن تلحق بها وحدات من»)',
			'وصلت قوات حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي إلى كازاخستان يوم 6 يناير 2022.\nوهبطت طائرات تقل مظليين في مطار ألماتي، على أن تلحق بها وحدات من أرمينيا وقرغيزستان.',
			'2022-01-07',
			'ARM/KAZ/KGZ'
		],
		[
			'units sent as part of the force («إرسال وحدات … ضمن القوة»)',
			'وصلت قوات حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي إلى كازاخستان يوم 6 يناير 2022.\nوأعلنت وزارتا الدفاع في بيلاروسيا وأرمينيا إرسال وحدات من جيشيهما ضمن القوة المشتركة.',
			'2022-01-07',
			'ARM/BLR/KAZ'
		],
		[
			'a withdrawal, from the force it says was made of them',
			'بدأت قوات حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي الانسحاب من كازاخستان يوم 13 يناير 2022.\nوتتألف القوة من نحو ألفي عسكري من روسيا وطاجيكستان.',
			'2022-01-14',
			'KAZ/RUS/TJK'
		],
		[
			'a force formed of the members’ troops («وتتشكل القوة من»)',
			'وصلت قوات حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي إلى كازاخستان يوم 6 يناير 2022.\nوتتشكل القوة من مظليين روس ووحدات من قرغيزستان.',
			'2022-01-07',
			'KAZ/KGZ/RUS'
		],
		[
			'units that joined the first ones («التحقت بها وحدات من»)',
			'وصلت قوات حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي إلى كازاخستان يوم 6 يناير 2022.\nوهبطت طائرات روسية في ألماتي، ثم التحقت بها وحدات من طاجيكستان.',
			'2022-01-07',
			'KAZ/RUS/TJK'
		],
		[
			'units that joined the paratroopers («والتحقت بهم وحدات من»)',
			'وصلت قوات حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي إلى كازاخستان يوم 6 يناير 2022.\nوحطت طائرات روسية في ألماتي حاملة مظليين، والتحقت بهم وحدات من أرمينيا.',
			'2022-01-07',
			'ARM/KAZ/RUS'
		],
		[
			'not the standing force described in general («وتتكون قوات الرد السريع الجماعية من …»)',
			'وصلت قوات حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي إلى كازاخستان يوم 6 يناير 2022.\nوتتكون قوات الرد السريع الجماعية من وحدات من جيوش روسيا وبيلاروسيا وأرمينيا.',
			'2022-01-07',
			'KAZ'
		],
		[
			'but the standing force this article sends («قوات الرد السريع التي أرسلت إلى»)',
			'وصلت قوات حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي إلى كازاخستان يوم 6 يناير 2022.\nوتتكون قوات الرد السريع التي أرسلت إلى كازاخستان من وحدات روسية وبيلاروسية.',
			'2022-01-07',
			'BLR/KAZ/RUS'
		],
		[
			'an exercise, with a member’s part taken before not added',
			'انطلقت مناورات «التفاعل» لمنظمة معاهدة الأمن الجماعي في بيلاروسيا يوم 4 سبتمبر 2023.\nوكانت أرمينيا قد شاركت في مناورات سابقة للمنظمة.',
			'2023-09-05',
			'BLR'
		]
	])(
		'adds the members an undated sentence names as taking part: %s',
		(_, text, published, countries) => {
			expect(
				one(`${CSTO_LINE}\n${text}`, published).events.map((e) => [...e.countries].sort().join('/'))
			).toEqual([countries]);
		}
	);
});

describe('who attended, set out as a list, by a host, or under a rarer spelling', () => {
	const MINSK = 'عقدت قمة منظمة معاهدة الأمن الجماعي في مينسك يوم 23 نوفمبر 2023.';
	const attendance = (lines: string) =>
		one(`${CSTO_LINE}\n${MINSK}\n${lines}`, '2023-11-24').events.map((e) => attendanceOf(e));

	it('reads a bulleted list under «كل من:» as attending, a blank line inside it', () => {
		expect(
			attendance(
				'وجلس إلى طاولة الاجتماع كل من:\n- الرئيس الروسي فلاديمير بوتين\n\n- الرئيس القرغيزي صادر جباروف'
			)
		).toEqual([{ KGZ: 'present', RUS: 'present' }]);
	});

	it('reads a numbered list under an absence as absent', () => {
		expect(attendance('وتغيب عن القمة كل من:\n1. رئيس الوزراء الأرميني نيكول باشينيان')).toEqual([
			{ ARM: 'absent' }
		]);
	});

	it.each([
		[
			'the list ended by a line of its own',
			'وشارك في القمة كل من:\n- الرئيس الروسي فلاديمير بوتين\nوفي سياق آخر:\n- الرئيس الطاجيكي إمام علي رحمون',
			{ RUS: 'present' }
		],
		[
			'a list of another body’s meeting',
			'وشارك في قمة منظمة شنغهاي للتعاون كل من:\n- الرئيس الروسي فلاديمير بوتين',
			null
		]
	])('reads no attendance from bullets past %s', (_, lines, expected) => {
		expect(attendance(lines)).toEqual([expected]);
	});

	it('reads the leader who hosted the meeting as present («استضاف … القمة»)', () => {
		expect(
			attendance('واستضاف الرئيس البيلاروسي ألكسندر لوكاشينكو القمة في قصر الاستقلال.')
		).toEqual([{ BLR: 'present' }]);
	});

	it.each([
		['«بشينيان»', 'بحضور بشينيان ولوكاشينكو.', { ARM: 'present', BLR: 'present' }],
		['«رحمان»', 'بحضور لوكاشينكو ورحمان.', { BLR: 'present', TJK: 'present' }]
	])('reads the spelling %s in a list of those present', (_, line, expected) => {
		expect(attendance(`وانطلقت أعمال القمة ${line}`)).toEqual([expected]);
	});

	it('reads no Tajik leader in «عبد الرحمان»', () => {
		expect(attendance('وانطلقت أعمال القمة بحضور الصحفي عبد الرحمان.')).toEqual([null]);
	});
});

describe('a live entry’s moments ago, a council that assents or is denied, and what an aside says', () => {
	it('dates «قبل قليل» in a live page’s entry to the page’s day', () => {
		expect(
			brief(
				`${CSTO_LINE}\nتغطية مباشرة · الثلاثاء 13 سبتمبر 2022\n\n21:05\nانتهى قبل قليل اجتماع طارئ لمجلس الأمن الجماعي عبر الفيديو برئاسة باشينيان.`,
				'2022-09-13'
			)
		).toEqual(['summit 2022-09-13']);
	});

	it('makes no meeting of a council assenting to a request («بعدما وافق المجلس على طلب»)', () => {
		expect(
			brief(
				`${CSTO_LINE}\nبدأت قوات حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي الانتشار في كازاخستان يوم 6 يناير 2022، بعدما استجاب مجلس الأمن الجماعي لطلب الحكومة.`,
				'2022-01-07'
			)
		).toEqual(['deployment 2022-01-06']);
	});

	it.each([
		['«لم يتلق أي طلب لعقد جلسة»', 'وأكد أن مجلس الأمن الجماعي لم يتلق أي طلب لعقد جلسة طارئة.'],
		['«لن يجتمع»', 'وقال المتحدث إن مجلس الأمن الجماعي التابع للمنظمة لن يجتمع قبل نهاية الشهر.']
	])('makes no meeting of a council whose verb is negated, %s', (_, line) => {
		expect(brief(`${CSTO_LINE}\nموسكو، 16 سبتمبر 2022 - ${line}`, '2022-09-16')).toEqual([]);
	});

	it('still reads a session the council held («عقد مجلس الأمن الجماعي جلسة»)', () => {
		expect(
			brief(
				`${CSTO_LINE}\nموسكو، 16 سبتمبر 2022 - عقد مجلس الأمن الجماعي اليوم جلسة طارئة.`,
				'2022-09-16'
			)
		).toEqual(['summit 2022-09-16']);
	});

	it('reads a plan named again in a «وهي التي» clause as the plan it was', () => {
		expect(
			brief(
				`${CSTO_LINE}\nوكانت منظمة معاهدة الأمن الجماعي قد أعلنت أن طاجيكستان ستستضيف تدريبات قوات حفظ السلام الجماعية في 2023، وهي التدريبات التي باتت في حكم المنسية.`,
				'2023-01-10'
			)
		).toEqual([]);
	});

	it('dates no exercise by a date in a «وهي التي» aside about a member', () => {
		expect(
			brief(
				`${CSTO_LINE}\nانطلقت يوم 4 سبتمبر 2023 مناورات «التفاعل» لمنظمة معاهدة الأمن الجماعي في بيلاروسيا.\nوتشارك في المناورات وحدات من روسيا وكازاخستان، بينما غابت أرمينيا، وهي التي كانت قد رفضت في يناير الماضي استضافة مناورات المنظمة.`,
				'2023-09-05'
			)
		).toEqual(['deployment 2023-09-04']);
	});

	it('dates a clash the lead names under the dateline from the day a later sentence gives it', () => {
		expect(
			brief(
				`${CSTO_LINE}\nيريفان، الأربعاء 17 نوفمبر 2021 - اتهمت وزارة الدفاع الأرمينية القوات الأذربيجانية بشن هجوم على مواقعها الحدودية في مقاطعة سيونيك.\nووقعت الاشتباكات يوم الثلاثاء، الـ16 من الشهر الجاري، قرب البحيرة.`,
				'2021-11-17'
			)
		).toEqual(['clash 2021-11-16..2021-11-17']);
	});
});

describe('a leader who signed the meeting’s document, or refused to', () => {
	const attendance = (line: string) =>
		one(`${CSTO_LINE}\n${line}`, '2022-12-01').events.map((e) => attendanceOf(e));

	it.each([
		[
			'the meeting set as the scene',
			'وفي قمة يريفان يوم 23 نوفمبر 2022، رفض باشينيان توقيع الإعلان الختامي.',
			{ ARM: 'present' }
		],
		[
			'the document of the meeting named after',
			'ورفض باشينيان يوم 23 نوفمبر 2022 التوقيع على إعلان قمة يريفان.',
			{ ARM: 'present' }
		],
		[
			'signing its final statement',
			'ووقع توكاييف يوم 23 نوفمبر 2022 على البيان الختامي لقمة يريفان.',
			{ KAZ: 'present' }
		],
		[
			'the leaders, no one named',
			'وفي قمة يريفان يوم 23 نوفمبر 2022، وقع القادة الإعلان الختامي.',
			null
		]
	])('reads who was there: %s', (_, line, expected) => {
		expect(attendance(line)).toEqual([expected]);
	});
});

describe('an update’s day, a force’s first units, and a rumour denied', () => {
	it('dates «اليوم» in a paragraph marked «تحديث (الخميس):» to that Thursday, and the original story to the page’s day', () => {
		expect(
			brief(
				`${CSTO_LINE}\nتحديث (الخميس): انعقدت ظهر اليوم في مينسك قمة منظمة معاهدة الأمن الجماعي.\nالخبر الأصلي:\nعقد وزراء خارجية الدول الأعضاء في منظمة معاهدة الأمن الجماعي اجتماعا اليوم الأربعاء في مينسك.`,
				'2023-11-22'
			)
		).toEqual(['summit 2023-11-22', 'summit 2023-11-23']);
	});

	it('reads «وصلت طلائع القوة الجماعية» as the force arriving', () => {
		expect(
			brief(
				`${CSTO_LINE}\nوصلت إلى ألماتي صبيحة الخميس 6 يناير 2022 طلائع القوة الجماعية لحفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي.`,
				'2022-01-07'
			)
		).toEqual(['deployment 2022-01-06']);
	});

	it.each([
		[
			'«تنفي ما تردد عن طلب إرسال قوات»',
			'وتنفي الحكومة الطاجيكية ما تردد عن طلب إرسال قوات حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي.'
		],
		[
			'«نفت ما أشيع عن انتشار قوات»',
			'ونفت الحكومة الطاجيكية ما أشيع عن انتشار قوات حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي في البلاد.'
		]
	])('deploys nothing a government denies as rumoured, %s', (_, line) => {
		expect(brief(`${CSTO_LINE}\nدوشنبه، 16 سبتمبر 2022 - ${line}`, '2022-09-16')).toEqual([]);
	});
});

describe('both sides of a clash', () => {
	const sides = (text: string, published: string) =>
		one(`${CSTO_LINE}\n${text}`, published).events.map((e) => [...e.countries].sort().join('/'));

	it.each([
		['its force', 'اتهمت وزارة الدفاع الأرمنية القوات الأذربيجانية بشن هجوم'],
		['the country itself', 'اتهمت وزارة الدفاع الأرمنية أذربيجان بشن هجوم']
	])('reads what a ministry accuses as a side: %s', (_, verb) => {
		expect(
			sides(`يريفان، 16 نوفمبر 2021 - ${verb} على مواقع حدودية في مقاطعة سيونيك.`, '2021-11-16')
		).toEqual(['ARM/AZE']);
	});

	it('takes the other side from an undated sentence naming both, when the dated one names one', () => {
		expect(
			sides(
				'قتل أكثر من ثلاثين شخصا في مواجهات مسلحة بين القوات القرغيزية والطاجيكية على الحدود.\nواندلعت الاشتباكات صبيحة الأربعاء 28 أبريل 2021 قرب منشأة للمياه في منطقة باتكن.',
				'2021-04-30'
			)
		).toEqual(['KGZ/TJK']);
	});

	it('makes no side of a member whose army stayed out («أن الجيش الأرميني لم يشارك في القتال»)', () => {
		expect(
			sides(
				'وأكد رئيس الوزراء الأرميني باشينيان يوم 20 سبتمبر 2023 أن الجيش الأرميني لم يشارك في القتال.',
				'2023-09-21'
			)
		).toEqual([]);
	});
});

describe('who takes part in an exercise, told after it', () => {
	const members = (text: string, published: string) =>
		one(`${CSTO_LINE}\n${text}`, published).events.map((e) => [...e.countries].sort().join('/'));
	const OPENED =
		'انطلقت يوم 4 سبتمبر 2023 في بيلاروسيا مناورات «التفاعل» لمنظمة معاهدة الأمن الجماعي.';

	it.each([
		[
			'«التدريبات، التي …، تجمع وحدات من»',
			'وأوضحت الوزارة أن التدريبات، التي تمتد أسبوعين، تجمع وحدات من روسيا وكازاخستان.',
			'BLR/KAZ/RUS'
		],
		[
			'«المناورات يشارك فيها … من»',
			'وقال مصدر إن المناورات يشارك فيها ألفا عسكري من روسيا وطاجيكستان.',
			'BLR/RUS/TJK'
		],
		[
			'«كل الدول الأعضاء باستثناء أرمينيا»',
			'وأفادت وسائل إعلام روسية بأن المناورات تضم ألفي عسكري، وأن الدول الأعضاء كافة باستثناء أرمينيا أرسلت وحدات للمشاركة فيها.',
			'BLR/KAZ/KGZ/RUS/TJK'
		],
		['a member «بلا» its soldiers', 'وجرت المناورات بلا أي جندي أرميني.', 'BLR'],
		[
			'a part taken in another exercise before («في وقت سابق»)',
			'وكانت مناورات أخرى قد جرت في وقت سابق بمشاركة قوات من أرمينيا.',
			'BLR'
		]
	])('reads the members of %s', (_, line, expected) => {
		expect(members(`${OPENED}\n${line}`, '2023-09-05')).toEqual([expected]);
	});
});

describe('what the reviews of session 13’s rules found', () => {
	const H = 'مينسك، 23 نوفمبر 2023 - انعقدت اليوم في مينسك قمة منظمة معاهدة الأمن الجماعي.';
	const attendance = (lines: string) =>
		one(`${CSTO_LINE}\n${H}\n${lines}`, '2023-11-23')
			.events.filter((e) => e.date === '2023-11-23')
			.map((e) => attendanceOf(e));

	it.each([
		[
			'recalls another summit',
			'وكان قد شارك في قمة يريفان العام الماضي كل من:\n- رئيس الوزراء الأرمني نيكول باشينيان'
		],
		[
			'plans the next one',
			'ومن المقرر أن يشارك في القمة المقبلة كل من:\n- الرئيس الروسي فلاديمير بوتين'
		]
	])('reads no attendance from a list whose head %s', (_, lines) => {
		expect(attendance(lines)).toEqual([null]);
	});

	it('reads a list under a negated head as absent, and a bullet by video as video', () => {
		expect(
			attendance(
				'ولم يشارك في القمة كل من:\n- الرئيس البيلاروسي ألكسندر لوكاشينكو\nوشارك في القمة كل من:\n- الرئيس الطاجيكي إمام علي رحمون عبر تقنية الفيديو'
			)
		).toEqual([{ BLR: 'absent', TJK: 'video' }]);
	});

	it('adds no member a contrast sets apart from a force’s composition', () => {
		expect(
			one(
				`${CSTO_LINE}\nألماتي، 7 يناير 2022 - وصلت إلى كازاخستان اليوم قوات حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي.\nوتضم القوة وحدات روسية وبيلاروسية، بينما اعتذرت أرمينيا وقرغيزستان عن المشاركة.`,
				'2022-01-07'
			).events.map((e) => [...e.countries].sort().join('/'))
		).toEqual(['BLR/KAZ/RUS']);
	});

	it.each([
		[
			'ruled out',
			'موسكو، 3 أكتوبر 2022 - استبعدت منظمة معاهدة الأمن الجماعي إرسال قوة إلى أرمينيا.'
		],
		[
			'called for',
			'يريفان، 3 أكتوبر 2022 - دعا باشينيان منظمة معاهدة الأمن الجماعي إلى إرسال جنود إلى الحدود.'
		],
		[
			'demanded',
			'يريفان، 3 أكتوبر 2022 - طالب نواب أرمن بإرسال قوة من منظمة معاهدة الأمن الجماعي إلى أرمينيا.'
		]
	])('deploys no force only %s', (_, line) => {
		expect(brief(`${CSTO_LINE}\n${line}`, '2022-10-03')).toEqual([]);
	});

	it('makes no side of the country that sponsored the truce in a relative clause («التي رعتها روسيا»)', () => {
		expect(
			one(
				`${CSTO_LINE}\nيريفان، 14 سبتمبر 2022 - تجددت الاشتباكات بين أرمينيا وأذربيجان رغم الهدنة التي رعتها روسيا.`,
				'2022-09-14'
			).events.map((e) => [...e.countries].sort().join('/'))
		).toEqual(['ARM/AZE']);
	});

	it.each([
		[
			'a summit',
			'وشهدت قمة منظمة معاهدة الأمن الجماعي في يريفان، وهي التي عقدت يوم 23 نوفمبر 2022، رفض باشينيان التوقيع على الإعلان.',
			'2022-12-10',
			['summit 2022-11-23']
		],
		[
			'a clash',
			'اندلعت اشتباكات عنيفة بين القوات القرغيزية والطاجيكية، وهي التي بدأت مساء الأربعاء 14 سبتمبر 2022 قرب باتكن.',
			'2022-09-20',
			['clash 2022-09-14']
		]
	])('still dates %s by a «وهي التي» aside that tells it', (_, line, published, expected) => {
		expect(brief(`${CSTO_LINE}\n${line}`, published)).toEqual(expected);
	});

	it('keeps a side a relative clause says stayed out of another happening («التي لم تشارك في مناورات»)', () => {
		expect(
			one(
				`${CSTO_LINE}\nقصفت القوات الأذربيجانية يوم 13 سبتمبر 2022 مواقع في أرمينيا التي لم تشارك في مناورات المنظمة الأخيرة.`,
				'2022-09-13'
			)
				.events.filter((e) => e.type === 'clash')
				.map((e) => [...e.countries].sort().join('/'))
		).toEqual(['ARM/AZE']);
	});

	it.each([
		[
			'adopting its budget in its meeting',
			'أقر مجلس الأمن الجماعي في اجتماعه اليوم في يريفان ميزانية المنظمة لعام 2023.'
		],
		[
			'approving an appointment',
			'وافق مجلس الأمن الجماعي اليوم في يريفان على تعيين أمين عام جديد للمنظمة.'
		]
	])('still reads a council %s as its session', (_, line) => {
		expect(brief(`${CSTO_LINE}\nيريفان، 23 نوفمبر 2022 - ${line}`, '2022-11-23')).toEqual([
			'summit 2022-11-23'
		]);
	});

	it('makes no side of an officer’s own force («قائد القوات الروسية»)', () => {
		expect(
			one(
				`${CSTO_LINE}\nوقال قائد القوات الروسية في المنطقة إن اشتباكات عنيفة اندلعت يوم 16 نوفمبر 2021 بين القوات الأرمينية والأذربيجانية في مقاطعة سيونيك.`,
				'2021-11-16'
			).events.map((e) => [...e.countries].sort().join('/'))
		).toEqual(['ARM/AZE']);
	});

	it('takes no other side from a background sentence after the clash', () => {
		expect(
			one(
				`${CSTO_LINE}\nاندلعت الاشتباكات صبيحة الأربعاء 14 سبتمبر 2022 قرب منطقة كوك تاش القرغيزية.\nوتشهد الحدود بين قرغيزستان وأوزبكستان أيضا مواجهات متقطعة.`,
				'2022-09-16'
			).events.map((e) => [...e.countries].sort().join('/'))
		).toEqual(['KGZ']);
	});

	it('does not join an earlier attack to a lead that dates its own by «اليوم»', () => {
		expect(
			brief(
				`${CSTO_LINE}\nيريفان، الأربعاء 17 نوفمبر 2021 - أعلنت وزارة الدفاع الأرمنية أن القوات الأذربيجانية شنت اليوم هجوما على مواقعها في مقاطعة سيونيك.\nوهذا ثاني هجوم خلال أسبوع، بعد اشتباكات وقعت يوم الجمعة الماضي.`,
				'2021-11-17'
			)
		).toEqual(['clash 2021-11-17']);
	});

	it('dates «وبعد قليل» in a story by the day just told, not the page’s', () => {
		expect(
			brief(
				`${CSTO_LINE}\nوصل قادة دول المنظمة إلى يريفان يوم الاثنين 12 سبتمبر 2022، وبعد قليل انطلقت أعمال قمة منظمة معاهدة الأمن الجماعي.`,
				'2022-09-14'
			)
		).toEqual(['summit 2022-09-12']);
	});

	it('dates an update to the weekday nearest the page, not a later week', () => {
		expect(
			brief(
				`${CSTO_LINE}\nتحديث (الأربعاء): انعقدت ظهر اليوم في مينسك قمة منظمة معاهدة الأمن الجماعي.`,
				'2023-11-24'
			)
		).toEqual(['summit 2023-11-22']);
	});

	it('still reads «طلائع قوات حفظ السلام التابعة للمنظمة» as the CSTO’s force', () => {
		expect(
			brief(
				`${CSTO_LINE}\nووصلت إلى ألماتي صباح الخميس 6 يناير 2022 طلائع قوات حفظ السلام التابعة للمنظمة.`,
				'2022-01-07'
			)
		).toEqual(['deployment 2022-01-06']);
	});
});

describe('a cause told after the happening, a plan beside it, and a council named in a title', () => {
	it.each([
		[
			'«بعد أيام من الاحتجاجات التي اندلعت يوم …»',
			'وصلت صباح الخميس 6 يناير 2022 طلائع قوة حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي إلى كازاخستان، بعد أيام من الاحتجاجات التي اندلعت يوم الأحد 2 يناير في جاناوزن.'
		],
		[
			'«بعد أن طلب … لمواجهة احتجاجات اندلعت في …»',
			'هبطت طائرات روسية صباح الخميس 6 يناير 2022 في كازاخستان، ووصلت طلائع قوة حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي، بعد أن طلب الرئيس المساعدة لمواجهة احتجاجات اندلعت في الثاني من يناير في جاناوزن.'
		]
	])('takes neither day nor place from the cause after it: %s', (_, line) => {
		// (The unrest itself may be read as a happening of its own: the deployment is asked about.)
		const events = one(`${CSTO_LINE}\n${line}`, '2022-01-07').events.filter(
			(e) => e.type === 'deployment'
		);
		expect(events.map((e) => `${e.type} ${e.date}${e.end ? '..' + e.end : ''}`)).toEqual([
			'deployment 2022-01-06'
		]);
		expect(events[0]!.place?.name.en).not.toBe('Zhanaozen');
	});

	it('takes no span from a planned exercise called off beside the one held', () => {
		expect(
			brief(
				`${CSTO_LINE}\nدوشنبه، 20 أكتوبر 2022\nشهدت المنطقة مشهدين: مناورات كانت مقررة في قرغيزستان بين 10 و14 أكتوبر ألغتها بشكيك، ومناورات لمنظمة معاهدة الأمن الجماعي جرت يوم الاثنين 17 أكتوبر في طاجيكستان.`,
				'2022-10-20'
			)
		).toEqual(['deployment 2022-10-17']);
	});

	it('keeps a clash’s own start told after it («بعد أن بدأت الأربعاء»)', () => {
		expect(
			brief(
				'بيشكيك، 16 سبتمبر 2022\nتتواصل المعارك بين القوات القرغيزية والطاجيكية على الحدود اليوم الجمعة، بعد أن بدأت الأربعاء بتبادل لإطلاق النار بين حرس الحدود.',
				'2022-09-16'
			)
		).toEqual(['clash 2022-09-14..2022-09-16']);
	});

	it('dates a meeting by its verb’s day, not by «هذا العام» in an aside about its chair', () => {
		expect(
			brief(
				`${CSTO_LINE}\nالتأم في يريفان، يوم الجمعة 10 يونيو، مجلس وزراء خارجية منظمة معاهدة الأمن الجماعي برئاسة الوزير الأرميني، الذي تترأس بلاده المنظمة هذا العام.`,
				'2022-06-11'
			)
		).toEqual(['summit 2022-06-10']);
	});

	it('makes no meeting of one only talked of as possible («الحديث عن إمكانية عقد اجتماع»)', () => {
		expect(
			brief(
				`${CSTO_LINE}\nيريفان، 11 يونيو 2022\nوجرى الحديث عن إمكانية عقد اجتماع لوزراء خارجية دول المنظمة، من دون تحديد موعد.`,
				'2022-06-11'
			)
		).toEqual([]);
	});

	it('makes no session of a council its chair is named for («بصفته رئيسا لمجلس الأمن الجماعي»)', () => {
		expect(
			brief(
				`${CSTO_LINE}\nوكان باشينيان قد أعلن، بصفته رئيسا لمجلس الأمن الجماعي، موافقة المجلس على الطلب ليل الأربعاء إلى الخميس.`,
				'2022-01-07'
			)
		).toEqual([]);
	});
});

describe('an absence announced before the meeting', () => {
	const periods = (text: string, published: string) =>
		(one(text, published).memberStatus['ARM'] ?? []).map((p) => `${p.from} ${p.status}`);
	const MINSK =
		'مينسك، 24 نوفمبر 2023 - اختتمت أمس الخميس في مينسك قمة منظمة معاهدة الأمن الجماعي بغياب باشينيان.';

	it.each([
		['with the meeting named', 'وقال باشينيان في 14 نوفمبر إنه لن يحضر القمة.'],
		[
			'bare, in the report of the meeting («إنه لن يحضر.»)',
			'وقال باشينيان في الـ14 منه إنه لن يحضر.'
		]
	])('dates it by the day it was told, %s', (_, line) => {
		expect(periods(`${CSTO_LINE}\n${MINSK}\n${line}`, '2023-11-24')).toEqual(['2023-11-14 absent']);
	});

	it('reads no absence from a bare «لن يحضر» with no alliance meeting reported', () => {
		expect(periods('يريفان، 14 نوفمبر 2023 - وقال باشينيان إنه لن يحضر.', '2023-11-14')).toEqual(
			[]
		);
	});
});

describe('troops to be sent, troops that did not move, and another story', () => {
	it.each([
		[
			'a forecast («روسيا سترسل قوات المنظمة»)',
			'وقال محلل إن روسيا سترسل قوات المنظمة إلى أرمينيا.'
		],
		[
			'a force that did not move («ولم تتحرك أي وحدة من قوات الرد السريع»)',
			'ولم تتحرك أي وحدة من قوات الرد السريع الجماعية التابعة للمنظمة.'
		]
	])('makes no deployment of %s', (_, line) => {
		expect(brief(`${CSTO_LINE}\nموسكو، 26 نوفمبر 2023\n${line}`, '2023-11-26')).toEqual([]);
	});

	it('still reads troops that arrived beside a unit that has not («ولم تصل بعد»)', () => {
		expect(
			brief(
				`${CSTO_LINE}\nوصلت قوات حفظ السلام التابعة للمنظمة إلى كازاخستان يوم 6 يناير 2022، ولم تصل بعد الوحدات البيلاروسية.`,
				'2022-01-07'
			)
		).toEqual(['deployment 2022-01-06']);
	});

	it('makes no alliance meeting of one told after «وفي سياق آخر»', () => {
		expect(
			brief(
				`${CSTO_LINE}\nيريفان، 22 نوفمبر 2022 - عقد مجلس وزراء خارجية منظمة معاهدة الأمن الجماعي اليوم اجتماعه في يريفان.\nوفي سياق آخر، استضافت بغداد اجتماعا لوزراء الخارجية.`,
				'2022-11-22'
			)
		).toEqual(['summit 2022-11-22']);
	});
});

describe('what the review of session 14’s rules found', () => {
	const M = 'منظمة معاهدة الأمن الجماعي';

	it.each([
		[
			'«13 من ذات الشهر» after a month named',
			`وصلت قوات حفظ السلام التابعة لـ${M} إلى كازاخستان في السادس من يناير، وبدأت الانسحاب في 13 من ذات الشهر.`,
			'2022-02-03',
			'deployment 2022-01-06..2022-01-13'
		],
		[
			'«في 13 من نفس الشهر» after «في سبتمبر الماضي»',
			'تصاعد التوتر على الحدود بين أرمينيا وأذربيجان في سبتمبر الماضي، وفي 13 من نفس الشهر اندلعت اشتباكات عنيفة بين البلدين.',
			'2022-11-24',
			'clash 2022-09-13'
		],
		[
			'«قبل ساعات قليلة من انطلاق القمة» (hours before, not ago)',
			`يريفان، 24 نوفمبر 2022\nعقدت قمة ${M} يوم 23 نوفمبر 2022 في يريفان. وقبل ساعات قليلة من انطلاق القمة، تظاهر مئات في يريفان.`,
			'2022-11-24',
			'summit 2022-11-23'
		],
		[
			'an exercise that ended «كما كان مقررا يوم 14»',
			`بدأت مناورات ${M} يوم 10 أكتوبر 2022 في طاجيكستان، واختتمت كما كان مقررا يوم 14 أكتوبر.`,
			'2022-10-20',
			'deployment 2022-10-10..2022-10-14'
		],
		[
			'an exercise that ended «يوم 14 بدلا من 16»',
			`بدأت مناورات ${M} يوم 10 أكتوبر 2022 في طاجيكستان، وانتهت يوم 14 أكتوبر بدلا من 16 أكتوبر كما كان مقررا.`,
			'2022-10-20',
			'deployment 2022-10-10..2022-10-14'
		],
		[
			'a withdrawal completed in a clause after the cause («، واكتمل الانسحاب يوم 19»)',
			`وصلت قوات حفظ السلام التابعة لـ${M} إلى كازاخستان يوم 6 يناير 2022، وغادرت البلاد بعدما سلمت المنشآت يوم 13 يناير، واكتمل الانسحاب يوم 19 يناير.`,
			'2022-01-20',
			'deployment 2022-01-06..2022-01-19'
		],
		[
			'a meeting dated by its day, not «هذا العام» before it',
			`التأم مجلس وزراء خارجية ${M} في ألماتي هذا العام برئاسة ميرزويان يوم الجمعة 10 يونيو.`,
			'2022-06-11',
			'summit 2022-06-10'
		]
	])('dates %s', (_, line, published, expected) => {
		expect(brief(`${CSTO_LINE}\n${line}`, published)).toEqual([expected]);
	});

	it('reads a bulleted list under a head that names a possibility after its verb', () => {
		const events = one(
			`${CSTO_LINE}\nيريفان، 24 نوفمبر 2022 - عقدت أمس في يريفان قمة ${M}.\nوشارك في القمة التي بحثت إمكانية نشر بعثة مراقبين كل من:\n- الرئيس الروسي فلاديمير بوتين\n- الرئيس البيلاروسي ألكسندر لوكاشينكو`,
			'2022-11-24'
		).events;
		expect(events.map((e) => attendanceOf(e))).toEqual([{ BLR: 'present', RUS: 'present' }]);
	});

	it('keeps an exercise whose sentence speaks of capabilities («الإمكانيات القتالية»)', () => {
		expect(
			brief(
				`${CSTO_LINE}\nبهدف رفع الإمكانيات القتالية انطلقت يوم 20 سبتمبر 2021 في طاجيكستان مناورات ${M}.`,
				'2021-09-21'
			)
		).toEqual(['deployment 2021-09-20']);
	});

	it.each([
		[
			'«المشاركة في العملية»',
			'وتتكون قوات الرد السريع الجماعية المشاركة في العملية من وحدات روسية وبيلاروسية.'
		],
		[
			'«الموفدة إلى كازاخستان»',
			'وتضم قوات الرد السريع الموفدة إلى كازاخستان وحدات روسية وبيلاروسية.'
		]
	])('adds the members of the standing force this article sends, %s', (_, line) => {
		expect(
			one(
				`${CSTO_LINE}\nوصلت قوات حفظ السلام التابعة لـ${M} إلى كازاخستان يوم 6 يناير 2022.\n${line}`,
				'2022-01-07'
			).events.map((e) => [...e.countries].sort().join('/'))
		).toEqual(['BLR/KAZ/RUS']);
	});

	it('adds the members that «وقد التحقت بها», but not those that «كانت … قد شاركت» before', () => {
		const members = (line: string) =>
			one(
				`${CSTO_LINE}\nوصلت قوات حفظ السلام التابعة لـ${M} إلى كازاخستان يوم 6 يناير 2022.\n${line}`,
				'2022-01-07'
			).events.map((e) => [...e.countries].sort().join('/'));
		expect(members('وقد التحقت بها وحدات من أرمينيا وقرغيزستان.')).toEqual(['ARM/KAZ/KGZ']);
		expect(members('وكانت أرمينيا قد شاركت في قوات حفظ السلام في مهمة سابقة.')).toEqual(['KAZ']);
	});
});

describe('an aggregator’s items, a list run on one line, and a mediator’s officer', () => {
	const M = 'منظمة معاهدة الأمن الجماعي';

	it('reads on past «اقرأ المزيد في المصدر» to the next item, and a dashed list after «كل من:»', () => {
		const events = one(
			[
				CSTO_LINE,
				'منصة القارات | منذ 35 دقيقة',
				`رفض رئيس الوزراء الأرميني نيكول باشينيان التوقيع على الإعلان الختامي لقمة ${M} التي ترأسها اليوم في يريفان.`,
				'اقرأ المزيد في المصدر ›',
				'',
				'صدى العواصم | منذ 3 ساعات',
				`التأم اليوم الأربعاء في يريفان قادة دول ${M} في قمتهم السنوية، وحضر الاجتماع كل من:`,
				'الرئيس الروسي فلاديمير بوتين – الرئيس البيلاروسي ألكسندر لوكاشينكو – الرئيس الطاجيكي إمام علي رحمون.',
				'اقرأ المزيد في المصدر ›'
			].join('\n'),
			'2022-11-23'
		).events;
		expect(events.map((e) => `${e.type} ${e.date}`)).toEqual(['summit 2022-11-23']);
		expect(attendanceOf(events[0]!)).toMatchObject({
			BLR: 'present',
			RUS: 'present',
			TJK: 'present'
		});
	});

	it('reads no list from a line of dashes that names no delegate in each item', () => {
		const events = one(
			`${CSTO_LINE}\nالتأم اليوم الأربعاء في يريفان قادة دول ${M} في قمتهم السنوية، وحضر الاجتماع كل من:\nالرئيس الروسي فلاديمير بوتين – وفود من دول أخرى – مراقبون.`,
			'2022-11-23'
		).events;
		expect(attendanceOf(events[0]!)?.['RUS']).toBeUndefined();
	});

	it('reads an absence told by staying home and sending no one, after a «read also» line', () => {
		const events = one(
			[
				CSTO_LINE,
				`انعقدت اليوم الخميس في مينسك قمة ${M} برئاسة الرئيس البيلاروسي ألكسندر لوكاشينكو، وسط حضور قادة الدول الأعضاء.`,
				'اقرأ أيضا: ٣ أكتوبر ٢٠٢٣ | لوكاشنكو يوجه الدعوات للقمة',
				'أما رئيس الوزراء الأرميني نيكول باشينيان ففضّل البقاء في يريفان، ولم توفد بلاده أي ممثل عنها إلى القمة.'
			].join('\n'),
			'2023-11-23'
		).events;
		expect(attendanceOf(events[0]!)?.['ARM']).toBe('absent');
	});

	it('makes no side of the nation whose officer mediated a truce («بوساطة من وزير الدفاع الروسي»)', () => {
		expect(
			one(
				`${CSTO_LINE}\nشهدت الحدود بين أرمينيا وأذربيجان يوم 16 نوفمبر 2021 اشتباكات عنيفة.\nوأعلنت الخارجية الروسية أن وقف إطلاق النار دخل حيز التنفيذ مساء اليوم ذاته بوساطة من وزير الدفاع الروسي.`,
				'2021-11-17'
			).events.map((e) => [...e.countries].sort().join('/'))
		).toEqual(['ARM/AZE']);
	});
});

describe('troops withheld from an exercise the article reports', () => {
	it('dates the refusal by the exercise’s first day, not the page’s', () => {
		expect(
			(
				one(
					`${CSTO_LINE}\nانطلقت يوم الاثنين 26 سبتمبر 2022 في كازاخستان تدريبات منظمة معاهدة الأمن الجماعي.\nوامتنعت أرمينيا عن إرسال أي قوات إلى تدريبات المنظمة.`,
					'2022-09-27'
				).memberStatus['ARM'] ?? []
			).map((p) => `${p.from} ${p.status}`)
		).toEqual(['2022-09-26 strained']);
	});
});

describe('what the second review of session 14’s rules found', () => {
	const M = 'منظمة معاهدة الأمن الجماعي';
	const MOSCOW = `عقدت قمة ${M} في موسكو يوم 16 مايو 2022 بمشاركة رؤساء الدول الأعضاء.`;
	const attendance = (line: string) =>
		one(`${CSTO_LINE}\n${MOSCOW}\n${line}`, '2022-05-16').events.map((e) => attendanceOf(e));

	it.each([
		[
			'troops not sent («لم توفد قوات قتالية»)',
			'وقال باشينيان إن أرمينيا لم توفد قوات قتالية بل وحدات لحماية المنشآت.'
		],
		[
			'staying on at the summit («فضل البقاء حتى نهاية القمة»)',
			'وقال باشينيان إنه فضل البقاء حتى نهاية القمة رغم التوتر على الحدود.'
		],
		[
			'staying on in the host city',
			'وحضر باشينيان القمة، ثم فضل البقاء في موسكو يوما إضافيا لإجراء محادثات.'
		]
	])('reads no absence from %s', (_, line) => {
		expect(JSON.stringify(attendance(line))).not.toContain('absent');
	});

	it('dates a meeting by «هذا العام», not by a planned summit’s day past a comma', () => {
		expect(
			brief(
				`${CSTO_LINE}\nعقد مجلس وزراء خارجية ${M} اجتماعه الثاني هذا العام في يريفان، تمهيدا للقمة المقررة يوم 23 نوفمبر.`,
				'2022-06-10'
			)
		).toEqual(['summit 2022']);
	});

	it('keeps a clash whose nation mediated a truce in another clause («، بعد ساعات من وقف لإطلاق النار … بوساطة من وزير الدفاع الروسي»)', () => {
		expect(
			one(
				`${CSTO_LINE}\nقتل عسكريون روس من قوات حفظ السلام في اشتباك مع القوات الأذربيجانية يوم 20 سبتمبر 2023، بعد ساعات من وقف لإطلاق النار تم التوصل إليه بوساطة من وزير الدفاع الروسي.`,
				'2023-09-21'
			)
				.events.filter((e) => e.type === 'clash')
				.map((e) => [...e.countries].sort().join('/'))
		).toEqual(['AZE/RUS']);
	});

	it('takes no day from the cause’s own continuation («، وتحولت إلى أعمال عنف … يوم 5 يناير»)', () => {
		expect(
			brief(
				`${CSTO_LINE}\nوصلت قوات حفظ السلام التابعة لـ${M} إلى كازاخستان يوم 6 يناير 2022 إثر احتجاجات اندلعت في جاناوزن يوم 2 يناير، وتحولت إلى أعمال عنف في ألماتي يوم 5 يناير.`,
				'2022-01-07'
			).filter((x) => x.startsWith('deployment'))
		).toEqual(['deployment 2022-01-06']);
	});

	it('gives another story’s meeting to the alliance when it names «المنظمة»', () => {
		expect(
			brief(
				`${CSTO_LINE}\nموسكو – أعلن الأمين العام لـ${M} أن المنظمة سترسل بعثة مراقبين.\nوفي سياق آخر، عقد وزراء دفاع الدول الأعضاء في المنظمة اجتماعا في مينسك يوم 24 مايو 2022.`,
				'2022-05-24'
			)
		).toEqual(['summit 2022-05-24']);
	});

	it('reads «عبر الفيديو» on an item of a dashed list as by video', () => {
		expect(
			attendance(
				'وحضر القمة كل من:\nالرئيس البيلاروسي ألكسندر لوكاشينكو – رئيس الوزراء الأرميني نيكول باشينيان عبر الفيديو'
			)
		).toMatchObject([{ ARM: 'video', BLR: 'present' }]);
	});
});

describe('troops sent, told with the verb and its subject between', () => {
	const deployments = (line: string, published: string) =>
		one(`${CSTO_LINE}\n${line}`, published)
			.events.filter((e) => e.type === 'deployment')
			.map((e) => `${e.date} ${e.countries.filter((c) => c === 'KAZ').join('/')}`);

	it.each([
		[
			'the alliance named',
			'أرسلت منظمة معاهدة الأمن الجماعي قوات إلى كازاخستان يوم 6 يناير 2022 بطلب من رئيسها.'
		],
		[
			'the alliance named back, with a count',
			'أرسلت المنظمة نحو ألفين وخمسمئة جندي إلى كازاخستان يوم 6 يناير 2022 بعد طلب رئيسها.'
		],
		['«دفعت … بـ»', 'ودفع الحلف بوحدات إلى كازاخستان يوم 6 يناير 2022 لحماية المنشآت الحكومية.'],
		['«نشرت … وحدات»', 'نشرت المنظمة في السادس من يناير 2022 وحدات في كازاخستان لحماية المطارات.']
	])('reads a deployment from «أرسلت X قوات» (%s)', (_, line) => {
		expect(deployments(line, '2022-01-10')).toEqual(['2022-01-06 KAZ']);
	});

	it.each([
		['another alliance sending', 'أرسل الحلف الأطلسي قوات إلى رومانيا يوم 6 يناير 2022.'],
		[
			'a ministry publishing pictures of soldiers',
			'نشرت وزارة الدفاع الكازاخية صورا لجنود المنظمة في ألماتي يوم 8 يناير 2022.'
		],
		['a delegation sent', 'أرسلت المنظمة وفدا إلى كازاخستان يوم 8 يناير 2022 لتقييم الوضع.'],
		['troops to be sent', 'وسترسل المنظمة قوات إلى كازاخستان بعد اجتماع يوم 8 يناير 2022.'],
		['troops not sent', 'ولم ترسل المنظمة قوات إلى أرمينيا بعد اجتماع يوم 8 يناير 2022.']
	])('reads no deployment from %s', (_, line) => {
		expect(deployments(line, '2022-01-10')).toEqual([]);
	});
});

describe('a sentence of troops that only supports an event its date agrees with', () => {
	it('does not cite troops sent «في جانفي الماضي» as a source of a September exercise', () => {
		const events = one(
			`${CSTO_LINE}\nفي جانفي الماضي أرسلت لأول مرة قوة جماعية، حين وصلت قواتها إلى كازاخستان في السادس من الشهر.\nوتجري قوات المنظمة تدريبات "التفاعل 2022" في كازاخستان منذ 26 سبتمبر 2022.`,
			'2022-10-02'
		).events;
		expect(
			events.flatMap((e) => e.sources.map((s) => `${e.date} ${s.quote.slice(0, 12)}`))
		).not.toContainEqual(expect.stringMatching(/^2022-09-26 في جانفي/));
	});
});

describe('what holdout20–22 taught (rules of the language, sentences of our own)', () => {
	const M = 'منظمة معاهدة الأمن الجماعي';
	const events = (text: string, published: string) =>
		one(`${CSTO_LINE}\n${text}`, published).events.map(
			(e) => `${e.type} ${e.date}${e.end ? '..' + e.end : ''}`
		);

	it.each([
		[
			'an assent («بعد ساعات من موافقة مجلس الأمن الجماعي على طلب …»)',
			`وصلت قوات حفظ السلام التابعة لـ${M} إلى ألماتي يوم 6 يناير 2022، بعد ساعات من موافقة مجلس الأمن الجماعي على طلب الرئيس الكازاخي.`
		],
		[
			'the authority of an act («بقرار من مجلس الأمن الجماعي»)',
			`وكانت قوات المنظمة قد بدأت الانتشار في كازاخستان يوم 6 يناير 2022 بقرار من مجلس الأمن الجماعي، تلبية لنداء الحكومة.`
		]
	])('reads no meeting from the council named as %s', (_, line) => {
		expect(events(line, '2022-01-10').filter((e) => e.startsWith('summit'))).toEqual([]);
	});

	it('still reads a session the council held, with its decision after it', () => {
		expect(
			events(
				'عقد مجلس الأمن الجماعي جلسة طارئة عبر الفيديو يوم 6 يناير 2022، واتخذ بقرار من رئيسه خطوات عاجلة.',
				'2022-01-10'
			).filter((e) => e.startsWith('summit'))
		).toEqual(['summit 2022-01-06']);
	});

	it('dates a summit by the day in its own relative clause, not by a title’s «هذا العام» after it', () => {
		expect(
			events(
				`وقال الرئيس الروسي على هامش قمة ${M} التي استضافها الكرملين أمس الاثنين بمشاركة قادة الدول الست الأعضاء وترأسها رئيس الوزراء الأرميني بصفته رئيس المنظمة هذا العام، إن العقوبات فشلت.`,
				'2022-05-17'
			)
		).toEqual(['summit 2022-05-16']);
	});

	it('does not date an exercise «هذا العام» by the day of the statement that judges it', () => {
		expect(
			events(
				`أعلن رئيس الوزراء الأرميني اليوم الثلاثاء 10 يناير 2023 أن إجراء تدريبات ${M} على أراضي بلاده هذا العام "غير مناسب".`,
				'2023-01-10'
			).filter((e) => e === 'deployment 2023-01-10')
		).toEqual([]);
	});

	it('dates a clash told as «أعنف مواجهات منذ …» by its own day, the «منذ» being a comparison', () => {
		expect(
			events(
				'شهدت الحدود الأرمنية الأذربيجانية أمس الثلاثاء أعنف مواجهات منذ انتهاء حرب 2020، وقتل فيها جنود من الجانبين.',
				'2021-11-17'
			).filter((e) => e.startsWith('clash'))
		).toEqual(['clash 2021-11-16']);
	});

	it('still reads «المواجهات الأخيرة» as a point of reference', () => {
		expect(
			events(
				'وقال وزير الخارجية الأرميني إن المواجهات الأخيرة على الحدود أظهرت ضعف المنظمة.',
				'2021-11-20'
			).filter((e) => e.startsWith('clash'))
		).toEqual([]);
	});

	it('dates a meeting «قبل القمة بيوم» one day before the summit', () => {
		expect(
			events(
				`عقدت قمة ${M} في مينسك يوم 23 نوفمبر 2023 بحضور الرئيس الروسي.\nوغاب وزير الخارجية الأرميني عن اجتماع وزراء خارجية دول المنظمة الذي عقد في مينسك قبل القمة بيوم.`,
				'2023-11-24'
			)
		).toEqual(['summit 2023-11-22', 'summit 2023-11-23']);
	});

	it.each([
		[
			'a post that claims it («منشورا يزعم أن …»)',
			'تداولت حسابات على منصات التواصل منشورا يزعم أن قوات المنظمة وصلت إلى يريفان يوم 24 نوفمبر 2023.'
		],
		[
			'a circulated video that shows it',
			'وتداول ناشطون مقطعا يظهر قوات المنظمة تنتشر في يريفان يوم 24 نوفمبر 2023.'
		],
		[
			'a fact-check’s label «الادعاء:»',
			'الادعاء: قوات المنظمة انسحبت من أرمينيا يوم 24 نوفمبر 2023.'
		]
	])('reads no deployment from %s', (_, line) => {
		expect(events(line, '2023-11-25').filter((e) => e.startsWith('deployment'))).toEqual([]);
	});

	it.each([
		[
			'a ministry’s video («بثت الوزارة مقطعا يظهر وصول القوات»)',
			'بثت وزارة الدفاع الروسية مقطع فيديو يظهر وصول قوات حفظ السلام التابعة للمنظمة إلى ألماتي يوم 7 يناير 2022.',
			'deployment 2022-01-07'
		],
		[
			'a party’s accusation («زعمت باكو أن القوات الأرمنية قصفت»)',
			'زعمت باكو أن القوات الأرمنية قصفت مواقع أذربيجانية على الحدود يوم 13 سبتمبر 2022.',
			'clash 2022-09-13'
		]
	])('still reads %s', (_, line, expected) => {
		expect(events(line, '2022-09-20')).toEqual([expected]);
	});

	it('reads no clash from a third party that will not step into the fighting («للتدخل في القتال»)', () => {
		expect(
			events(
				'وقال الكرملين في سبتمبر 2023 إن القوات الروسية "لا تملك تفويضا للتدخل" في القتال الدائر في الإقليم.',
				'2023-09-20'
			).filter((e) => e.startsWith('clash'))
		).toEqual([]);
	});

	it('reads by video only the subject of «في حين تابع … عبر تقنية الاتصال المرئي», the list before it present', () => {
		expect(
			one(
				`${CSTO_LINE}\nاحتضنت دوشنبه يوم 16 سبتمبر 2021 أشغال قمة ${M}، بحضور رئيس الوزراء الأرميني نيكول باشينيان والرئيس البيلاروسي ألكسندر لوكاشينكو، في حين تابع الرئيس الروسي فلاديمير بوتين الأشغال عبر تقنية الاتصال المرئي.`,
				'2021-09-17'
			).events.map((e) => attendanceOf(e))
		).toEqual([{ ARM: 'present', BLR: 'present', RUS: 'video' }]);
	});

	it('dates an indefinite clash by the verb of its own clause after the comma («مواجهات …، اندلعت شرارتها مساء …»)', () => {
		expect(
			events(
				'عاد الهدوء إلى القرى الحدودية بعد يومين من مواجهات دامية بين القوات الطاجيكية والقرغيزية، اندلعت شرارتها مساء الأربعاء 28 أبريل قرب منشأة للمياه.',
				'2021-05-02'
			).filter((e) => e.startsWith('clash'))
		).toEqual(['clash 2021-04-28']);
	});

	it('reads an exercise the source says «قد تنقل» as only possible', () => {
		expect(
			events(
				'ونقلت الصحيفة عن مصدر عسكري أن تدريبات المنظمة "قد تنقل إلى دولة عضو أخرى" في يناير 2023.',
				'2023-01-12'
			).filter((e) => e.startsWith('deployment'))
		).toEqual([]);
	});

	it('still reads an exercise done, whatever «قد» says of what it leads to', () => {
		expect(
			events('وأجرت قوات المنظمة مناورات يوم 10 يناير 2023 قد تمهد لتدريبات أوسع.', '2023-01-12')
		).toEqual(['deployment 2023-01-10']);
	});

	it('reads a member listed after «إضافة إلى» as present', () => {
		expect(
			one(
				`${CSTO_LINE}\nعقد قادة دول ${M} يوم 23 نوفمبر 2023 قمتهم في مينسك، وبمشاركة الرئيس الروسي فلاديمير بوتين، إضافة إلى الرئيس الطاجيكي إمام علي رحمون.`,
				'2023-11-23'
			).events.map((e) => attendanceOf(e))
		).toEqual([{ RUS: 'present', TJK: 'present' }]);
	});

	it('reads «آخر أربع طائرات» as the withdrawal’s end, and «وكانت عملية الانسحاب قد بدأت في 13» as its start', () => {
		expect(
			events(
				`أعلنت وزارة الدفاع الروسية اكتمال انسحاب قوات حفظ السلام الجماعية التابعة لـ${M} من كازاخستان.\nوهبطت اليوم الأربعاء في مطار قرب موسكو آخر أربع طائرات نقل عسكري تقل جنودا من قوة حفظ السلام الجماعية عائدين من كازاخستان. وكانت عملية الانسحاب من كازاخستان قد بدأت في 13 يناير الجاري.`,
				'2022-01-19'
			)
		).toEqual(['deployment 2022-01-13..2022-01-19']);
	});
});

describe('who sits at the alliance’s table', () => {
	it('gives no attendance to a non-member named at its meeting, present or absent', () => {
		const [summit] = one(
			`${CSTO_LINE}\nعقد قادة الدول الأعضاء في منظمة معاهدة الأمن الجماعي يوم 23 أغسطس 2021 جلسة عبر الفيديو بمشاركة الرئيس الروسي والرئيس الكازاخي والرئيس الإيراني، ولم يشارك الرئيس الأوزبكي.`,
			'2021-08-24'
		).events;
		expect(Object.keys(attendanceOf(summit)!).sort()).toEqual([
			'ARM',
			'BLR',
			'KAZ',
			'KGZ',
			'RUS',
			'TJK'
		]);
		expect(summit!.countries).not.toContain('UZB');
		expect(summit!.countries).not.toContain('IRN');
	});
});

describe('Armenia’s standing, told without naming the alliance again', () => {
	const status = (text: string, published: string) =>
		(one(`${CSTO_LINE}\n${text}`, published).memberStatus['ARM'] ?? []).map(
			(p) => `${p.from} ${p.status}`
		);

	it('reads a refusal to sign «الإعلان الختامي» after the alliance’s summit, a clash word in its reason', () => {
		expect(
			status(
				'اختتمت أمس في يريفان قمة منظمة معاهدة الأمن الجماعي برئاسة باشينيان. ورفض باشينيان التوقيع على الإعلان الختامي، معتبرا أنه لا يتضمن تقييما واضحا للعدوان على أراضي بلاده.',
				'2022-11-24'
			)
		).toContain('2022-11-23 strained');
	});

	it('reads «وأعلنت أرمينيا أنها لن ترسل قوات هذه المرة» beside the alliance’s exercise as sending none', () => {
		expect(
			status(
				'انطلقت اليوم الاثنين في كازاخستان مناورات المنظمة. وأعلنت أرمينيا أنها لن ترسل قوات هذه المرة.',
				'2022-09-26'
			)
		).toEqual(['2022-09-26 strained']);
	});

	it.each([
		['the alliance, its subject', 'وأعلنت المنظمة أنها لن ترسل قوات إلى أرمينيا رغم طلبها.'],
		[
			'the alliance, in an Armenian minister’s words',
			'وقال وزير الخارجية الأرميني إن المنظمة لن ترسل قوات إلى أرمينيا رغم طلبها.'
		]
	])('does not read «لن ترسل قوات» of %s as Armenia’s act', (_, line) => {
		expect(
			status(`انطلقت اليوم الاثنين في كازاخستان مناورات المنظمة. ${line}`, '2022-09-26')
		).toEqual([]);
	});
});

describe('who made up the force, told after it arrived', () => {
	it.each([
		[
			'«وضمت القوة مظليين روساً ووحدات من …»',
			'وضمت القوة مظليين روساً ووحدات من بيلاروسيا وأرمينيا.'
		],
		['«وتكونت القوة من …»', 'وتكونت القوة من وحدات روسية وبيلاروسية وأرمينية.']
	])('gives the deployment the members of %s', (_, line) => {
		expect(
			one(
				`${CSTO_LINE}\nوصلت قوات حفظ السلام التابعة للمنظمة إلى كازاخستان يوم 6 يناير 2022.\n${line}`,
				'2022-01-07'
			).events.map((e) => [...e.countries].sort().join('/'))
		).toEqual(['ARM/BLR/KAZ/RUS']);
	});

	it('gives the force’s withdrawal the members that came with it', () => {
		expect(
			one(
				`${CSTO_LINE}\nوصلت قوات حفظ السلام التابعة للمنظمة إلى كازاخستان يوم 6 يناير 2022، وتتألف من وحدات روسية وبيلاروسية وأرمينية.\nوبدأت القوة انسحابها من كازاخستان يوم 13 يناير 2022.`,
				'2022-01-14'
			).events.map((e) => `${e.date} ${[...e.countries].sort().join('/')}`)
		).toEqual(['2022-01-06 ARM/BLR/KAZ/RUS', '2022-01-13 ARM/BLR/KAZ/RUS']);
	});
});

describe('what the review of session 15’s rules found', () => {
	const events = (text: string, published: string) =>
		one(`${text}\n${CSTO_LINE}`, published).events.map(
			(e) => `${e.type} ${e.date}${e.end ? '..' + e.end : ''}`
		);

	it.each([
		[
			'«الحلف» after NATO was named',
			'عزز حلف شمال الأطلسي جناحه الشرقي بعد بدء الحرب في أوكرانيا. ونشر الحلف آلاف الجنود في بولندا قرب حدود بيلاروسيا يوم 25 فبراير 2022.'
		],
		[
			'a price paid («دفعت ثمن … من دماء الجنود»)',
			'وقال باشينيان يوم 14 سبتمبر 2022 إن أرمينيا دفعت ثمن ثقتها بالمنظمة من دماء الجنود.'
		],
		[
			'a picture published («نشرت … صورة … مع الجنود»)',
			'نشرت المنظمة صورة جماعية للقادة مع الجنود في ألماتي يوم 10 يناير 2022.'
		],
		[
			'a statement published («نشرت بيانها حول القوات»)',
			'نشرت المنظمة بيانها حول القوات في كازاخستان يوم 13 يناير 2022.'
		],
		[
			'an envoy sent («أرسلت أمينها العام للقاء الجنود»)',
			'أرسلت المنظمة أمينها العام للقاء الجنود في ألماتي يوم 10 يناير 2022.'
		]
	])('reads no deployment from %s', (_, line) => {
		expect(events(line, '2022-09-15').filter((e) => e.startsWith('deployment'))).toEqual([]);
	});

	it('reads the last planes landing where the force arrives as its arrival, not a withdrawal', () => {
		const built = one(
			`${CSTO_LINE}\nوهبطت في مطار ألماتي يوم 8 يناير 2022 آخر خمس طائرات تقل قوات المنظمة.`,
			'2022-01-09'
		).events;
		expect(built.map((e) => `${e.type} ${e.date} ${e.title.en}`)).toEqual([
			expect.stringMatching(/^deployment 2022-01-08 (?!.*[Ww]ithdrawal)/)
		]);
	});

	it.each([
		[
			'a pluperfect of the force («وكانت القوات قد تمركزت»)',
			'وكانت قوات حفظ السلام التابعة للمنظمة قد تمركزت في ألماتي يوم 7 يناير 2022.',
			'deployment 2022-01-07'
		],
		[
			'a pluperfect of a clash («وكانت اشتباكات قد تجددت»)',
			'وكانت اشتباكات قد تجددت على الحدود بين قرغيزستان وطاجيكستان يوم 14 سبتمبر 2022.',
			'clash 2022-09-14'
		],
		[
			'a dated summit that «قد تمهد»',
			'ورأى الكرملين أن قمة المنظمة أمس في يريفان قد تمهد لتعاون أوثق.',
			'summit 2022-11-23'
		]
	])('still reads %s', (_, line, expected) => {
		expect(events(line, '2022-11-24')).toContain(expected);
	});

	it.each([
		[
			'a ministry’s video on social media',
			'ونشرت وزارة الدفاع الروسية على منصات التواصل مقطعا يظهر وصول قوات المنظمة إلى ألماتي يوم 7 يناير 2022.',
			'deployment 2022-01-07'
		],
		[
			'a report after a clause of circulated videos',
			'وفي حين تداول ناشطون مقطعا يظهر دخانا فوق القرى، أكدت وزارة الدفاع الأرمنية أن القوات الأذربيجانية قصفت مواقع أرمنية فجر الثلاثاء 13 سبتمبر 2022.',
			'clash 2022-09-13'
		],
		[
			'a leader’s accusation in a tweet («تغريدة زعم فيها»)',
			'وفي تغريدة زعم فيها أن القوات الأرمنية قصفت مواقع أذربيجانية يوم 13 سبتمبر 2022، دعا علييف المجتمع الدولي إلى الضغط على يريفان.',
			'clash 2022-09-13'
		]
	])('still reads %s', (_, line, expected) => {
		expect(events(line, '2022-09-14')).toContain(expected);
	});

	it.each([
		[
			'«تفويض من مجلس … في اجتماعه الاستثنائي»',
			'وحصلت القوات على تفويض من مجلس الأمن الجماعي في اجتماعه الاستثنائي عبر الفيديو يوم 10 يناير 2022.',
			'summit 2022-01-10'
		],
		[
			'«بموافقة مجلس … الذي اجتمع»',
			'وانتشرت القوات بموافقة مجلس الأمن الجماعي الذي اجتمع عبر الفيديو يوم 6 يناير 2022.',
			'summit 2022-01-06'
		],
		[
			'«بقرار من مجلس … في جلسته الطارئة»',
			'وبدأ انتشار القوات بقرار من مجلس الأمن الجماعي في جلسته الطارئة يوم 6 يناير 2022.',
			'summit 2022-01-06'
		]
	])('still reads the council’s session told with its decision: %s', (_, line, expected) => {
		expect(events(line, '2022-01-11')).toContain(expected);
	});

	it('reads no meeting from «بعد ساعات من قرار اتخذه مجلس الأمن الجماعي»', () => {
		expect(
			events(
				'بعد ساعات من قرار اتخذه مجلس الأمن الجماعي يوم 6 يناير 2022، وصلت القوات.',
				'2022-01-11'
			).filter((e) => e.startsWith('summit'))
		).toEqual([]);
	});

	it.each([
		[
			'«المواجهات منذ استقلال البلدين»',
			'وقال الوزير يوم 20 سبتمبر 2022 إن المواجهات منذ استقلال البلدين أودت بحياة المئات من قرغيزستان وطاجيكستان.'
		],
		[
			'«القمة منذ بداية الحرب»',
			'وقال لافروف يوم 10 أكتوبر 2022 إن القمة منذ بداية الحرب لم تغير شيئا.'
		]
	])('reads %s as a summary, no happening of its own', (_, line) => {
		expect(events(line, '2022-10-12')).toEqual([]);
	});

	it('does not date a reference by the day of another happening told after the comma', () => {
		expect(
			events(
				'وبعد مواجهات دامية بين القوات الطاجيكية والقرغيزية، اندلعت يوم الجمعة 30 أبريل مظاهرات في بيشكيك.',
				'2021-05-02'
			).filter((e) => e.startsWith('clash'))
		).not.toContain('clash 2021-04-30');
	});

	it('does not date a summit by another meeting’s day beside it', () => {
		expect(
			events(
				'وأشاد باشينيان باجتماع وزراء الدفاع في ألماتي يوم 10 أكتوبر 2022 وبقمة المنظمة هذا العام في يريفان.',
				'2022-11-25'
			)
		).toEqual(['summit 2022', 'summit 2022-10-10']);
	});

	it.each([
		[
			'«نحو ألفي عسكري»',
			'أرسلت المنظمة نحو ألفي عسكري إلى كازاخستان يوم 6 يناير 2022 بطلب من رئيسها.'
		],
		[
			'«المئات من جنودها»',
			'أرسلت المنظمة المئات من جنودها إلى كازاخستان يوم 6 يناير 2022 بطلب من رئيسها.'
		],
		['«2500 عنصر»', 'أرسلت المنظمة 2500 عنصر إلى كازاخستان يوم 6 يناير 2022 بطلب من رئيسها.']
	])('reads troops sent as %s', (_, line) => {
		expect(events(line, '2022-01-10')).toContain('deployment 2022-01-06');
	});

	it('dates a meeting «قبيل انطلاق القمة بيوم» one day before the summit', () => {
		expect(
			events(
				'عقدت قمة المنظمة في مينسك يوم 23 نوفمبر 2023. وغاب الوزير الأرميني عن اجتماع وزراء الخارجية الذي عقد في مينسك قبيل انطلاق القمة بيوم.',
				'2023-11-24'
			)
		).toEqual(['summit 2023-11-22', 'summit 2023-11-23']);
	});
});

describe('what holdout23–25 taught (rules of the language, sentences of our own)', () => {
	const events = (text: string, published: string) =>
		one(`${CSTO_LINE}\n${text}`, published).events.map(
			(e) => `${e.type} ${e.date}${e.end ? '..' + e.end : ''}`
		);

	it.each([
		[
			'a judgement in quotation marks («لا ترى "من المناسب" إجراء …»)',
			'أعلن رئيس الوزراء الأرميني أمس أن بلاده لا ترى "من المناسب" إجراء تدريبات المنظمة على أراضيها هذا العام.'
		],
		[
			'a headline’s shut door («تغلق أبوابها أمام تدريبات …»)',
			'أرمينيا تغلق أبوابها أمام تدريبات منظمة معاهدة الأمن الجماعي هذا العام'
		],
		['«يوصد الباب أمام مناورات»', 'باشينيان يوصد الباب أمام مناورات المنظمة في أرمينيا هذا العام']
	])('reads no exercise from %s', (_, line) => {
		expect(events(line, '2023-01-11').filter((e) => e.startsWith('deployment'))).toEqual([]);
	});

	it('still reads an exercise when what is judged unfit is commenting on it', () => {
		expect(
			events(
				'وقال إن الجيش لا يرى "من المناسب" التعليق على مناورات المنظمة التي جرت أمس.',
				'2023-01-11'
			)
		).toEqual(['deployment 2023-01-10']);
	});

	it('reads «بين الفاتح والسادس من سبتمبر» as the first to the sixth', () => {
		expect(
			events('وجرت تدريبات المنظمة في بيلاروسيا بين الفاتح والسادس من سبتمبر 2023.', '2023-09-10')
		).toEqual(['deployment 2023-09-01..2023-09-06']);
	});

	it('spans an exercise closed «بعد ستة أيام من المناورات التي انطلقت في الأول من الشهر»', () => {
		expect(
			events(
				'اختتمت أمس الأربعاء في بريست تدريبات المنظمة، بعد ستة أيام من المناورات التي انطلقت في الأول من الشهر الجاري.',
				'2023-09-07'
			)
		).toEqual(['deployment 2023-09-01..2023-09-06']);
	});

	it('reads a force, bare, that began leaving the country as its withdrawal', () => {
		expect(
			events(
				'وصلت قوات حفظ السلام التابعة للمنظمة إلى كازاخستان يوم 6 يناير 2022.\nوكانت القوة، التي ضمت وحدات من روسيا وبيلاروسيا، قد بدأت مغادرة الأراضي الكازاخستانية يوم 13 يناير 2022.',
				'2022-01-20'
			)
		).toEqual(['deployment 2022-01-06', 'deployment 2022-01-13']);
	});

	it('reads a force sent and its withdrawal told in one sentence as two, each with its own days', () => {
		expect(
			events(
				'ففي السادس من جانفي 2022 أشرف على نشر قوة حفظ سلام جماعية في كازاخستان، ضمت وحدات روسية، بدأت انسحابها في 13 جانفي وأتمته في 19 من الشهر نفسه.',
				'2022-12-30'
			)
		).toEqual(['deployment 2022-01-06', 'deployment 2022-01-13..2022-01-19']);
	});

	it('reads the last planes «التي أقلت» the force landing at home as the end of its withdrawal', () => {
		const built = one(
			`${CSTO_LINE}\nأعلنت وزارة الدفاع الروسية أن آخر طائرات النقل العسكري التي أقلت عناصر قوات حفظ السلام التابعة للمنظمة هبطت قرب موسكو أمس الأربعاء 19 يناير 2022، لتطوى بذلك صفحة أول مهمة للحلف.`,
			'2022-01-20'
		).events;
		expect(built.map((e) => `${e.date} ${e.title.en}`)).toEqual([
			expect.stringMatching(/^2022-01-19 .*[Ww]ithdrawal/)
		]);
	});
});

describe('what holdout24 taught (rules of the language, sentences of our own)', () => {
	it('gives a meeting recalled as «الاجتماع الاستثنائي الذي عقده القادة عبر الفيديو» every member', () => {
		const built = one(
			`${CSTO_LINE}\nوتأتي القمة بعد أسابيع من الاجتماع الاستثنائي الذي عقده القادة عبر الفيديو في الثالث والعشرين من أغسطس الماضي.`,
			'2021-09-16'
		).events.find((e) => e.date === '2021-08-23');
		expect([...(built?.countries ?? [])].sort()).toEqual([
			'ARM',
			'BLR',
			'KAZ',
			'KGZ',
			'RUS',
			'TJK'
		]);
	});

	it('reads «وجمعت القمة، التي ترأسها …، كلاً من …» as who attended', () => {
		expect(
			one(
				`${CSTO_LINE}\nعقدت قمة المنظمة في مينسك يوم 23 نوفمبر 2023.\nوجمعت القمة، التي ترأسها لوكاشينكو، كلاً من الرئيس الروسي فلاديمير بوتين والرئيس الطاجيكي إمام علي رحمون.`,
				'2023-11-24'
			).events.map((e) => attendanceOf(e))
		).toEqual([{ BLR: 'present', RUS: 'present', TJK: 'present' }]);
	});

	it('dates «عشية القمة» by a summit whose day its relative clause told far from its name', () => {
		expect(
			one(
				`${CSTO_LINE}\nلم يكن غياب أرمينيا عن قمة المنظمة التي استضافتها العاصمة البيلاروسية مينسك أمس الخميس مفاجئا.\nوتغيب وزير الخارجية الأرميني عن اجتماع وزراء الخارجية الذي عقد في مينسك عشية القمة.`,
				'2023-11-24'
			).events.map((e) => e.date)
		).toEqual(['2023-11-22', '2023-11-23']);
	});

	it('reads no withdrawal from forces the two sides agreed to pull back («اتفق … على وقف إطلاق النار وسحب المعدات»)', () => {
		expect(
			one(
				`${CSTO_LINE}\nعاد الهدوء إلى الحدود بين قرغيزستان وطاجيكستان، بعد أن اتفق رئيسا أجهزة الأمن في البلدين العضوين في منظمة معاهدة الأمن الجماعي مساء الجمعة 16 سبتمبر 2022 على وقف إطلاق النار وسحب المعدات العسكرية من خطوط التماس.`,
				'2022-09-17'
			).events.filter((e) => e.type === 'deployment')
		).toEqual([]);
	});
});

describe('what the second review of session 15’s rules found', () => {
	const events = (text: string, published: string) =>
		one(`${CSTO_LINE}\n${text}`, published).events.map(
			(e) => `${e.type} ${e.date}${e.end ? '..' + e.end : ''}`
		);
	const status = (text: string, published: string) =>
		(one(`${CSTO_LINE}\n${text}`, published).memberStatus['ARM'] ?? []).map(
			(p) => `${p.from} ${p.status}`
		);

	it('does not move a yearless day on the page’s own side of its date into a year recalled before it', () => {
		expect(
			events(
				'وبعد عام على نشر قوات المنظمة في كازاخستان في 6 يناير 2022، أجرت منظمة معاهدة الأمن الجماعي في 10 يناير تدريبات لقوات حفظ السلام في طاجيكستان.',
				'2023-01-12'
			)
		).toEqual(['deployment 2023-01-10']);
	});

	it.each([
		[
			'the protests’ start («بعد أربعة أيام من بدء الاحتجاجات في 2 يناير»)',
			'أرسلت منظمة معاهدة الأمن الجماعي قوات حفظ سلام إلى كازاخستان في 6 يناير 2022 بعد أربعة أيام من بدء الاحتجاجات في 2 يناير.',
			'2022-01-08',
			'deployment 2022-01-06'
		],
		[
			'the attack’s start («بعد أسبوع من انطلاق الهجوم»)',
			'وأرسلت منظمة معاهدة الأمن الجماعي بعثة عسكرية إلى أرمينيا في 20 سبتمبر 2022 بعد أسبوع من انطلاق الهجوم الأذربيجاني في 13 سبتمبر.',
			'2022-09-22',
			'deployment 2022-09-20'
		]
	])('opens no span of a deployment from %s', (_, line, published, expected) => {
		expect(events(line, published).filter((e) => e.startsWith('deployment'))).toEqual([expected]);
	});

	it.each([
		[
			'another nation’s force named in the sentence before',
			'أرسلت منظمة معاهدة الأمن الجماعي قوات حفظ سلام إلى كازاخستان في 6 يناير 2022.\nوفي أرمينيا، نشرت روسيا قوة حفظ سلام في ناغورني قره باغ منذ نوفمبر 2020.\nوكانت القوة، التي ضمت نحو ألفي جندي روسي، قد بدأت مغادرة بعض المواقع في 12 يناير.'
		],
		[
			'the Kazakh forces («وبدأت القوات الكازاخية … الانسحاب»)',
			'أرسلت منظمة معاهدة الأمن الجماعي قوات حفظ سلام إلى كازاخستان في 6 يناير 2022.\nوبدأت القوات الكازاخية في 11 يناير الانسحاب من ساحة الجمهورية في ألماتي.'
		]
	])('reads no withdrawal of the alliance’s force from %s', (_, text) => {
		expect(events(text, '2022-01-14')).toEqual(['deployment 2022-01-06']);
	});

	it('reads no sent-no-troops from «أرمينيا لن ترسل قوات إلى أوكرانيا» beside the alliance’s drills', () => {
		expect(
			status(
				'بدأت مناورات منظمة معاهدة الأمن الجماعي في كازاخستان في 3 أكتوبر 2022.\nوأكد باشينيان في 5 أكتوبر أن أرمينيا لن ترسل قوات إلى أوكرانيا.',
				'2022-10-06'
			)
		).toEqual([]);
	});

	it('still reads an exercise whose door «لم تغلق» Armenia', () => {
		expect(
			events(
				'ولم تغلق يريفان الباب أمام مناورات منظمة معاهدة الأمن الجماعي التي جرت على أراضيها في 10 سبتمبر 2021.',
				'2021-09-12'
			)
		).toEqual(['deployment 2021-09-10']);
	});
});

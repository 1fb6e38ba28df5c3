import type { Org } from './types';

/**
 * Organisations, so the caller can tell a CSTO sentence from an SCO, CIS or EAEU one (the same
 * leaders meet in all four, often the same week), and state institutions and news agencies whose
 * names contain a country or a city ("روسيا اليوم", "مجموعة مينسك") and must not be read as one.
 */
export const ORGS: readonly Org[] = [
	{
		id: 'csto',
		name: { en: 'Collective Security Treaty Organization', ar: 'منظمة معاهدة الأمن الجماعي' },
		variants: [
			'معاهدة الأمن الجماعي',
			'منظمة الأمن الجماعي',
			// Bare "collective security" is how outlets shorten the name, and the CSTO's own
			// "Collective Security Council" contains it; outside CSTO news the phrase is rare.
			'الأمن الجماعي',
			'منظمة اتفاقية الأمن الجماعي',
			'اتفاقية الأمن الجماعي',
			'أوديكب',
			'اوديكا بي',
			'معاهدة طشقند',
			'قوات حفظ السلام الجماعية',
			'قوات حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي',
			'قوات الرد السريع الجماعية',
			'قوة الرد السريع الجماعية',
			'قوات الانتشار السريع الجماعية',
			'csto',
			'odkb'
		],
		kind: 'alliance',
		country: null
	},
	{
		id: 'sco',
		name: { en: 'Shanghai Cooperation Organisation', ar: 'منظمة شنغهاي للتعاون' },
		variants: [
			'منظمة شانغهاي للتعاون',
			'منظمة شنجهاي للتعاون',
			'منظمة شانجهاي للتعاون',
			'منظمة شنغهاي',
			'منظمة شانغهاي',
			'شنغهاي للتعاون',
			'شانغهاي للتعاون',
			'مجموعة شنغهاي'
		],
		kind: 'bloc',
		country: null
	},
	{
		id: 'cis',
		name: { en: 'Commonwealth of Independent States', ar: 'رابطة الدول المستقلة' },
		variants: ['كومنولث الدول المستقلة', 'مجموعة الدول المستقلة', 'منظمة الدول المستقلة'],
		kind: 'bloc',
		country: null
	},
	{
		id: 'eaeu',
		name: { en: 'Eurasian Economic Union', ar: 'الاتحاد الاقتصادي الأوراسي' },
		variants: [
			'الاتحاد الأوراسي',
			'الاتحاد الاقتصادي الأوروآسيوي',
			'المجلس الاقتصادي الأوراسي الأعلى',
			'المجلس الاقتصادي الأعلى الأوراسي',
			'المجلس الأوراسي الأعلى',
			'اللجنة الاقتصادية الأوراسية'
		],
		kind: 'bloc',
		country: null
	},
	{
		id: 'nato',
		name: { en: 'NATO', ar: 'حلف شمال الأطلسي' },
		variants: [
			'الناتو',
			'حلف الناتو',
			'ناتو',
			'منظمة حلف شمال الأطلسي',
			'حلف شمال الأطلنطي',
			'حلف الأطلسي',
			'الحلف الأطلسي',
			'nato'
		],
		kind: 'alliance',
		country: null
	},
	{
		id: 'eu',
		name: { en: 'European Union', ar: 'الاتحاد الأوروبي' },
		variants: ['الاتحاد الاوربي', 'المفوضية الأوروبية', 'المجلس الأوروبي'],
		kind: 'bloc',
		country: null
	},
	{
		id: 'un',
		name: { en: 'United Nations', ar: 'الأمم المتحدة' },
		variants: ['منظمة الأمم المتحدة', 'هيئة الأمم المتحدة', 'مجلس الأمن الدولي'],
		kind: 'international',
		country: null
	},
	{
		id: 'osce',
		name: { en: 'OSCE', ar: 'منظمة الأمن والتعاون في أوروبا' },
		variants: ['منظمة الأمن والتعاون الأوروبي'],
		kind: 'international',
		country: null
	},
	{
		id: 'osce-minsk-group',
		name: { en: 'OSCE Minsk Group', ar: 'مجموعة مينسك' },
		variants: ['مجموعة منسك'],
		kind: 'international',
		country: null
	},
	{
		id: 'brics',
		name: { en: 'BRICS', ar: 'بريكس' },
		variants: ['مجموعة بريكس', 'البريكس'],
		kind: 'bloc',
		country: null
	},
	{
		id: 'g20',
		name: { en: 'G20', ar: 'مجموعة العشرين' },
		variants: ['مجموعة العشرين الكبرى'],
		kind: 'bloc',
		country: null
	},
	{
		id: 'g7',
		name: { en: 'G7', ar: 'مجموعة السبع' },
		variants: ['مجموعة الدول السبع', 'مجموعة السبع الكبرى'],
		kind: 'bloc',
		country: null
	},
	{
		id: 'arab-league',
		name: { en: 'Arab League', ar: 'جامعة الدول العربية' },
		variants: ['الجامعة العربية'],
		kind: 'international',
		country: null
	},
	{
		id: 'gcc',
		name: { en: 'Gulf Cooperation Council', ar: 'مجلس التعاون الخليجي' },
		variants: ['مجلس التعاون لدول الخليج العربية', 'مجلس التعاون لدول الخليج'],
		kind: 'bloc',
		country: null
	},
	{
		id: 'oic',
		name: { en: 'Organisation of Islamic Cooperation', ar: 'منظمة التعاون الإسلامي' },
		variants: [],
		kind: 'international',
		country: null
	},
	{
		id: 'african-union',
		name: { en: 'African Union', ar: 'الاتحاد الأفريقي' },
		variants: [],
		kind: 'international',
		country: null
	},
	{
		id: 'asean',
		name: { en: 'ASEAN', ar: 'رابطة دول جنوب شرق آسيا' },
		variants: ['آسيان', 'الآسيان'],
		kind: 'bloc',
		country: null
	},
	// Blocs whose members overlap the CSTO's in Central Asia and meet in the same weeks.
	{
		id: 'ots',
		name: { en: 'Organization of Turkic States', ar: 'منظمة الدول التركية' },
		variants: [
			'منظمة الدول الناطقة بالتركية',
			'مجلس التعاون للدول الناطقة بالتركية',
			'المجلس التركي',
			'منظمة الدول التركمانية'
		],
		kind: 'bloc',
		country: null
	},
	{
		id: 'cica',
		name: {
			en: 'Conference on Interaction and Confidence-Building Measures in Asia',
			ar: 'مؤتمر التفاعل وتدابير بناء الثقة في آسيا'
		},
		variants: ['مؤتمر التفاعل وإجراءات بناء الثقة في آسيا', 'مؤتمر سيكا', 'سيكا'],
		kind: 'bloc',
		country: null
	},
	{
		id: 'eco',
		name: { en: 'Economic Cooperation Organization', ar: 'منظمة التعاون الاقتصادي' },
		variants: ['منظمة إيكو'],
		kind: 'bloc',
		country: null
	},
	{
		id: 'kremlin',
		name: { en: 'Kremlin', ar: 'الكرملين' },
		variants: ['الكريملن', 'الكريملين', 'الكرملن'],
		kind: 'institution',
		country: 'RUS',
		seat: 'moscow'
	},
	{
		id: 'white-house',
		name: { en: 'White House', ar: 'البيت الأبيض' },
		variants: [],
		kind: 'institution',
		country: 'USA'
	},
	{
		id: 'taliban',
		name: { en: 'Taliban', ar: 'طالبان' },
		variants: ['حركة طالبان'],
		kind: 'movement',
		country: 'AFG'
	},
	{
		id: 'rt',
		name: { en: 'RT', ar: 'روسيا اليوم' },
		variants: ['آر تي'],
		kind: 'media',
		country: 'RUS'
	},
	{
		id: 'tass',
		name: { en: 'TASS', ar: 'تاس' },
		variants: ['وكالة تاس', 'ايتار تاس'],
		kind: 'media',
		country: 'RUS'
	},
	{
		id: 'sputnik',
		name: { en: 'Sputnik', ar: 'سبوتنيك' },
		variants: ['وكالة سبوتنيك'],
		kind: 'media',
		country: 'RUS'
	},
	{
		id: 'ria-novosti',
		name: { en: 'RIA Novosti', ar: 'ريا نوفوستي' },
		variants: ['نوفوستي'],
		kind: 'media',
		country: 'RUS'
	}
];

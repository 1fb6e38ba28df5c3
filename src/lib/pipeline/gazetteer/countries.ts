import type { Country } from './types';

/**
 * The six CSTO members, their neighbours and the states Arabic news mentions next to them, plus
 * the states that fill the unrelated teasers around an article (so the caller can tell noise from
 * a CSTO state). Spellings are the ones Arabic outlets use (RT, Sputnik, Al Jazeera, Anadolu,
 * Al-Ahram, SANA, Xinhua): several transliterations of the Central Asian names are in daily use.
 */
export const COUNTRIES: readonly Country[] = [
	// --- CSTO members ---
	{
		iso3: 'ARM',
		isoNumeric: '051',
		name: { en: 'Armenia', ar: 'أرمينيا' },
		member: true,
		variants: ['جمهورية أرمينيا', 'أرمانيا'],
		// "أرمينية" is both an older spelling of the country and the feminine adjective; it is
		// listed as the adjective, which it is far more often in current news.
		adjectives: [
			'الأرميني',
			'الأرمينية',
			'الأرمني',
			'الأرمنية',
			'الأرمن',
			'الأرمينيين',
			'الأرمنيين',
			'الأرمينيون',
			'الأرمنيون',
			'الأرمينيتين',
			'الأرمينيتان',
			'الأرمنيتين',
			'الأرمينيان',
			'أرميني',
			'أرمينية',
			'أرمني',
			'أرمنية',
			'أرمن',
			'أرمينيين',
			'أرمنيين',
			'أرمينيون',
			'أرمنيون'
		],
		capital: 'yerevan',
		centroid: [44.9, 40.3]
	},
	{
		iso3: 'BLR',
		isoNumeric: '112',
		name: { en: 'Belarus', ar: 'بيلاروسيا' },
		member: true,
		variants: [
			'بيلاروس',
			'روسيا البيضاء',
			'بيلوروسيا',
			'جمهورية بيلاروسيا',
			'جمهورية بيلاروس',
			'بيلا روسيا'
		],
		adjectives: [
			'البيلاروسي',
			'البيلاروسية',
			'البيلاروس',
			'البيلاروسيين',
			'البيلاروسيون',
			'البيلاروسيتين',
			'البيلوروسي',
			'البيلوروسية',
			'البيلوروس',
			'بيلاروسي',
			'بيلاروسية',
			'بيلاروسيين',
			'بيلاروسيون',
			'بيلوروسي',
			'بيلوروسية'
		],
		capital: 'minsk',
		centroid: [28.0, 53.5]
	},
	{
		iso3: 'KAZ',
		isoNumeric: '398',
		name: { en: 'Kazakhstan', ar: 'كازاخستان' },
		member: true,
		variants: ['قازاقستان', 'قزاقستان', 'كزاخستان', 'قازاخستان', 'كازخستان', 'جمهورية كازاخستان'],
		adjectives: [
			'الكازاخستاني',
			'الكازاخستانية',
			'الكازاخستانيين',
			'الكازاخستانيون',
			'الكازاخي',
			'الكازاخية',
			'الكازاخ',
			'الكازاخيين',
			'القازاقي',
			'القازاقية',
			'القازاق',
			'القزاقي',
			'القزاقية',
			'كازاخستاني',
			'كازاخستانية',
			'كازاخستانيين',
			'كازاخي',
			'كازاخية',
			'قازاقي',
			'قازاقية'
		],
		capital: 'astana',
		centroid: [67.0, 48.0]
	},
	{
		iso3: 'KGZ',
		isoNumeric: '417',
		name: { en: 'Kyrgyzstan', ar: 'قيرغيزستان' },
		member: true,
		variants: [
			'قرغيزستان',
			'قرجيزستان',
			'قيرجيزستان',
			'كيرغيزستان',
			'كيرغيستان',
			'قيرغيستان',
			'قرغيزيا',
			'قيرغيزيا',
			'كيرغيزيا',
			'جمهورية قيرغيزستان',
			'جمهورية قرغيزستان'
		],
		adjectives: [
			'القرغيزي',
			'القرغيزية',
			'القرغيز',
			'القرغيزيين',
			'القيرغيزي',
			'القيرغيزية',
			'القيرغيز',
			'القيرغيزيين',
			'القيرجيزي',
			'القيرجيزية',
			'القرجيزي',
			'القرجيزية',
			'الكيرغيزي',
			'الكيرغيزية',
			'القرغيزستاني',
			'القيرغيزستاني',
			'القيرغيزستانية',
			'قرغيزي',
			'قرغيزية',
			'قيرغيزي',
			'قيرغيزية',
			'قيرجيزي',
			'قيرجيزية'
		],
		capital: 'bishkek',
		centroid: [74.6, 41.5]
	},
	{
		iso3: 'RUS',
		isoNumeric: '643',
		name: { en: 'Russia', ar: 'روسيا' },
		member: true,
		variants: ['الاتحاد الروسي', 'روسيا الاتحادية', 'جمهورية روسيا الاتحادية'],
		adjectives: [
			'الروسي',
			'الروسية',
			'الروس',
			'الروسيين',
			'الروسيون',
			'الروسيتين',
			'الروسيتان',
			'الروسيان',
			'روسي',
			'روسية',
			'روس',
			// "مظليين روساً": the accusative plural.
			'روسا',
			'روسيين',
			'روسيون'
		],
		capital: 'moscow',
		centroid: [96.0, 61.5]
	},
	{
		iso3: 'TJK',
		isoNumeric: '762',
		name: { en: 'Tajikistan', ar: 'طاجيكستان' },
		member: true,
		variants: ['طاجكستان', 'تاجيكستان', 'طاجيكيستان', 'جمهورية طاجيكستان'],
		adjectives: [
			'الطاجيكي',
			'الطاجيكية',
			'الطاجيك',
			'الطاجيكيين',
			'الطاجيكستاني',
			'الطاجيكستانية',
			'الطاجيكستانيين',
			'الطاجكي',
			'الطاجكية',
			'التاجيكي',
			'التاجيكية',
			'طاجيكي',
			'طاجيكية',
			'طاجيكستاني',
			'طاجيكستانية',
			'طاجيك'
		],
		capital: 'dushanbe',
		centroid: [71.0, 38.8]
	},

	// --- Neighbours and states in the news with the CSTO ---
	{
		iso3: 'AZE',
		isoNumeric: '031',
		name: { en: 'Azerbaijan', ar: 'أذربيجان' },
		member: false,
		variants: ['جمهورية أذربيجان'],
		adjectives: [
			'الأذربيجاني',
			'الأذربيجانية',
			'الأذربيجانيين',
			'الأذري',
			'الأذرية',
			'الأذريين',
			'أذربيجاني',
			'أذربيجانية',
			'أذري',
			'أذرية'
		],
		capital: 'baku',
		centroid: [47.7, 40.3]
	},
	{
		iso3: 'GEO',
		isoNumeric: '268',
		name: { en: 'Georgia', ar: 'جورجيا' },
		member: false,
		variants: ['جيورجيا'],
		adjectives: ['الجورجي', 'الجورجية', 'الجورجيين', 'جورجي', 'جورجية'],
		capital: 'tbilisi',
		centroid: [43.5, 42.2]
	},
	{
		iso3: 'TUR',
		isoNumeric: '792',
		name: { en: 'Türkiye', ar: 'تركيا' },
		member: false,
		variants: ['توركيا', 'الجمهورية التركية'],
		adjectives: ['التركي', 'التركية', 'الأتراك', 'تركي', 'تركية', 'أتراك'],
		capital: 'ankara',
		centroid: [35.2, 39.0]
	},
	{
		iso3: 'IRN',
		isoNumeric: '364',
		name: { en: 'Iran', ar: 'إيران' },
		member: false,
		variants: ['الجمهورية الإسلامية الإيرانية', 'الجمهورية الإسلامية'],
		adjectives: [
			'الإيراني',
			'الإيرانية',
			'الإيرانيين',
			'الإيرانيون',
			'إيراني',
			'إيرانية',
			'إيرانيين'
		],
		capital: 'tehran',
		centroid: [53.7, 32.4]
	},
	{
		iso3: 'AFG',
		isoNumeric: '004',
		name: { en: 'Afghanistan', ar: 'أفغانستان' },
		member: false,
		variants: ['أفغانيستان'],
		adjectives: ['الأفغاني', 'الأفغانية', 'الأفغان', 'الأفغانيين', 'أفغاني', 'أفغانية', 'أفغان'],
		capital: 'kabul',
		centroid: [66.0, 33.9]
	},
	{
		iso3: 'UZB',
		isoNumeric: '860',
		name: { en: 'Uzbekistan', ar: 'أوزبكستان' },
		member: false,
		variants: ['أوزبيكستان', 'اوزباكستان', 'أوزبكيستان'],
		adjectives: [
			'الأوزبكي',
			'الأوزبكية',
			'الأوزبك',
			'الأوزبكستاني',
			'الأوزبكستانية',
			'الأوزبيكي',
			'الأوزبيكية',
			'أوزبكي',
			'أوزبكية',
			'أوزبكستاني'
		],
		capital: 'tashkent',
		centroid: [64.0, 41.5]
	},
	{
		iso3: 'TKM',
		isoNumeric: '795',
		name: { en: 'Turkmenistan', ar: 'تركمانستان' },
		member: false,
		variants: ['تركمنستان', 'توركمانستان'],
		adjectives: [
			'التركماني',
			'التركمانية',
			'التركمانستاني',
			'التركمانستانية',
			'تركماني',
			'تركمانية',
			'تركمانستاني'
		],
		capital: 'ashgabat',
		centroid: [59.5, 39.0]
	},
	{
		iso3: 'CHN',
		isoNumeric: '156',
		name: { en: 'China', ar: 'الصين' },
		member: false,
		variants: ['جمهورية الصين الشعبية', 'الصين الشعبية'],
		adjectives: ['الصيني', 'الصينية', 'الصينيين', 'الصينيون', 'صيني', 'صينية', 'صينيين'],
		capital: 'beijing',
		centroid: [104.0, 35.0]
	},
	{
		iso3: 'MNG',
		isoNumeric: '496',
		name: { en: 'Mongolia', ar: 'منغوليا' },
		member: false,
		variants: ['مونغوليا', 'منجوليا'],
		adjectives: ['المنغولي', 'المنغولية', 'منغولي', 'منغولية'],
		capital: 'ulaanbaatar',
		centroid: [103.0, 46.8]
	},
	{
		iso3: 'UKR',
		isoNumeric: '804',
		name: { en: 'Ukraine', ar: 'أوكرانيا' },
		member: false,
		variants: ['أوكراينا'],
		adjectives: [
			'الأوكراني',
			'الأوكرانية',
			'الأوكرانيين',
			'الأوكرانيون',
			'أوكراني',
			'أوكرانية',
			'أوكرانيين'
		],
		capital: 'kyiv',
		centroid: [31.4, 49.0]
	},

	// --- States that fill unrelated news around CSTO articles ---
	{
		iso3: 'USA',
		isoNumeric: '840',
		name: { en: 'United States', ar: 'الولايات المتحدة' },
		member: false,
		variants: ['الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية', 'أمريكا', 'أميركا'],
		adjectives: [
			'الأمريكي',
			'الأمريكية',
			'الأميركي',
			'الأميركية',
			'الأمريكيين',
			'الأميركيين',
			'الأمريكيون',
			'الأميركيون',
			'الأمريكان',
			'أمريكي',
			'أمريكية',
			'أميركي',
			'أميركية',
			'أمريكيين',
			'أميركيين'
		],
		capital: 'washington',
		centroid: [-98.5, 39.8]
	},
	{
		iso3: 'ISR',
		isoNumeric: '376',
		name: { en: 'Israel', ar: 'إسرائيل' },
		member: false,
		variants: ['دولة إسرائيل'],
		adjectives: [
			'الإسرائيلي',
			'الإسرائيلية',
			'الإسرائيليين',
			'الإسرائيليون',
			'إسرائيلي',
			'إسرائيلية',
			'إسرائيليين'
		],
		capital: null,
		centroid: [34.9, 31.5]
	},
	{
		iso3: 'PSE',
		isoNumeric: '275',
		name: { en: 'Palestine', ar: 'فلسطين' },
		member: false,
		variants: ['دولة فلسطين', 'الأراضي الفلسطينية'],
		adjectives: [
			'الفلسطيني',
			'الفلسطينية',
			'الفلسطينيين',
			'الفلسطينيون',
			'فلسطيني',
			'فلسطينية',
			'فلسطينيين'
		],
		capital: null,
		centroid: [35.2, 31.9]
	},
	{
		iso3: 'EGY',
		isoNumeric: '818',
		name: { en: 'Egypt', ar: 'مصر' },
		member: false,
		variants: ['جمهورية مصر العربية'],
		adjectives: ['المصري', 'المصرية', 'المصريين', 'المصريون', 'مصري', 'مصرية', 'مصريين'],
		capital: 'cairo',
		centroid: [30.0, 26.8]
	},
	{
		iso3: 'SYR',
		isoNumeric: '760',
		name: { en: 'Syria', ar: 'سوريا' },
		member: false,
		// SANA and Syrian outlets write the country "سورية".
		variants: ['سورية', 'الجمهورية العربية السورية'],
		adjectives: ['السوري', 'السورية', 'السوريين', 'السوريون', 'سوري', 'سوريين'],
		capital: 'damascus',
		centroid: [38.5, 35.0]
	},
	{
		iso3: 'IRQ',
		isoNumeric: '368',
		name: { en: 'Iraq', ar: 'العراق' },
		member: false,
		variants: [],
		adjectives: ['العراقي', 'العراقية', 'العراقيين', 'العراقيون', 'عراقي', 'عراقية', 'عراقيين'],
		capital: 'baghdad',
		centroid: [43.7, 33.2]
	},
	{
		iso3: 'FRA',
		isoNumeric: '250',
		name: { en: 'France', ar: 'فرنسا' },
		member: false,
		variants: [],
		adjectives: ['الفرنسي', 'الفرنسية', 'الفرنسيين', 'الفرنسيون', 'فرنسي', 'فرنسية'],
		capital: 'paris',
		centroid: [2.4, 46.6]
	},
	{
		iso3: 'DEU',
		isoNumeric: '276',
		name: { en: 'Germany', ar: 'ألمانيا' },
		member: false,
		variants: [],
		adjectives: ['الألماني', 'الألمانية', 'الألمان', 'ألماني', 'ألمانية'],
		capital: 'berlin',
		centroid: [10.4, 51.2]
	},
	{
		iso3: 'GBR',
		isoNumeric: '826',
		name: { en: 'United Kingdom', ar: 'بريطانيا' },
		member: false,
		variants: ['المملكة المتحدة', 'بريطانيا العظمى'],
		adjectives: ['البريطاني', 'البريطانية', 'البريطانيين', 'البريطانيون', 'بريطاني', 'بريطانية'],
		capital: 'london',
		centroid: [-2.0, 53.5]
	},
	{
		iso3: 'ITA',
		isoNumeric: '380',
		name: { en: 'Italy', ar: 'إيطاليا' },
		member: false,
		variants: [],
		adjectives: ['الإيطالي', 'الإيطالية', 'إيطالي', 'إيطالية'],
		capital: 'rome',
		centroid: [12.5, 42.8]
	},
	{
		iso3: 'POL',
		isoNumeric: '616',
		name: { en: 'Poland', ar: 'بولندا' },
		member: false,
		variants: [],
		adjectives: ['البولندي', 'البولندية', 'بولندي', 'بولندية'],
		capital: 'warsaw',
		centroid: [19.4, 52.0]
	},
	{
		iso3: 'LTU',
		isoNumeric: '440',
		name: { en: 'Lithuania', ar: 'ليتوانيا' },
		member: false,
		variants: [],
		adjectives: ['الليتواني', 'الليتوانية'],
		capital: 'vilnius',
		centroid: [23.9, 55.3]
	},
	{
		iso3: 'LVA',
		isoNumeric: '428',
		name: { en: 'Latvia', ar: 'لاتفيا' },
		member: false,
		variants: [],
		adjectives: ['اللاتفي', 'اللاتفية'],
		capital: 'riga',
		centroid: [24.6, 56.9]
	},
	{
		iso3: 'EST',
		isoNumeric: '233',
		name: { en: 'Estonia', ar: 'إستونيا' },
		member: false,
		variants: [],
		adjectives: ['الإستوني', 'الإستونية'],
		capital: 'tallinn',
		centroid: [25.0, 58.6]
	},
	{
		iso3: 'FIN',
		isoNumeric: '246',
		name: { en: 'Finland', ar: 'فنلندا' },
		member: false,
		variants: ['فنلاندا'],
		adjectives: ['الفنلندي', 'الفنلندية'],
		capital: 'helsinki',
		centroid: [26.0, 64.0]
	},
	{
		iso3: 'SWE',
		isoNumeric: '752',
		name: { en: 'Sweden', ar: 'السويد' },
		member: false,
		variants: [],
		adjectives: ['السويدي', 'السويدية'],
		capital: 'stockholm',
		centroid: [16.0, 62.5]
	},
	{
		iso3: 'MDA',
		isoNumeric: '498',
		name: { en: 'Moldova', ar: 'مولدوفا' },
		member: false,
		variants: ['مولدافيا'],
		adjectives: ['المولدوفي', 'المولدوفية'],
		capital: 'chisinau',
		centroid: [28.4, 47.2]
	},
	{
		iso3: 'SRB',
		isoNumeric: '688',
		name: { en: 'Serbia', ar: 'صربيا' },
		member: false,
		variants: [],
		adjectives: ['الصربي', 'الصربية'],
		capital: 'belgrade',
		centroid: [20.9, 44.0]
	},
	{
		iso3: 'IND',
		isoNumeric: '356',
		name: { en: 'India', ar: 'الهند' },
		member: false,
		variants: [],
		adjectives: ['الهندي', 'الهندية', 'هندي', 'هندية'],
		capital: 'new-delhi',
		centroid: [79.0, 22.0]
	},
	{
		iso3: 'PAK',
		isoNumeric: '586',
		name: { en: 'Pakistan', ar: 'باكستان' },
		member: false,
		variants: [],
		adjectives: ['الباكستاني', 'الباكستانية', 'باكستاني', 'باكستانية'],
		capital: 'islamabad',
		centroid: [69.3, 30.0]
	},
	{
		iso3: 'SAU',
		isoNumeric: '682',
		name: { en: 'Saudi Arabia', ar: 'السعودية' },
		member: false,
		variants: ['المملكة العربية السعودية'],
		adjectives: ['السعودي', 'السعوديين', 'سعودي', 'سعودية'],
		capital: 'riyadh',
		centroid: [45.0, 24.0]
	},
	{
		iso3: 'ARE',
		isoNumeric: '784',
		name: { en: 'United Arab Emirates', ar: 'الإمارات' },
		member: false,
		variants: ['الإمارات العربية المتحدة', 'دولة الإمارات'],
		adjectives: ['الإماراتي', 'الإماراتية', 'إماراتي', 'إماراتية'],
		capital: 'abu-dhabi',
		centroid: [54.3, 24.0]
	},
	{
		iso3: 'QAT',
		isoNumeric: '634',
		name: { en: 'Qatar', ar: 'قطر' },
		member: false,
		variants: ['دولة قطر'],
		adjectives: ['القطري', 'القطرية', 'قطري', 'قطرية'],
		capital: 'doha',
		centroid: [51.2, 25.3]
	},
	{
		iso3: 'LBN',
		isoNumeric: '422',
		name: { en: 'Lebanon', ar: 'لبنان' },
		member: false,
		variants: [],
		adjectives: ['اللبناني', 'اللبنانية', 'لبناني', 'لبنانية'],
		capital: 'beirut',
		centroid: [35.9, 33.9]
	},
	{
		iso3: 'YEM',
		isoNumeric: '887',
		name: { en: 'Yemen', ar: 'اليمن' },
		member: false,
		variants: [],
		adjectives: ['اليمني', 'اليمنية', 'يمني', 'يمنية'],
		capital: 'sanaa',
		centroid: [47.5, 15.6]
	},
	{
		iso3: 'SDN',
		isoNumeric: '729',
		name: { en: 'Sudan', ar: 'السودان' },
		member: false,
		variants: [],
		adjectives: ['السوداني', 'السودانية', 'سوداني', 'سودانية'],
		capital: 'khartoum',
		centroid: [30.0, 15.5]
	},
	{
		iso3: 'JPN',
		isoNumeric: '392',
		name: { en: 'Japan', ar: 'اليابان' },
		member: false,
		variants: [],
		adjectives: ['الياباني', 'اليابانية', 'ياباني', 'يابانية'],
		capital: 'tokyo',
		centroid: [138.0, 36.5]
	},
	{
		iso3: 'KOR',
		isoNumeric: '410',
		name: { en: 'South Korea', ar: 'كوريا الجنوبية' },
		member: false,
		variants: [],
		adjectives: ['الكوري الجنوبي', 'الكورية الجنوبية'],
		capital: 'seoul',
		centroid: [127.8, 36.3]
	},
	{
		iso3: 'PRK',
		isoNumeric: '408',
		name: { en: 'North Korea', ar: 'كوريا الشمالية' },
		member: false,
		variants: ['كوريا الديمقراطية'],
		adjectives: ['الكوري الشمالي', 'الكورية الشمالية'],
		capital: 'pyongyang',
		centroid: [127.2, 40.2]
	}
];

import type { Place } from './types';

/**
 * Capitals and the places where CSTO-related events happened in 2021–2023: summits, the January
 * 2022 deployment in Kazakhstan, the Armenia–Azerbaijan border clashes (May 2021, Sept 2022),
 * Nagorno-Karabakh (Sept 2023), the Kyrgyz–Tajik border clashes (April 2021, Sept 2022), and the
 * ranges CSTO exercises used. Coordinates are [lon, lat] in degrees; `approx` marks a
 * representative point for a region or a range whose exact position is not published.
 * Arabic variants are the spellings outlets use; ambiguous bare words are left out on purpose
 * ("كانت" for Kant is the verb "was", "كيف" for Kyiv is "how", "لاشين" is a surname).
 */
export const PLACES: readonly Place[] = [
	// --- Russia ---
	{
		id: 'moscow',
		name: { en: 'Moscow', ar: 'موسكو' },
		variants: [],
		country: 'RUS',
		kind: 'capital',
		lon: 37.618,
		lat: 55.756
	},
	{
		id: 'saint-petersburg',
		name: { en: 'Saint Petersburg', ar: 'سانت بطرسبورغ' },
		variants: [
			'سان بطرسبورغ',
			'بطرسبورغ',
			'سانت بطرسبرغ',
			'سان بطرسبرغ',
			'بطرسبرغ',
			'سان بطرسبرج',
			'سانت بطرسبرج',
			'سان بطرسبورج',
			'سانت بطرسبورج',
			'بطرسبورج',
			'سانت بيترسبورغ',
			'سان بيترسبورغ'
		],
		country: 'RUS',
		kind: 'city',
		lon: 30.316,
		lat: 59.939
	},
	{
		id: 'sochi',
		name: { en: 'Sochi', ar: 'سوتشي' },
		variants: ['سوچي'],
		country: 'RUS',
		kind: 'city',
		lon: 39.723,
		lat: 43.585
	},
	{
		id: 'pskov',
		// "بسكوف" is Pskov; Peskov is written "بيسكوف" (see people.ts).
		name: { en: 'Pskov', ar: 'بسكوف' },
		variants: [],
		country: 'RUS',
		kind: 'city',
		lon: 28.333,
		lat: 57.819
	},
	{
		id: 'kaliningrad',
		name: { en: 'Kaliningrad', ar: 'كالينينغراد' },
		variants: ['كالينينجراد', 'كاليننغراد'],
		country: 'RUS',
		kind: 'city',
		lon: 20.511,
		lat: 54.71
	},

	// --- Belarus ---
	{
		id: 'minsk',
		name: { en: 'Minsk', ar: 'مينسك' },
		variants: ['منسك'],
		country: 'BLR',
		kind: 'capital',
		lon: 27.567,
		lat: 53.904
	},
	{
		id: 'brest',
		name: { en: 'Brest', ar: 'بريست' },
		variants: [],
		country: 'BLR',
		kind: 'city',
		lon: 23.7,
		lat: 52.097
	},
	{
		id: 'vitebsk',
		name: { en: 'Vitebsk', ar: 'فيتيبسك' },
		variants: ['فيتبسك'],
		country: 'BLR',
		kind: 'city',
		lon: 30.205,
		lat: 55.184
	},
	{
		id: 'grodno',
		name: { en: 'Grodno', ar: 'غرودنو' },
		variants: ['جرودنو', 'هرودنا'],
		country: 'BLR',
		kind: 'city',
		lon: 23.83,
		lat: 53.678
	},
	{
		id: 'gomel',
		name: { en: 'Gomel', ar: 'غوميل' },
		variants: ['جوميل', 'هوميل'],
		country: 'BLR',
		kind: 'city',
		lon: 30.984,
		lat: 52.441
	},
	{
		id: 'obuz-lesnovsky',
		// 230th combined-arms range near Baranovichi, Brest region (Zapad-2021, CSTO peacekeeping drills).
		name: { en: 'Obuz-Lesnovsky range', ar: 'ميدان أوبوز ليسنوفسكي' },
		variants: ['أوبوز ليسنوفسكي', 'ليسنوفسكي'],
		country: 'BLR',
		kind: 'training-ground',
		lon: 25.85,
		lat: 53.0,
		approx: true
	},
	{
		id: 'brestsky-range',
		name: { en: 'Brestsky range', ar: 'ميدان بريستسكي' },
		variants: ['بريستسكي'],
		country: 'BLR',
		kind: 'training-ground',
		lon: 23.85,
		lat: 52.15,
		approx: true
	},

	// --- Kazakhstan ---
	{
		id: 'astana',
		name: { en: 'Astana', ar: 'أستانا' },
		// Named Nur-Sultan from March 2019 until 17 September 2022; outlets use both for the period.
		variants: ['أستانة', 'نور سلطان', 'نورسلطان', 'نور صلطان'],
		country: 'KAZ',
		kind: 'capital',
		lon: 71.446,
		lat: 51.169,
		formerName: { en: 'Nur-Sultan', ar: 'نور سلطان', until: '2022-09-17' }
	},
	{
		id: 'almaty',
		name: { en: 'Almaty', ar: 'ألماتي' },
		variants: ['ألما آتا', 'ألماآتا', 'ألمآتا'],
		country: 'KAZ',
		kind: 'city',
		lon: 76.946,
		lat: 43.238
	},
	{
		id: 'zhanaozen',
		name: { en: 'Zhanaozen', ar: 'جاناوزن' },
		variants: ['جاناأوزن', 'جانا أوزن', 'جاناوزين', 'زاناوزن', 'زاناوزين'],
		country: 'KAZ',
		kind: 'town',
		lon: 52.853,
		lat: 43.341
	},
	{
		id: 'aktobe',
		name: { en: 'Aktobe', ar: 'أكتوبي' },
		variants: ['أقتوبي', 'أكتوبه', 'أكتيوبه', 'أكتيوبينسك'],
		country: 'KAZ',
		kind: 'city',
		lon: 57.167,
		lat: 50.283
	},
	{
		id: 'taldykorgan',
		name: { en: 'Taldykorgan', ar: 'تالديكورغان' },
		variants: ['تالدي كورغان', 'تالديقورغان', 'تالدي قورغان'],
		country: 'KAZ',
		kind: 'city',
		lon: 78.374,
		lat: 45.017
	},
	{
		id: 'shymkent',
		name: { en: 'Shymkent', ar: 'شيمكنت' },
		variants: ['شمكنت', 'شيمكينت', 'شيمكانت'],
		country: 'KAZ',
		kind: 'city',
		lon: 69.59,
		lat: 42.317
	},
	{
		id: 'aktau',
		name: { en: 'Aktau', ar: 'أكتاو' },
		variants: ['أقتاو'],
		country: 'KAZ',
		kind: 'city',
		lon: 51.2,
		lat: 43.65
	},

	// --- Armenia ---
	{
		id: 'yerevan',
		name: { en: 'Yerevan', ar: 'يريفان' },
		variants: ['يرفان', 'ييريفان', 'إيريفان', 'يريڤان'],
		country: 'ARM',
		kind: 'capital',
		lon: 44.513,
		lat: 40.177
	},
	{
		id: 'gyumri',
		// Home of Russia's 102nd military base.
		name: { en: 'Gyumri', ar: 'غيومري' },
		variants: ['جيومري', 'كيومري', 'غومري'],
		country: 'ARM',
		kind: 'city',
		lon: 43.847,
		lat: 40.789
	},
	{
		id: 'jermuk',
		name: { en: 'Jermuk', ar: 'جيرموك' },
		variants: ['جرموك', 'جيرمُك'],
		country: 'ARM',
		kind: 'town',
		lon: 45.667,
		lat: 39.841
	},
	{
		id: 'sotk',
		name: { en: 'Sotk', ar: 'سوتك' },
		variants: [],
		country: 'ARM',
		kind: 'town',
		lon: 45.96,
		lat: 40.21,
		approx: true
	},
	{
		id: 'vardenis',
		name: { en: 'Vardenis', ar: 'فاردينيس' },
		variants: ['فاردنيس', 'فاردينس'],
		country: 'ARM',
		kind: 'town',
		lon: 45.73,
		lat: 40.183
	},
	{
		id: 'goris',
		name: { en: 'Goris', ar: 'غوريس' },
		variants: ['جوريس', 'كوريس'],
		country: 'ARM',
		kind: 'town',
		lon: 46.338,
		lat: 39.511
	},
	{
		id: 'kapan',
		name: { en: 'Kapan', ar: 'كابان' },
		variants: ['قافان', 'كافان'],
		country: 'ARM',
		kind: 'town',
		lon: 46.406,
		lat: 39.207
	},
	{
		id: 'syunik',
		// "زنغزور" (Zangezur) is the Azerbaijani and Turkish name for the same area.
		name: { en: 'Syunik', ar: 'سيونيك' },
		variants: ['سيونك', 'سيونيق', 'زنغزور', 'زانغيزور', 'زنجزور', 'زانجيزور', 'زنغيزور'],
		country: 'ARM',
		kind: 'region',
		lon: 46.25,
		lat: 39.35,
		approx: true
	},
	{
		id: 'gegharkunik',
		name: { en: 'Gegharkunik', ar: 'غيغاركونيك' },
		variants: ['جيغاركونيك', 'غيغهاركونيك', 'غغاركونيك', 'جغاركونيك', 'غيغاركونيق'],
		country: 'ARM',
		kind: 'region',
		lon: 45.35,
		lat: 40.35,
		approx: true
	},
	{
		id: 'vayots-dzor',
		name: { en: 'Vayots Dzor', ar: 'فايوتس دزور' },
		variants: ['فايوتس زور', 'فايوتس دزو', 'فايوتسدزور'],
		country: 'ARM',
		kind: 'region',
		lon: 45.4,
		lat: 39.78,
		approx: true
	},
	{
		id: 'tavush',
		name: { en: 'Tavush', ar: 'تافوش' },
		variants: ['طافوش'],
		country: 'ARM',
		kind: 'region',
		lon: 45.15,
		lat: 40.9,
		approx: true
	},

	// --- Azerbaijan and Nagorno-Karabakh (internationally part of Azerbaijan) ---
	{
		id: 'baku',
		name: { en: 'Baku', ar: 'باكو' },
		variants: [],
		country: 'AZE',
		kind: 'capital',
		lon: 49.867,
		lat: 40.409
	},
	{
		id: 'nagorno-karabakh',
		name: { en: 'Nagorno-Karabakh', ar: 'ناغورني كاراباخ' },
		variants: [
			'ناغورنو كاراباخ',
			'ناغورني قره باغ',
			'ناغورنو قره باغ',
			'ناجورنو كاراباخ',
			'ناجورني كاراباخ',
			'ناجورنو قره باغ',
			'قره باغ',
			'قرهباغ',
			'قره باغ الجبلية',
			'قرة باغ الجبلي',
			'قاراباغ',
			'كاراباخ',
			'كاراباخ العليا',
			'آرتساخ'
		],
		country: 'AZE',
		kind: 'region',
		lon: 46.75,
		lat: 39.82,
		approx: true
	},
	{
		id: 'stepanakert',
		name: { en: 'Stepanakert (Khankendi)', ar: 'ستيباناكيرت' },
		variants: ['ستيباناكرت', 'ستبانكرت', 'ستيبانكرت', 'خانكندي', 'خان كندي', 'خانكيندي'],
		country: 'AZE',
		kind: 'city',
		lon: 46.752,
		lat: 39.815
	},
	{
		id: 'lachin',
		name: { en: 'Lachin corridor', ar: 'ممر لاتشين' },
		variants: ['لاتشين', 'لاچين', 'ممر لاچين', 'ممر لاشين', 'ممر لاتشن', 'رواق لاتشين'],
		country: 'AZE',
		kind: 'corridor',
		lon: 46.546,
		lat: 39.64
	},
	{
		id: 'shusha',
		name: { en: 'Shusha (Shushi)', ar: 'شوشا' },
		variants: ['شوشي'],
		country: 'AZE',
		kind: 'town',
		lon: 46.754,
		lat: 39.758
	},

	// --- Kyrgyzstan ---
	{
		id: 'bishkek',
		name: { en: 'Bishkek', ar: 'بيشكيك' },
		variants: ['بشكيك', 'بيشكك', 'بشكك'],
		country: 'KGZ',
		kind: 'capital',
		lon: 74.57,
		lat: 42.875
	},
	{
		id: 'osh',
		name: { en: 'Osh', ar: 'أوش' },
		variants: [],
		country: 'KGZ',
		kind: 'city',
		lon: 72.8,
		lat: 40.528
	},
	{
		id: 'batken',
		name: { en: 'Batken', ar: 'باتكن' },
		variants: ['باتكين', 'باطكن', 'باتكان'],
		country: 'KGZ',
		kind: 'region',
		lon: 70.819,
		lat: 40.062
	},
	{
		id: 'balykchy',
		name: { en: 'Balykchy', ar: 'باليكتشي' },
		variants: ['باليكچي', 'باليقچي', 'باليكشي', 'باليقتشي'],
		country: 'KGZ',
		kind: 'town',
		lon: 76.188,
		lat: 42.461
	},
	{
		id: 'issyk-kul',
		name: { en: 'Issyk-Kul', ar: 'إيسيك كول' },
		variants: ['إيسك كول', 'إسيك كول', 'إيسيكول'],
		country: 'KGZ',
		kind: 'region',
		lon: 77.3,
		lat: 42.4,
		approx: true
	},
	{
		id: 'kant-air-base',
		// Russian air base under the CSTO's Collective Rapid Deployment Forces.
		name: { en: 'Kant air base', ar: 'قاعدة كانت الجوية' },
		variants: ['قاعدة كانت', 'قاعدة كانط', 'قاعدة كانط الجوية'],
		country: 'KGZ',
		kind: 'military-base',
		lon: 74.845,
		lat: 42.853
	},
	{
		id: 'edelweiss-range',
		// Mountain training centre near Balykchy, Issyk-Kul region (Cobalt-2022, SCO and CSTO drills).
		name: { en: 'Edelweiss range', ar: 'ميدان إيدلفايس' },
		variants: ['إيدلفايس', 'إديلفايس', 'ادلفايس', 'إيديلفايس'],
		country: 'KGZ',
		kind: 'training-ground',
		lon: 76.25,
		lat: 42.5,
		approx: true
	},

	// --- Tajikistan ---
	{
		id: 'dushanbe',
		name: { en: 'Dushanbe', ar: 'دوشنبه' },
		variants: ['دوشانبي', 'دوشنبي', 'دوشانبه', 'دوشامبي'],
		country: 'TJK',
		kind: 'capital',
		lon: 68.787,
		lat: 38.56
	},
	{
		id: 'isfara',
		name: { en: 'Isfara', ar: 'إسفرا' },
		variants: ['إسفرة', 'إسفارا'],
		country: 'TJK',
		kind: 'town',
		lon: 70.625,
		lat: 40.126
	},
	{
		id: 'vorukh',
		name: { en: 'Vorukh', ar: 'فوروخ' },
		variants: ['وروخ', 'فوروح'],
		country: 'TJK',
		kind: 'town',
		lon: 70.583,
		lat: 39.85
	},
	{
		id: 'sughd',
		name: { en: 'Sughd', ar: 'صغد' },
		variants: ['سغد', 'سوغد', 'صوغد'],
		country: 'TJK',
		kind: 'region',
		lon: 69.5,
		lat: 40.2,
		approx: true
	},
	{
		id: 'khujand',
		name: { en: 'Khujand', ar: 'خجند' },
		variants: ['خوجند', 'خودجند', 'خوجاند'],
		country: 'TJK',
		kind: 'city',
		lon: 69.622,
		lat: 40.283
	},
	{
		id: 'gorno-badakhshan',
		// Bare "بدخشان" is left out: it is also a province of Afghanistan.
		name: { en: 'Gorno-Badakhshan', ar: 'غورنو باداخشان' },
		variants: ['غورنو بدخشان', 'بدخشان الجبلية', 'بدخشان الجبلي', 'باداخشان الجبلية'],
		country: 'TJK',
		kind: 'region',
		lon: 72.6,
		lat: 38.3,
		approx: true
	},
	{
		id: 'khorog',
		name: { en: 'Khorog', ar: 'خوروغ' },
		variants: ['خوروج', 'خاروغ'],
		country: 'TJK',
		kind: 'town',
		lon: 71.553,
		lat: 37.489
	},
	{
		id: 'kulob',
		name: { en: 'Kulob', ar: 'كولوب' },
		variants: ['كولياب'],
		country: 'TJK',
		kind: 'town',
		lon: 69.784,
		lat: 37.912
	},
	{
		id: 'harb-maidon',
		// Khatlon region, about 20 km from the Afghan border (CSTO drills Oct 2021, trilateral Aug 2021).
		name: { en: 'Harb-Maidon range', ar: 'ميدان حرب ميدان' },
		variants: ['حرب ميدان', 'خرب ميدان', 'خارب ميدون', 'حرب ميدون'],
		country: 'TJK',
		kind: 'training-ground',
		lon: 68.95,
		lat: 37.45,
		approx: true
	},

	// --- Neighbours ---
	{
		id: 'tbilisi',
		name: { en: 'Tbilisi', ar: 'تبليسي' },
		variants: ['تفليس'],
		country: 'GEO',
		kind: 'capital',
		lon: 44.793,
		lat: 41.716
	},
	{
		id: 'ankara',
		name: { en: 'Ankara', ar: 'أنقرة' },
		variants: [],
		country: 'TUR',
		kind: 'capital',
		lon: 32.854,
		lat: 39.921
	},
	{
		id: 'istanbul',
		name: { en: 'Istanbul', ar: 'إسطنبول' },
		variants: ['إستانبول'],
		country: 'TUR',
		kind: 'city',
		lon: 28.979,
		lat: 41.015
	},
	{
		id: 'tehran',
		name: { en: 'Tehran', ar: 'طهران' },
		variants: [],
		country: 'IRN',
		kind: 'capital',
		lon: 51.389,
		lat: 35.689
	},
	{
		id: 'kabul',
		// Al Jazeera writes "كابل"; the bare word is also "cable", accepted as a rare false hit.
		name: { en: 'Kabul', ar: 'كابول' },
		variants: ['كابل'],
		country: 'AFG',
		kind: 'capital',
		lon: 69.207,
		lat: 34.555
	},
	{
		id: 'mazar-i-sharif',
		name: { en: 'Mazar-i-Sharif', ar: 'مزار شريف' },
		variants: ['مزار الشريف'],
		country: 'AFG',
		kind: 'city',
		lon: 67.11,
		lat: 36.709
	},
	{
		id: 'kunduz',
		name: { en: 'Kunduz', ar: 'قندوز' },
		variants: ['كندوز'],
		country: 'AFG',
		kind: 'city',
		lon: 68.86,
		lat: 36.728
	},
	{
		id: 'tashkent',
		name: { en: 'Tashkent', ar: 'طشقند' },
		variants: ['طاشقند', 'تاشكنت', 'طشقنت'],
		country: 'UZB',
		kind: 'capital',
		lon: 69.24,
		lat: 41.299
	},
	{
		id: 'samarkand',
		name: { en: 'Samarkand', ar: 'سمرقند' },
		variants: ['سمرقاند'],
		country: 'UZB',
		kind: 'city',
		lon: 66.975,
		lat: 39.654
	},
	{
		id: 'termez',
		name: { en: 'Termez', ar: 'ترمذ' },
		variants: ['ترميز'],
		country: 'UZB',
		kind: 'city',
		lon: 67.278,
		lat: 37.224
	},
	{
		id: 'ashgabat',
		name: { en: 'Ashgabat', ar: 'عشق آباد' },
		variants: ['عشقآباد', 'أشغابات'],
		country: 'TKM',
		kind: 'capital',
		lon: 58.383,
		lat: 37.96
	},
	{
		id: 'beijing',
		name: { en: 'Beijing', ar: 'بكين' },
		variants: ['بيجين', 'بيجينغ', 'بيكين'],
		country: 'CHN',
		kind: 'capital',
		lon: 116.407,
		lat: 39.904
	},
	{
		id: 'ulaanbaatar',
		name: { en: 'Ulaanbaatar', ar: 'أولان باتور' },
		variants: ['أولانباتور', 'أولان باتار', 'أولانباتار'],
		country: 'MNG',
		kind: 'capital',
		lon: 106.918,
		lat: 47.921
	},
	{
		id: 'kyiv',
		name: { en: 'Kyiv', ar: 'كييف' },
		variants: [],
		country: 'UKR',
		kind: 'capital',
		lon: 30.523,
		lat: 50.45
	},

	// --- Places in the unrelated news around CSTO articles ---
	{
		id: 'washington',
		name: { en: 'Washington', ar: 'واشنطن' },
		variants: [],
		country: 'USA',
		kind: 'capital',
		lon: -77.037,
		lat: 38.907
	},
	{
		id: 'tel-aviv',
		name: { en: 'Tel Aviv', ar: 'تل أبيب' },
		variants: [],
		country: 'ISR',
		kind: 'city',
		lon: 34.781,
		lat: 32.085
	},
	{
		id: 'gaza-strip',
		name: { en: 'Gaza Strip', ar: 'قطاع غزة' },
		variants: ['غزة'],
		country: 'PSE',
		kind: 'region',
		lon: 34.4,
		lat: 31.45,
		approx: true
	},
	{
		id: 'west-bank',
		name: { en: 'West Bank', ar: 'الضفة الغربية' },
		variants: [],
		country: 'PSE',
		kind: 'region',
		lon: 35.25,
		lat: 32.0,
		approx: true
	},
	{
		id: 'ramallah',
		name: { en: 'Ramallah', ar: 'رام الله' },
		variants: [],
		country: 'PSE',
		kind: 'city',
		lon: 35.205,
		lat: 31.903
	},
	{
		id: 'cairo',
		name: { en: 'Cairo', ar: 'القاهرة' },
		variants: [],
		country: 'EGY',
		kind: 'capital',
		lon: 31.236,
		lat: 30.044
	},
	{
		id: 'damascus',
		name: { en: 'Damascus', ar: 'دمشق' },
		variants: [],
		country: 'SYR',
		kind: 'capital',
		lon: 36.292,
		lat: 33.513
	},
	{
		id: 'baghdad',
		name: { en: 'Baghdad', ar: 'بغداد' },
		variants: [],
		country: 'IRQ',
		kind: 'capital',
		lon: 44.366,
		lat: 33.315
	},
	{
		id: 'paris',
		name: { en: 'Paris', ar: 'باريس' },
		variants: [],
		country: 'FRA',
		kind: 'capital',
		lon: 2.352,
		lat: 48.857
	},
	{
		id: 'berlin',
		name: { en: 'Berlin', ar: 'برلين' },
		variants: [],
		country: 'DEU',
		kind: 'capital',
		lon: 13.405,
		lat: 52.52
	},
	{
		id: 'london',
		name: { en: 'London', ar: 'لندن' },
		variants: [],
		country: 'GBR',
		kind: 'capital',
		lon: -0.128,
		lat: 51.507
	},
	{
		id: 'rome',
		name: { en: 'Rome', ar: 'روما' },
		variants: [],
		country: 'ITA',
		kind: 'capital',
		lon: 12.496,
		lat: 41.903
	},
	{
		id: 'warsaw',
		name: { en: 'Warsaw', ar: 'وارسو' },
		variants: [],
		country: 'POL',
		kind: 'capital',
		lon: 21.012,
		lat: 52.23
	},
	{
		id: 'vilnius',
		name: { en: 'Vilnius', ar: 'فيلنيوس' },
		variants: ['فيلنوس'],
		country: 'LTU',
		kind: 'capital',
		lon: 25.28,
		lat: 54.687
	},
	{
		id: 'riga',
		name: { en: 'Riga', ar: 'ريغا' },
		variants: ['ريجا'],
		country: 'LVA',
		kind: 'capital',
		lon: 24.105,
		lat: 56.95
	},
	{
		id: 'tallinn',
		name: { en: 'Tallinn', ar: 'تالين' },
		variants: [],
		country: 'EST',
		kind: 'capital',
		lon: 24.754,
		lat: 59.437
	},
	{
		id: 'helsinki',
		name: { en: 'Helsinki', ar: 'هلسنكي' },
		variants: [],
		country: 'FIN',
		kind: 'capital',
		lon: 24.938,
		lat: 60.17
	},
	{
		id: 'stockholm',
		name: { en: 'Stockholm', ar: 'ستوكهولم' },
		variants: [],
		country: 'SWE',
		kind: 'capital',
		lon: 18.069,
		lat: 59.329
	},
	{
		id: 'chisinau',
		name: { en: 'Chișinău', ar: 'كيشيناو' },
		variants: ['كيشينيف', 'تشيسيناو'],
		country: 'MDA',
		kind: 'capital',
		lon: 28.864,
		lat: 47.011
	},
	{
		id: 'belgrade',
		name: { en: 'Belgrade', ar: 'بلغراد' },
		variants: [],
		country: 'SRB',
		kind: 'capital',
		lon: 20.457,
		lat: 44.787
	},
	{
		id: 'new-delhi',
		name: { en: 'New Delhi', ar: 'نيودلهي' },
		variants: ['نيو دلهي'],
		country: 'IND',
		kind: 'capital',
		lon: 77.209,
		lat: 28.614
	},
	{
		id: 'islamabad',
		name: { en: 'Islamabad', ar: 'إسلام آباد' },
		variants: ['إسلاماباد'],
		country: 'PAK',
		kind: 'capital',
		lon: 73.048,
		lat: 33.684
	},
	{
		id: 'riyadh',
		name: { en: 'Riyadh', ar: 'الرياض' },
		variants: [],
		country: 'SAU',
		kind: 'capital',
		lon: 46.716,
		lat: 24.713
	},
	{
		id: 'abu-dhabi',
		name: { en: 'Abu Dhabi', ar: 'أبوظبي' },
		variants: ['أبو ظبي'],
		country: 'ARE',
		kind: 'capital',
		lon: 54.377,
		lat: 24.454
	},
	{
		id: 'doha',
		name: { en: 'Doha', ar: 'الدوحة' },
		variants: [],
		country: 'QAT',
		kind: 'capital',
		lon: 51.531,
		lat: 25.286
	},
	{
		id: 'beirut',
		name: { en: 'Beirut', ar: 'بيروت' },
		variants: [],
		country: 'LBN',
		kind: 'capital',
		lon: 35.502,
		lat: 33.894
	},
	{
		id: 'sanaa',
		name: { en: "Sana'a", ar: 'صنعاء' },
		variants: [],
		country: 'YEM',
		kind: 'capital',
		lon: 44.206,
		lat: 15.369
	},
	{
		id: 'khartoum',
		name: { en: 'Khartoum', ar: 'الخرطوم' },
		variants: [],
		country: 'SDN',
		kind: 'capital',
		lon: 32.532,
		lat: 15.501
	},
	{
		id: 'tokyo',
		name: { en: 'Tokyo', ar: 'طوكيو' },
		variants: [],
		country: 'JPN',
		kind: 'capital',
		lon: 139.692,
		lat: 35.69
	},
	{
		id: 'seoul',
		name: { en: 'Seoul', ar: 'سول' },
		// "سيول" is left out: it is the common word for floods.
		variants: [],
		country: 'KOR',
		kind: 'capital',
		lon: 126.978,
		lat: 37.567
	},
	{
		id: 'pyongyang',
		name: { en: 'Pyongyang', ar: 'بيونغ يانغ' },
		variants: ['بيونغيانغ', 'بيونج يانج', 'بيونغ يانج'],
		country: 'PRK',
		kind: 'capital',
		lon: 125.762,
		lat: 39.039
	}
];

import type { AmbiguousName, Person } from './types';

/**
 * Leaders and officials in the news with the CSTO in 2021–2023. Variants hold the given + family
 * name forms outlets use and the family name alone only where it points at one person in this
 * news; a family name shared by two people in the period is an AmbiguousName instead (below).
 * Bare names that are ordinary Arabic words are left out on purpose: "رئيسي" ("main") for Raisi,
 * "ماكي" (also Senegal's Macky Sall) for Makei, "شي" for Xi. ("رحمان" is Rahmon in Maghrebi and
 * Persian-style spelling; the word "الرحمن" has the article, which no key takes.)
 * `from`/`to` are given where a term starts or ends in or near the period.
 */
export const PEOPLE: readonly Person[] = [
	// --- Russia ---
	{
		id: 'putin',
		name: { en: 'Vladimir Putin', ar: 'فلاديمير بوتين' },
		variants: [
			'فلاديمير بوتن',
			'فلادمير بوتين',
			'فلادمير بوتن',
			'فلاديمير فلاديميروفيتش بوتين',
			'بوتين',
			'بوتن'
		],
		country: 'RUS',
		role: 'president'
	},
	{
		id: 'lavrov',
		name: { en: 'Sergey Lavrov', ar: 'سيرغي لافروف' },
		variants: ['سيرجي لافروف', 'سيرغيه لافروف', 'سيرجيه لافروف', 'لافروف'],
		country: 'RUS',
		role: 'foreign-minister'
	},
	{
		id: 'shoigu',
		name: { en: 'Sergei Shoigu', ar: 'سيرغي شويغو' },
		variants: ['سيرجي شويجو', 'سيرغي شويجو', 'سيرجي شويغو', 'شويغو', 'شويجو', 'شويقو'],
		country: 'RUS',
		role: 'defence-minister',
		to: '2024-05-12'
	},
	{
		id: 'peskov',
		name: { en: 'Dmitry Peskov', ar: 'دميتري بيسكوف' },
		variants: ['ديمتري بيسكوف', 'ديميتري بيسكوف', 'دميتري بيسكوڤ', 'بيسكوف'],
		country: 'RUS',
		role: 'spokesperson'
	},
	{
		id: 'zakharova',
		name: { en: 'Maria Zakharova', ar: 'ماريا زاخاروفا' },
		variants: ['زاخاروفا'],
		country: 'RUS',
		role: 'spokesperson'
	},
	{
		id: 'patrushev',
		name: { en: 'Nikolai Patrushev', ar: 'نيكولاي باتروشيف' },
		variants: ['نيقولاي باتروشيف', 'باتروشيف'],
		country: 'RUS',
		role: 'security-council-secretary',
		to: '2024-05'
	},
	{
		id: 'medvedev',
		name: { en: 'Dmitry Medvedev', ar: 'دميتري ميدفيديف' },
		variants: ['ديمتري ميدفيديف', 'ميدفيديف', 'مدفيديف'],
		country: 'RUS',
		role: 'deputy-security-council-chair'
	},
	{
		id: 'mishustin',
		name: { en: 'Mikhail Mishustin', ar: 'ميخائيل ميشوستين' },
		variants: ['ميشوستين'],
		country: 'RUS',
		role: 'prime-minister'
	},
	{
		id: 'gerasimov',
		name: { en: 'Valery Gerasimov', ar: 'فاليري غيراسيموف' },
		variants: ['فاليري جيراسيموف', 'غيراسيموف', 'جيراسيموف'],
		country: 'RUS',
		role: 'chief-of-staff'
	},
	{
		id: 'lapin',
		// Central Military District commander; led the Russian side of drills on the Afghan border.
		name: { en: 'Alexander Lapin', ar: 'ألكسندر لابين' },
		variants: ['ألكساندر لابين'],
		country: 'RUS',
		role: 'commander',
		to: '2022-10'
	},

	// --- Belarus ---
	{
		id: 'lukashenko',
		name: { en: 'Alexander Lukashenko', ar: 'ألكسندر لوكاشينكو' },
		variants: [
			'ألكسندر لوكاشينكا',
			'ألكسندر لوكاشنكو',
			'أليكسندر لوكاشينكو',
			'ألكساندر لوكاشينكو',
			'ألكسندر غريغوريفيتش لوكاشينكو',
			'لوكاشينكو',
			'لوكاشينكا',
			'لوكاشنكو',
			'لوكاشنكا',
			'لوكاتشينكو'
		],
		country: 'BLR',
		role: 'president'
	},
	{
		id: 'makei',
		name: { en: 'Vladimir Makei', ar: 'فلاديمير ماكي' },
		variants: ['فلاديمير ماكيه', 'فلاديمير ماكيي', 'ماكيه', 'ماكيي'],
		country: 'BLR',
		role: 'foreign-minister',
		to: '2022-11-26'
	},
	{
		id: 'aleinik',
		name: { en: 'Sergei Aleinik', ar: 'سيرغي أليينيك' },
		variants: ['سيرغي ألينيك', 'سيرجي أليينيك', 'أليينيك', 'ألينيك'],
		country: 'BLR',
		role: 'foreign-minister',
		from: '2022-12'
	},
	{
		id: 'khrenin',
		name: { en: 'Viktor Khrenin', ar: 'فيكتور خرينين' },
		variants: ['خرينين', 'خرنين'],
		country: 'BLR',
		role: 'defence-minister'
	},
	{
		id: 'volfovich',
		name: { en: 'Alexander Volfovich', ar: 'ألكسندر فولفوفيتش' },
		variants: ['فولفوفيتش'],
		country: 'BLR',
		role: 'security-council-secretary',
		from: '2021-04'
	},
	{
		id: 'golovchenko',
		name: { en: 'Roman Golovchenko', ar: 'رومان غولوفتشينكو' },
		variants: ['غولوفتشينكو', 'جولوفتشينكو'],
		country: 'BLR',
		role: 'prime-minister'
	},
	{
		id: 'gulevich',
		name: { en: 'Viktor Gulevich', ar: 'فيكتور غوليفيتش' },
		variants: ['غوليفيتش'],
		country: 'BLR',
		role: 'chief-of-staff'
	},

	// --- Kazakhstan ---
	{
		id: 'tokayev',
		name: { en: 'Kassym-Jomart Tokayev', ar: 'قاسم جومارت توكاييف' },
		variants: [
			'قاسم جومرت توكاييف',
			'قاسم جومارت توكايف',
			'كاسم جومارت توكاييف',
			'قاسم جومارت توقاييف',
			'توكاييف',
			'توكايف',
			'توقاييف',
			'توقايف',
			'توكاياف'
		],
		country: 'KAZ',
		role: 'president'
	},
	{
		id: 'nazarbayev',
		// Chaired Kazakhstan's Security Council until 5 January 2022.
		name: { en: 'Nursultan Nazarbayev', ar: 'نور سلطان نزارباييف' },
		variants: ['نورسلطان نزارباييف', 'نور سلطان نزاربايف', 'نزارباييف', 'نزاربايف', 'نزار باييف'],
		country: 'KAZ',
		role: 'security-council-chair',
		to: '2022-01-05'
	},
	{
		id: 'tileuberdi',
		name: { en: 'Mukhtar Tileuberdi', ar: 'مختار تلاوبردي' },
		variants: [
			'مختار تيلوبيردي',
			'مختار تليوبيردي',
			'مختار تيليوبيردي',
			'تلاوبردي',
			'تيلوبيردي',
			'تليوبيردي',
			'تيليوبيردي'
		],
		country: 'KAZ',
		role: 'foreign-minister',
		to: '2023-04'
	},
	{
		id: 'nurtleu',
		name: { en: 'Murat Nurtleu', ar: 'مراد نورتلو' },
		variants: ['مرات نورتليو', 'مراد نورتليو', 'نورتلو', 'نورتليو'],
		country: 'KAZ',
		role: 'foreign-minister',
		from: '2023-04'
	},
	{
		id: 'smailov',
		name: { en: 'Alikhan Smailov', ar: 'أليخان سمايلوف' },
		variants: ['عليخان سمايلوف', 'سمايلوف'],
		country: 'KAZ',
		role: 'prime-minister',
		from: '2022-01'
	},
	{
		id: 'mamin',
		name: { en: 'Askar Mamin', ar: 'عسكر مامين' },
		variants: ['أسكار مامين'],
		country: 'KAZ',
		role: 'prime-minister',
		to: '2022-01-05'
	},
	{
		id: 'massimov',
		name: { en: 'Karim Massimov', ar: 'كريم ماسيموف' },
		variants: ['ماسيموف', 'كريم ماسيموڤ'],
		country: 'KAZ',
		role: 'security-service-head',
		to: '2022-01-06'
	},
	{
		id: 'yermekbayev',
		name: { en: 'Nurlan Yermekbayev', ar: 'نورلان يرمكباييف' },
		variants: ['نورلان إرمكباييف', 'يرمكباييف', 'إرمكباييف'],
		country: 'KAZ',
		role: 'defence-minister',
		to: '2022-01'
	},
	{
		id: 'zhaksylykov',
		name: { en: 'Ruslan Zhaksylykov', ar: 'روسلان جاكسيليكوف' },
		variants: ['رسلان جاكسيليكوف', 'جاكسيليكوف'],
		country: 'KAZ',
		role: 'defence-minister',
		from: '2022-01'
	},

	// --- Kyrgyzstan ---
	{
		id: 'sadyr-japarov',
		// The family name alone is the AmbiguousName 'japarov' below.
		name: { en: 'Sadyr Japarov', ar: 'صادر جاباروف' },
		variants: [
			'صدر جباروف',
			'صدر جاباروف',
			'صادر جباروف',
			'صادير جاباروف',
			'صادير جباروف',
			'سادير جاباروف',
			'سادير جباروف',
			'سيدار جاباروف',
			'سيدار جباروف',
			'سادر جاباروف',
			'صادر جاپاروف'
		],
		country: 'KGZ',
		role: 'president',
		from: '2021-01-28'
	},
	{
		id: 'akylbek-japarov',
		// Chairman of the Cabinet of Ministers, the post Arabic outlets call prime minister.
		name: { en: 'Akylbek Japarov', ar: 'أكيلبيك جاباروف' },
		variants: [
			'أقيلبيك جاباروف',
			'أكيلبك جاباروف',
			'أكيل بيك جاباروف',
			'أكيلبيك جباروف',
			'أقيلبك جباروف'
		],
		country: 'KGZ',
		role: 'prime-minister',
		from: '2021-10-13',
		to: '2024-12-16'
	},
	{
		id: 'maripov',
		name: { en: 'Ulukbek Maripov', ar: 'أولوكبيك ماريبوف' },
		variants: ['أولوغبيك ماريبوف', 'ماريبوف'],
		country: 'KGZ',
		role: 'prime-minister',
		from: '2021-02',
		to: '2021-10-12'
	},
	{
		id: 'kazakbaev',
		name: { en: 'Ruslan Kazakbaev', ar: 'روسلان كازاكباييف' },
		variants: [
			'رسلان كازاكباييف',
			'روسلان قزاقباييف',
			'روسلان كازاكبايف',
			'كازاكباييف',
			'كازاكبايف',
			'قزاقباييف'
		],
		country: 'KGZ',
		role: 'foreign-minister',
		from: '2021-02',
		to: '2022-12'
	},
	{
		id: 'kulubaev',
		name: { en: 'Jeenbek Kulubaev', ar: 'جينبيك كولوباييف' },
		variants: ['جينبيك كولوبايف', 'كولوباييف', 'كولوبايف'],
		country: 'KGZ',
		role: 'foreign-minister',
		from: '2022-12'
	},
	{
		id: 'tashiev',
		name: { en: 'Kamchybek Tashiev', ar: 'كامتشيبيك تاشييف' },
		variants: ['كمتشيبيك تاشييف', 'قامتشيبيك تاشييف', 'كامشيبيك تاشييف', 'تاشييف'],
		country: 'KGZ',
		role: 'security-service-head'
	},
	{
		id: 'bekbolotov',
		name: { en: 'Baktybek Bekbolotov', ar: 'باكتيبيك بيكبولوتوف' },
		variants: ['بختيبيك بيكبولوتوف', 'بيكبولوتوف'],
		country: 'KGZ',
		role: 'defence-minister'
	},
	{
		id: 'imankulov',
		name: { en: 'Marat Imankulov', ar: 'مارات إيمانكولوف' },
		variants: ['مراد إيمانكولوف', 'إيمانكولوف'],
		country: 'KGZ',
		role: 'security-council-secretary'
	},

	// --- Tajikistan ---
	{
		id: 'rahmon',
		name: { en: 'Emomali Rahmon', ar: 'إمام علي رحمون' },
		variants: [
			'إمام علي رحمان',
			'إمام علي رحمانوف',
			'إمام علي رحمن',
			'إيمومالي رحمن',
			'إمامعلي رحمون',
			'إيمومالي رحمون',
			'إيمومالي رحمان',
			'إمومالي رحمون',
			'إيمومالي رحمونوف',
			'رحمون',
			'رحمان',
			'رحمانوف',
			'إيمومالي'
		],
		country: 'TJK',
		role: 'president'
	},
	{
		id: 'muhriddin',
		name: { en: 'Sirojiddin Muhriddin', ar: 'سراج الدين مهر الدين' },
		variants: [
			'سيروج الدين مهر الدين',
			'سراج الدين مهرالدين',
			'سيروجيدين مهرالدين',
			'سيروجيدين مخرالدين',
			'سراج الدين محر الدين',
			'مهر الدين',
			'مهرالدين',
			'مخرالدين'
		],
		country: 'TJK',
		role: 'foreign-minister'
	},
	{
		id: 'mirzo',
		name: { en: 'Sherali Mirzo', ar: 'شير علي ميرزو' },
		variants: ['شيرعلي ميرزو', 'شيرالي ميرزو', 'شير علي ميرزا'],
		country: 'TJK',
		role: 'defence-minister'
	},
	{
		id: 'rasulzoda',
		name: { en: 'Kokhir Rasulzoda', ar: 'قاهر رسول زاده' },
		variants: ['قاهر رسولزاده', 'قاهر رسولزودا', 'كوهير رسولزودا', 'رسولزودا'],
		country: 'TJK',
		role: 'prime-minister'
	},
	{
		id: 'rustam-emomali',
		name: { en: 'Rustam Emomali', ar: 'رستم إمام علي' },
		variants: ['رستم إيمومالي'],
		country: 'TJK',
		role: 'senate-chair'
	},

	// --- Armenia ---
	{
		id: 'pashinyan',
		name: { en: 'Nikol Pashinyan', ar: 'نيكول باشينيان' },
		variants: [
			'نيكول باشينيا',
			'نيكول باشنيان',
			'نيكول پاشينيان',
			'نيكول باشينين',
			'باشينيان',
			'بشينيان',
			'نيكول بشينيان',
			'باشينيا',
			'باشنيان',
			'پاشينيان',
			// The short transliteration some outlets use.
			'نيكول باشينان',
			'باشينان',
			'پاشينان'
		],
		country: 'ARM',
		role: 'prime-minister'
	},
	{
		id: 'mirzoyan',
		name: { en: 'Ararat Mirzoyan', ar: 'أرارات ميرزويان' },
		variants: ['ميرزويان', 'ميرزوريان'],
		country: 'ARM',
		role: 'foreign-minister',
		from: '2021-08-19'
	},
	{
		id: 'aivazian',
		name: { en: 'Ara Aivazian', ar: 'آرا أيفازيان' },
		variants: ['أيفازيان'],
		country: 'ARM',
		role: 'foreign-minister',
		from: '2020-06',
		to: '2021-05-31'
	},
	{
		id: 'papikyan',
		name: { en: 'Suren Papikyan', ar: 'سورين بابيكيان' },
		variants: ['سورين باپيكيان', 'سورن بابيكيان', 'بابيكيان', 'باپيكيان'],
		country: 'ARM',
		role: 'defence-minister',
		from: '2021-11-15'
	},
	{
		id: 'arshak-karapetyan',
		name: { en: 'Arshak Karapetyan', ar: 'أرشاك كارابيتيان' },
		variants: ['أرشاك كارابتيان'],
		country: 'ARM',
		role: 'defence-minister',
		from: '2021-08',
		to: '2021-11-15'
	},
	{
		id: 'armen-grigoryan',
		name: { en: 'Armen Grigoryan', ar: 'أرمين غريغوريان' },
		variants: ['أرمين جريجوريان', 'أرمن غريغوريان'],
		country: 'ARM',
		role: 'security-council-secretary'
	},
	{
		id: 'vahagn-khachaturyan',
		name: { en: 'Vahagn Khachaturyan', ar: 'فاهاغن خاتشاتوريان' },
		variants: ['فاهاجن خاتشاتوريان', 'فاهاغن خاتشاتريان'],
		country: 'ARM',
		role: 'president',
		from: '2022-03-13'
	},
	{
		id: 'armen-sarkissian',
		name: { en: 'Armen Sarkissian', ar: 'أرمين سركيسيان' },
		variants: ['أرمين سارغسيان', 'أرمن سركيسيان'],
		country: 'ARM',
		role: 'president',
		to: '2022-02-01'
	},
	{
		id: 'serzh-sargsyan',
		name: { en: 'Serzh Sargsyan', ar: 'سيرج سركيسيان' },
		variants: ['سيرج سارغسيان', 'سيرغ سركيسيان'],
		country: 'ARM',
		role: 'president',
		to: '2018-04'
	},

	// --- Azerbaijan, Türkiye, Ukraine, Central Asia, China, Iran ---
	{
		id: 'aliyev',
		name: { en: 'Ilham Aliyev', ar: 'إلهام علييف' },
		variants: ['إلهام عالييف', 'إلهام علييڤ', 'علييف', 'عالييف'],
		country: 'AZE',
		role: 'president'
	},
	{
		id: 'bayramov',
		name: { en: 'Jeyhun Bayramov', ar: 'جيهون بيراموف' },
		variants: ['جيحون بيراموف', 'جيهون بايراموف', 'بيراموف', 'بايراموف'],
		country: 'AZE',
		role: 'foreign-minister'
	},
	{
		id: 'erdogan',
		name: { en: 'Recep Tayyip Erdoğan', ar: 'رجب طيب أردوغان' },
		variants: ['رجب طيب أردغان', 'أردوغان', 'أردغان'],
		country: 'TUR',
		role: 'president'
	},
	{
		id: 'cavusoglu',
		name: { en: 'Mevlüt Çavuşoğlu', ar: 'مولود جاويش أوغلو' },
		variants: [
			'مولود تشاووش أوغلو',
			'مولود تشاويش أوغلو',
			'جاويش أوغلو',
			'تشاووش أوغلو',
			'تشاويش أوغلو',
			'جاويش أغلو'
		],
		country: 'TUR',
		role: 'foreign-minister',
		to: '2023-06-03'
	},
	{
		id: 'fidan',
		name: { en: 'Hakan Fidan', ar: 'هاكان فيدان' },
		variants: [],
		country: 'TUR',
		role: 'foreign-minister',
		from: '2023-06-03'
	},
	{
		id: 'zelensky',
		name: { en: 'Volodymyr Zelenskyy', ar: 'فولوديمير زيلينسكي' },
		variants: [
			'فولودمير زيلينسكي',
			'فلاديمير زيلينسكي',
			'فولوديمير زيلنسكي',
			'زيلينسكي',
			'زيلنسكي'
		],
		country: 'UKR',
		role: 'president'
	},
	{
		id: 'kuleba',
		name: { en: 'Dmytro Kuleba', ar: 'دميترو كوليبا' },
		variants: ['دميتري كوليبا', 'ديمترو كوليبا', 'كوليبا'],
		country: 'UKR',
		role: 'foreign-minister'
	},
	{
		id: 'mirziyoyev',
		name: { en: 'Shavkat Mirziyoyev', ar: 'شوكت ميرضيائيف' },
		variants: [
			'شوكت ميرزيوييف',
			'شوكت ميرزياييف',
			'شوكت ميرزيويف',
			'شوكت ميرضيايف',
			'ميرضيائيف',
			'ميرضيايف',
			'ميرزيوييف',
			'ميرزياييف',
			'ميرزيويف',
			'ميرزيايف'
		],
		country: 'UZB',
		role: 'president'
	},
	{
		id: 'serdar-berdimuhamedov',
		name: { en: 'Serdar Berdimuhamedow', ar: 'سردار بردي محمدوف' },
		variants: ['سردار بيردي محمدوف', 'سردار بيرديمحمدوف'],
		country: 'TKM',
		role: 'president',
		from: '2022-03-19'
	},
	{
		id: 'gurbanguly-berdimuhamedov',
		name: { en: 'Gurbanguly Berdimuhamedow', ar: 'قربان قولي بردي محمدوف' },
		variants: ['قربانقولي بردي محمدوف', 'قربان غولي بردي محمدوف', 'قربانقلي بردي محمدوف'],
		country: 'TKM',
		role: 'president',
		to: '2022-03-19'
	},
	{
		id: 'xi-jinping',
		name: { en: 'Xi Jinping', ar: 'شي جين بينغ' },
		variants: ['شي جينبينغ', 'شي جين بينج', 'شي جينبينج'],
		country: 'CHN',
		role: 'president'
	},
	{
		id: 'wang-yi',
		name: { en: 'Wang Yi', ar: 'وانغ يي' },
		variants: ['وانج يي'],
		country: 'CHN',
		role: 'foreign-minister'
	},
	{
		id: 'raisi',
		name: { en: 'Ebrahim Raisi', ar: 'إبراهيم رئيسي' },
		variants: [],
		country: 'IRN',
		role: 'president',
		from: '2021-08-03',
		to: '2024-05-19'
	},

	// --- Names that fill the unrelated news around CSTO articles ---
	{
		id: 'biden',
		name: { en: 'Joe Biden', ar: 'جو بايدن' },
		variants: ['جوزيف بايدن', 'بايدن'],
		country: 'USA',
		role: 'president',
		from: '2021-01-20'
	},
	{
		id: 'blinken',
		name: { en: 'Antony Blinken', ar: 'أنتوني بلينكن' },
		variants: ['أنطوني بلينكن', 'بلينكن'],
		country: 'USA',
		role: 'foreign-minister',
		from: '2021-01-26'
	},
	{
		id: 'sisi',
		name: { en: 'Abdel Fattah el-Sisi', ar: 'عبد الفتاح السيسي' },
		variants: ['عبدالفتاح السيسي', 'السيسي'],
		country: 'EGY',
		role: 'president'
	},
	{
		id: 'netanyahu',
		name: { en: 'Benjamin Netanyahu', ar: 'بنيامين نتنياهو' },
		variants: ['نتنياهو'],
		country: 'ISR',
		role: 'prime-minister'
	},
	{
		id: 'macron',
		name: { en: 'Emmanuel Macron', ar: 'إيمانويل ماكرون' },
		variants: ['إمانويل ماكرون', 'ماكرون'],
		country: 'FRA',
		role: 'president'
	},
	{
		id: 'meloni',
		// Listed so "جورجيا ميلوني" is read as a person, not as Georgia.
		name: { en: 'Giorgia Meloni', ar: 'جورجيا ميلوني' },
		variants: ['ميلوني'],
		country: 'ITA',
		role: 'prime-minister',
		from: '2022-10-22'
	},

	// --- Organisation officials (country null, org set) ---
	{
		id: 'zas',
		name: { en: 'Stanislav Zas', ar: 'ستانيسلاف زاس' },
		variants: ['ستانسلاف زاس', 'ستانيسلاف زاز', 'زاس'],
		country: null,
		org: 'csto',
		nationality: 'BLR',
		role: 'secretary-general',
		from: '2020-01-01',
		to: '2022-12-31'
	},
	{
		id: 'tasmagambetov',
		name: { en: 'Imangali Tasmagambetov', ar: 'إيمانغالي تاسماغامبيتوف' },
		variants: [
			'إمانغالي تاسماغامبيتوف',
			'إيمانغالي تسماغامبيتوف',
			'إيمانجالي تاسماجامبيتوف',
			'تاسماغامبيتوف',
			'تسماغامبيتوف',
			'تاسماغامبتوف',
			'تاسماجامبيتوف'
		],
		country: null,
		org: 'csto',
		nationality: 'KAZ',
		role: 'secretary-general',
		from: '2023-01-01'
	},
	{
		id: 'sidorov',
		name: { en: 'Anatoly Sidorov', ar: 'أناتولي سيدوروف' },
		variants: ['أناطولي سيدوروف', 'سيدوروف'],
		country: null,
		org: 'csto',
		nationality: 'RUS',
		role: 'chief-of-staff'
	},
	{
		id: 'serdyukov',
		// Commanded the CSTO collective peacekeeping force sent to Kazakhstan in January 2022.
		name: { en: 'Andrei Serdyukov', ar: 'أندريه سيرديوكوف' },
		variants: ['أندري سيرديوكوف', 'أندريه سرديوكوف', 'أندريه سيرديوكوڤ', 'سيرديوكوف', 'سرديوكوف'],
		country: null,
		org: 'csto',
		nationality: 'RUS',
		role: 'commander',
		from: '2022-01-06',
		to: '2022-01'
	},
	{
		id: 'charles-michel',
		// President of the European Council; mediated between Armenia and Azerbaijan.
		name: { en: 'Charles Michel', ar: 'شارل ميشال' },
		variants: ['شارل ميشيل', 'تشارلز ميشيل', 'شارل ميشل'],
		country: null,
		org: 'eu',
		role: 'mediator'
	},
	{
		id: 'guterres',
		name: { en: 'António Guterres', ar: 'أنطونيو غوتيريش' },
		variants: ['أنطونيو جوتيريش', 'أنطونيو غوتيريس', 'غوتيريش', 'جوتيريش', 'غوتيريس'],
		country: null,
		org: 'un',
		role: 'secretary-general'
	},
	{
		id: 'stoltenberg',
		name: { en: 'Jens Stoltenberg', ar: 'ينس ستولتنبرغ' },
		variants: ['ينس ستولتنبيرغ', 'يانس ستولتنبرغ', 'ستولتنبرغ', 'ستولتنبيرغ', 'ستولتنبرج'],
		country: null,
		org: 'nato',
		role: 'secretary-general'
	}
];

/**
 * Names that alone fit several people of one country in 2021–2023. A match is a person mention
 * of the country with `id: null` and the candidates; context (a title, the date) has to decide.
 */
export const AMBIGUOUS_NAMES: readonly AmbiguousName[] = [
	{
		// President Sadyr Japarov and cabinet chair Akylbek Japarov (from October 2021).
		id: 'japarov',
		variants: ['جاباروف', 'جباروف', 'جاپاروف', 'جابروف'],
		country: 'KGZ',
		candidates: ['sadyr-japarov', 'akylbek-japarov']
	},
	{
		// President Armen Sarkissian (to 2022) and former president Serzh Sargsyan.
		id: 'sargsyan',
		variants: ['سركيسيان', 'سارغسيان', 'سركسيان'],
		country: 'ARM',
		candidates: ['armen-sarkissian', 'serzh-sargsyan']
	},
	{
		// Turkmenistan's president changed from father to son on 19 March 2022.
		id: 'berdimuhamedov',
		variants: ['بردي محمدوف', 'بيردي محمدوف', 'بيرديمحمدوف', 'بردیمحمدوف'],
		country: 'TKM',
		candidates: ['gurbanguly-berdimuhamedov', 'serdar-berdimuhamedov']
	}
];

/**
 * What a denial denies when it denies a happening: its taking place, being held or sent, or the
 * reports of it ("نفت الوزارة وقوع اشتباكات", "نفى عقد أي اجتماع لمجلس …", "لا صحة للأنباء عن
 * انتشار قوات", "نفت صحة التقارير التي تحدثت عن اشتباكات", "نفت قيام قواتها بقصف مواقع", "تنفي ما
 * تردد عن طلب إرسال قوات": what was rumoured, or a request for it). Not
 * something said of a happening ("نفت أذربيجان أي مسؤولية عن الاشتباكات",
 * "نفت وقوع إصابات جراء القصف", "نفت موسكو وجود خلافات بين القادة"). Normalised text.
 */
const DENIED_NOUN =
	/(?:^|\s)(?:لل|[بل]?(?:ال)?)(?:وقوع|حدوث|حصول|عقد|انعقاد|اجراء|انتشار|نشر|ارسال|وصول|اندلاع|تقارير|تقرير|انباء|اخبار|شايعات|ادعاءات|مزاعم)(?=\s|$)|(?:^|\s)ما\s+(?:تردد|يتردد|اشيع|يشاع|راج|يروج|تداول\S*|يتداول\S*)(?=\s|$)/g;

/**
 * From the last denied noun to the happening: an adjective ("الأنباء المتداولة"), the reports'
 * own relative clause ("التي تحدثت عن"), "about", another noun of taking place, "any", a meeting noun and its council ("عقد أي
 * اجتماع لمجلس …"), the article, nothing else.
 */
const ITS_HEAD =
	/^\s*(?:ال(?!تي|ذي|لتي)\S+\s+)?(?:(?:التي|الذي|اللتي)\s+(?:تحدثت|تحدث|افادت|افاد|اشارت|اشار|زعمت|زعم|ذكرت|ذكر|قالت|قال|تناقلت|تداولت|تكلمت)\s+(?:الي\s+)?)?(?:(?:عن|بشان|حول)\s+)?(?:[لب]?(?:ال)?طلب\s+)?(?:(?:وقوع|حدوث|عقد|انعقاد|اجراء|انتشار|نشر|ارسال|وصول|اندلاع)\s+)?(?:اي\s+)?(?:[لب]?(?:ال)?(?:اجتماع\S*|جلس\S*|لقاء|قمه)\s+)?(?:[لب]?(?:ال)?مجلس\s+)?(?:[لب]|لل)?(?:ال)?$/;

/**
 * "نفت قيام قواتها بقصف", "نفى قيام الجيش الأرمني بشن هجوم": the doing denied, its doer and
 * «ب» right before the happening (or its verbal noun).
 */
const DOING_DENIED =
	/(?:^|\s)[بل]?(?:ال)?قيام\s+(?:\S+\s+){0,3}ب(?:(?:ال)?(?:شن|تنفيذ|اطلاق)\s+(?:اي\s+)?)?(?:ال)?$/;

/**
 * "نفت الوزارة أن تكون قواتها قد قصفت …": the happening told by its verb in a denied «أن تكون …
 * قد» (not "نفى أن تكون أرمينيا قاطعت القمة", where the meeting is the object of another act).
 */
const DENIED_THAT = /(?:^|\s)(?:ان|بان)\s+(?:يكون|تكون|يكونوا|يكونا|تكونا)\s+(?:\S+\s+){0,2}قد\s+$/;

/**
 * A second verb after the denial, of stating or blaming, or a «لكن»: what follows is affirmed
 * ("نفت يريفان ذلك، مؤكدة قيام الجيش الأذربيجاني بقصف …", "نفت الأنباء عن سقوط البلدة، لكنها
 * أكدت اندلاع اشتباكات", "واتهم دوشانبي بقيام قواتها بقصف").
 */
const AFFIRMED_AFTER =
	/(?:[،,]\s*[وف]?|\s[وف])(?:لكن\S*|اكد\S*|ياكد\S*|توكد\S*|مؤكد\S*|موكد\S*|اتهم\S*|يتهم\S*|متهم\S*|حمل\S*|محمل\S*|اشار\S*|مشير\S*|قال\S*|اعتبر\S*|معتبر\S*|اعترف\S*|معترف\S*)(?=\s|$)/;

/** An aside between commas: "، في بيان لها،", "، بحسب الوكالة،". */
const ASIDE = /[،,]\s*(?:في|خلال|عبر|وفق|بحسب|حسب|اليوم|امس)\s+[^،,]{0,40}[،,]/g;

/** Does `between` (from the denial to the happening) deny the happening itself? */
export function deniedNoun(between: string): boolean {
	let last = -1;
	for (const d of between.matchAll(DENIED_NOUN)) last = d.index + d[0].length;
	if (AFFIRMED_AFTER.test(between)) return false;
	return (
		(last >= 0 && ITS_HEAD.test(between.slice(last))) ||
		(!/[،,]/.test(between.replace(ASIDE, ' ')) &&
			(DOING_DENIED.test(between) || DENIED_THAT.test(between)))
	);
}

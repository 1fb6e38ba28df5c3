/**
 * What a denial denies when it denies a happening: its taking place, being held or sent, or the
 * reports of it ("نفت الوزارة وقوع اشتباكات", "نفى عقد أي اجتماع لمجلس …", "لا صحة للأنباء عن
 * انتشار قوات"). Not something said of a happening ("نفت أذربيجان أي مسؤولية عن الاشتباكات",
 * "نفت وقوع إصابات جراء القصف", "نفت موسكو وجود خلافات بين القادة"). Normalised text.
 */
const DENIED_NOUN =
	/(?:^|\s)(?:لل|[بل]?(?:ال)?)(?:وقوع|حدوث|حصول|عقد|انعقاد|اجراء|انتشار|نشر|ارسال|وصول|اندلاع|تقارير|تقرير|انباء|اخبار|شايعات|ادعاءات|مزاعم)(?=\s|$)/g;

/**
 * From the last denied noun to the happening: "about", another noun of taking place, "any", a
 * meeting noun and its council ("عقد أي اجتماع لمجلس …"), the article, nothing else.
 */
const ITS_HEAD =
	/^\s*(?:(?:عن|بشان|حول)\s+)?(?:(?:وقوع|حدوث|عقد|انعقاد|اجراء|انتشار|نشر|ارسال|وصول|اندلاع)\s+)?(?:اي\s+)?(?:[لب]?(?:ال)?(?:اجتماع\S*|جلس\S*|لقاء|قمه)\s+)?(?:[لب]?(?:ال)?مجلس\s+)?(?:[لب]|لل)?(?:ال)?$/;

/** Does `between` (from the denial to the happening) deny the happening itself? */
export function deniedNoun(between: string): boolean {
	let last = -1;
	for (const d of between.matchAll(DENIED_NOUN)) last = d.index + d[0].length;
	return last >= 0 && ITS_HEAD.test(between.slice(last));
}

/**
 * The persons and tenses of a verb as news writes them, so the cue lexicon lists a verb once
 * instead of each inflection ("شارك" → "شاركت", "شاركوا", "نشارك", "يشاركان", "ستشارك", …).
 * Sound and hollow verbs both work, given the perfect and the imperfect stem ("غاب", "غيب").
 */

/** Perfect: he, she, they two (m/f), they, we. */
const PERFECT_SUFFIXES = ['', 'ت', 'ا', 'تا', 'وا', 'نا'];
/** Imperfect: he, she/you, we, I; they, they two. */
const IMPERFECT = (stem: string) => [
	...['ي', 'ت', 'ن', 'أ'].map((p) => p + stem),
	...['ي', 'ت'].flatMap((p) => [p + stem + 'ون', p + stem + 'ان'])
];

export interface VerbForms {
	/** Done or doing: the perfect, the imperfect and the future ("سيشارك", "سوف يشارك"). */
	affirmed: string[];
	/** Not done, not doing, will not do: "لم يشارك", "لا تشارك", "لن نشارك". */
	negated: string[];
	/** What is yet to come, whichever way: "سيشارك", "سوف يشارك", "لن يشارك". */
	future: string[];
}

/**
 * `jussiveStem`: a hollow verb's short stem after لم in the singular ("لم يغب" beside "يغيب");
 * the plural and dual keep the long one ("لم يغيبوا").
 */
export function verbForms(
	perfect: string,
	imperfectStem: string,
	jussiveStem = imperfectStem
): VerbForms {
	const imperfect = IMPERFECT(imperfectStem);
	// The jussive and subjunctive drop the final ن of the plural and dual after لم and لن.
	const moodless = imperfect.map((v) => v.replace(/(?:ون|ان)$/, (m) => (m === 'ون' ? 'وا' : 'ا')));
	const jussive = [
		...moodless,
		...['ي', 'ت', 'ن', 'أ'].map((p) => p + jussiveStem).filter((v) => !moodless.includes(v))
	];
	const willDo = [...imperfect.map((v) => 'س' + v), ...imperfect.map((v) => 'سوف ' + v)];
	const wontDo = moodless.map((v) => 'لن ' + v);
	return {
		affirmed: [...PERFECT_SUFFIXES.map((s) => perfect + s), ...imperfect, ...willDo],
		negated: [...jussive.map((v) => 'لم ' + v), ...imperfect.map((v) => 'لا ' + v), ...wontDo],
		future: [...willDo, ...wontDo]
	};
}

/**
 * The words that count time in Arabic news, normalised (ة → ه): number words three to ten in
 * both genders ("ثلاثة أيام", "ثلاث سنوات"), and the units, whose singular and dual carry their
 * own count ("يوم" one, "يومين" two) while a plural needs a number before it ("خمسة أيام").
 * One table for every rule that counts days, weeks or years from a point.
 */
export type CountUnit = 'day' | 'week' | 'year';

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
	ثلاثه: 3,
	ثلاث: 3,
	اربعه: 4,
	اربع: 4,
	خمسه: 5,
	خمس: 5,
	سته: 6,
	ست: 6,
	سبعه: 7,
	سبع: 7,
	ثمانيه: 8,
	ثماني: 8,
	تسعه: 9,
	تسع: 9,
	عشره: 10,
	عشر: 10
};

/** A unit word, and the count it says by itself (none for a plural). */
export const UNIT_WORDS: Readonly<Record<string, { unit: CountUnit; count?: number }>> = {
	يوم: { unit: 'day', count: 1 },
	يومين: { unit: 'day', count: 2 },
	ايام: { unit: 'day' },
	يوما: { unit: 'day' },
	اسبوع: { unit: 'week', count: 1 },
	اسبوعين: { unit: 'week', count: 2 },
	اسابيع: { unit: 'week' },
	اسبوعا: { unit: 'week' },
	عام: { unit: 'year', count: 1 },
	عامين: { unit: 'year', count: 2 },
	اعوام: { unit: 'year' },
	عاما: { unit: 'year' },
	سنه: { unit: 'year', count: 1 },
	سنتين: { unit: 'year', count: 2 },
	سنوات: { unit: 'year' }
};

/** A regex group (no capture) of the unit words of the given units. */
export function unitWordsOf(...units: CountUnit[]): string {
	return Object.keys(UNIT_WORDS)
		.filter((w) => units.includes(UNIT_WORDS[w]!.unit))
		.join('|');
}

/** A regex group (no capture) of the numbers: one or two digits, or a number word. */
export const NUMBER = `\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')}`;

/**
 * How many units a number (digits or a word, if any) and a unit word say: "خمسه" + "ايام" is 5,
 * "يومين" alone 2; a bare plural ("ايام") or an unknown word says nothing (undefined).
 */
export function countOf(number: string | undefined, unitWord: string): number | undefined {
	const unit = UNIT_WORDS[unitWord];
	if (!unit) return undefined;
	if (number === undefined) return unit.count;
	// With a number, the number counts: from eleven up Arabic puts the unit in the singular
	// ("15 يوما", "منذ 20 عام" as often written), so the unit's own count is not multiplied.
	return /^\d+$/.test(number) ? Number(number) : NUMBER_WORDS[number];
}

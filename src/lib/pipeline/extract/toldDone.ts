/**
 * A verb in the perfect: "انطلقت", "بدأ", "تواصلت", "اختتموا" — not the imperfect or future
 * ("تنطلق", "يبدأ", "ستنطلق", "سوف تبدأ"). Normalised.
 */
export const toldDone = (verb: string) =>
	/(?:ت|وا)$/.test(verb) || !/^[وف]?(?:س|سوف\s+)?[يتن]/.test(verb);

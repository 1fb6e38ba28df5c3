/**
 * Words and phrases that contain a gazetteer name by accident once a proclitic is peeled off or a
 * longer phrase is read word by word. The matcher consumes them and reports nothing, so the
 * longest-match rule keeps them from turning into mentions.
 */
export const BLOCKERS: readonly string[] = [
	// ب/ك + "روس" (Russians): Bruce, Kroos / cross.
	'بروس',
	'كروس',
	// ف + "روسية": equestrianism.
	'فروسية',
	// ك + "أرمن": Carmen.
	'كارمن',
	// ك + "سول" (Seoul): lazy.
	'كسول',
	// A club, not "in Russia".
	'بروسيا دورتموند',
	// Names of outlets and clubs that start with a city.
	'واشنطن بوست',
	'واشنطن تايمز',
	'موسكو تايمز',
	'باريس سان جيرمان',
	// The Minsk agreements are about Donbas, not an event in Minsk.
	'اتفاقيات مينسك',
	'اتفاقات مينسك',
	'اتفاق مينسك',
	'اتفاقية مينسك'
];

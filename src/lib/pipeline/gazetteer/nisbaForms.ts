/**
 * The inflections of a masculine nisba adjective ("البيلاروسي", "قرغيزي"): feminine, duals and
 * sound plurals, which Arabic forms regularly from it — "وزيرا الخارجية والدفاع البيلاروسيان",
 * "الوزراء القرغيزيون", "للقوات الطاجيكيتين". The gazetteer lists a country's adjectives as
 * outlets write them; these fill the forms a list leaves out. Anything not ending in ي gives none.
 */
const ENDINGS = ['ة', 'ان', 'ين', 'ون', 'تان', 'تين'];

export function nisbaForms(adjective: string): string[] {
	if (!adjective.endsWith('ي') || adjective.length < 3) return [];
	return ENDINGS.map((ending) => adjective + ending);
}

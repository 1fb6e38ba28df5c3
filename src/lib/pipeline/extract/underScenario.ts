/**
 * "السيناريو الأول: البقاء الشكلي. تبقى أرمينيا عضواً، لكنها تغيب عن القمم": an opinion piece's
 * scenarios are imagined, every sentence of the paragraph its label opens. Normalised text.
 */
const LABEL = /^\s*[-–•*]?\s*(?:ال)?(?:سيناريو|احتمال|خيار|فرضيه)(?:\s+\S+){0,3}\s*:/;

export function underScenario(norm: string, s: { start: number; end: number }): boolean {
	const paragraph = norm.lastIndexOf('\n', s.start - 1) + 1;
	return LABEL.test(norm.slice(paragraph, s.end));
}

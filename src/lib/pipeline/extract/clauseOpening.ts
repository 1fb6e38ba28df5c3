/**
 * Where the clause that ends at `to` begins: after the last full stop, semicolon, question, a
 * clause set against another («فيما», «بينما», «في حين», «لكن») or a «، و» that joins a new
 * clause ("أكد أن غيابها لن يؤثر على عمل المنظمة، وقال بوتين أمام القمة"), not an aside about
 * the subject ("، وهو أقدم القادة،"). A negation, plan or doubt before it is another clause's.
 * Folded text.
 */
/** A full stop, semicolon, question, or a clause set against another: what ends a deed's reach. */
export const CLAUSE_BREAK = /[.؛!?؟]|(?:^|[\s،,])(?:فيما|بينما|في\s+حين|لكن)\s/u;
const OPENING = new RegExp(
	`${CLAUSE_BREAK.source}|[،,]\\s*[وف](?!(?:هو|هي|هم|هما)\\s)(?=\\S)`,
	'gu'
);

export function clauseOpening(norm: string, from: number, to: number): number {
	let start = from;
	for (const b of norm.slice(from, to).matchAll(OPENING)) start = from + b.index + b[0].length;
	return start;
}

/** A candidate for the merge's tests: a deterministic article name and the type's usual subtype. */
import type { Candidate } from '../../../../src/lib/pipeline/extract/types';

let serial = 0;
export function candidate(over: Partial<Candidate> & Pick<Candidate, 'type' | 'date'>): Candidate {
	const article = over.article ?? `a${String(serial++).padStart(3, '0')}`;
	return {
		article,
		subtype:
			over.type === 'summit' ? 'leaders' : over.type === 'clash' ? 'border-clash' : 'exercise',
		end: null,
		dayMonth: null,
		how: 'test',
		placeId: null,
		byVideo: false,
		countries: new Set(),
		participation: new Map(),
		chair: null,
		planned: false,
		reference: false,
		attributed: true,
		exercise: null,
		sources: [{ article, start: 0, end: 5, quote: `quote ${article}`, claims: { type: true } }],
		at: 0,
		...over
	};
}

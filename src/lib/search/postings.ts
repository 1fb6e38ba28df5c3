/**
 * For each word of a vocabulary, the events whose text holds it, as one flat array (compressed
 * sparse rows): a word's events are `events[offsets[w] .. offsets[w + 1])`, ascending. At 100,000
 * events it is a few megabytes of numbers instead of a hundred thousand small arrays.
 */
export interface Postings {
	offsets: Uint32Array;
	events: Uint32Array;
}

/**
 * Builds the postings from each event's word numbers (`wordsOf[e]`, each word once), for a
 * vocabulary of `size` words.
 */
export function buildPostings(wordsOf: readonly ArrayLike<number>[], size: number): Postings {
	const offsets = new Uint32Array(size + 1);
	for (const words of wordsOf) for (let k = 0; k < words.length; k++) offsets[words[k]! + 1]!++;
	for (let w = 0; w < size; w++) offsets[w + 1]! += offsets[w]!;
	const events = new Uint32Array(offsets[size]!);
	const filled = offsets.slice(0, size);
	wordsOf.forEach((words, e) => {
		for (let k = 0; k < words.length; k++) events[filled[words[k]!]!++] = e;
	});
	return { offsets, events };
}

/** The events holding word `w`, as a view (no copy). */
export function eventsWith(postings: Postings, w: number): Uint32Array {
	return postings.events.subarray(postings.offsets[w], postings.offsets[w + 1]);
}

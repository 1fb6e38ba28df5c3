/**
 * Event ids are slugs of what a reader would call the event: date, type and place (or the
 * countries, or "video"), e.g. "2023-11-23-summit-minsk". They depend only on the event itself,
 * so they survive unrelated articles being added; two events with the same slug get -2, -3 in
 * a fixed order, and keep them as the corpus grows (stableIds).
 */
export function slugify(s: string): string {
	return s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

export function baseEventId(date: string, type: string, label: string): string {
	const tail = slugify(label);
	return tail ? `${date}-${type}-${tail}` : `${date}-${type}`;
}

/** Makes ids unique in input order: the first keeps the base id. */
export function uniqueIds(bases: string[]): string[] {
	const used = new Map<string, number>();
	return bases.map((base) => {
		const n = (used.get(base) ?? 0) + 1;
		used.set(base, n);
		return n === 1 ? base : `${base}-${n}`;
	});
}

/** An event of the set written before: its id and the articles it cites. */
export interface PreviousEvent {
	id: string;
	articles: readonly string[];
}

/**
 * Unique ids that stay with their happenings as a corpus grows. Without history, the same as
 * uniqueIds. With the event set written before, an id it gave keeps going to the event that
 * cites most of the same articles (the same happening, told by the same reports), so a new
 * event with the same slug that sorts first takes the next free number instead of the old
 * event's id: a shared link keeps opening what it opened. The result is a fixed point: built
 * again over its own output, a corpus keeps its ids, so two builds stay byte-identical.
 */
export function stableIds(
	bases: readonly string[],
	articlesOf: readonly (readonly string[])[],
	previous: readonly PreviousEvent[] = []
): string[] {
	const ids: (string | undefined)[] = bases.map(() => undefined);
	const taken = new Set<string>();
	const byBase = new Map<string, number[]>();
	bases.forEach((b, i) => byBase.set(b, [...(byBase.get(b) ?? []), i]));
	const pairs: { id: string; index: number; overlap: number }[] = [];
	for (const p of previous) {
		// The slug an id was numbered from: itself, or itself without its -N.
		const base = [p.id, p.id.replace(/-\d+$/, '')].find((b) => byBase.has(b));
		if (base === undefined) continue;
		const cited = new Set(p.articles);
		for (const index of byBase.get(base)!) {
			const overlap = articlesOf[index]!.filter((a) => cited.has(a)).length;
			if (overlap > 0) pairs.push({ id: p.id, index, overlap });
		}
	}
	pairs.sort((a, b) => b.overlap - a.overlap || a.index - b.index || (a.id < b.id ? -1 : 1));
	for (const { id, index } of pairs)
		if (ids[index] === undefined && !taken.has(id)) {
			ids[index] = id;
			taken.add(id);
		}
	return bases.map((base, i) => {
		if (ids[i] !== undefined) return ids[i]!;
		let id = base;
		for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
		taken.add(id);
		return id;
	});
}

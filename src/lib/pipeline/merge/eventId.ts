/**
 * Event ids are slugs of what a reader would call the event: date, type and place (or the
 * countries, or "video"), e.g. "2023-11-23-summit-minsk". They depend only on the event itself,
 * so they survive unrelated articles being added; two events with the same slug get -2, -3 in
 * a fixed order.
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

/**
 * A small cache of the last `limit` values by key, least recently used dropped first: a filter
 * toggled off and on again finds its result kept instead of redoing it from scratch.
 */
export interface KeyedCache<V> {
	get(key: string, make: () => V): V;
	readonly size: number;
}

export function keyedCache<V>(limit: number): KeyedCache<V> {
	// A plain Map (nothing renders from it), in use order: oldest first.
	const kept = new Map<string, V>();
	return {
		get(key, make) {
			if (kept.has(key)) {
				const value = kept.get(key) as V;
				kept.delete(key);
				kept.set(key, value);
				return value;
			}
			const value = make();
			kept.set(key, value);
			if (kept.size > limit) kept.delete(kept.keys().next().value as string);
			return value;
		},
		get size() {
			return kept.size;
		}
	};
}

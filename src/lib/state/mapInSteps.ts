/**
 * A map from each item's key, built a slice at a time: at 100,000 events one `new Map` is a
 * 100–200 ms task on a busy host, so the explorer adds a slice per idle period and a first lookup
 * before it is done adds the rest at once.
 */
export interface MapInSteps<K, V> {
	/** Adds up to `count` more items; true once every item is in. */
	step(count: number): boolean;
	/** The whole map (whatever is not in yet is added now). */
	readonly map: ReadonlyMap<K, V>;
	readonly done: boolean;
}

export function mapInSteps<K, V>(items: readonly V[], keyOf: (item: V) => K): MapInSteps<K, V> {
	// Nothing renders from it: a plain Map.
	const map = new Map<K, V>();
	let next = 0;
	const step = (count: number) => {
		const end = Math.min(items.length, next + count);
		for (; next < end; next++) map.set(keyOf(items[next]!), items[next]!);
		return next >= items.length;
	};
	return {
		step,
		get map() {
			step(Infinity);
			return map;
		},
		get done() {
			return next >= items.length;
		}
	};
}

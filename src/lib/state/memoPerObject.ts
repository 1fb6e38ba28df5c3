/**
 * `fn(object, ...args)`, remembered per object for the last arguments it was called with: the
 * filtered indexes are kept per filter (see ExplorerState), so what is derived from one (the
 * overview's paths, the map's places, the timeline's layout) comes back with it at no cost when
 * the filter returns. Objects are held weakly; arguments are compared with `same`.
 */
export function memoPerObject<K extends object, A extends unknown[], V>(
	fn: (object: K, ...args: A) => V,
	same: (a: A, b: A) => boolean = sameArgs
): (object: K, ...args: A) => V {
	const kept = new WeakMap<K, { args: A; value: V }>();
	return (object, ...args) => {
		const last = kept.get(object);
		if (last && same(last.args, args)) return last.value;
		const value = fn(object, ...args);
		kept.set(object, { args, value });
		return value;
	};
}

/** Arguments equal one by one (`Object.is`). */
export function sameArgs(a: readonly unknown[], b: readonly unknown[]): boolean {
	return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}

/**
 * Whether two values serialise to the same JSON, key order included, without serialising them:
 * shared subtrees (the same object on both sides) are not walked. Keys whose value is undefined
 * count as absent, as JSON.stringify drops them.
 */
export function sameJson(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	if (Array.isArray(a)) {
		const other = b as unknown[];
		if (a.length !== other.length) return false;
		for (let i = 0; i < a.length; i++) if (!sameJson(a[i], other[i])) return false;
		return true;
	}
	const ka = definedKeys(a as Record<string, unknown>);
	const kb = definedKeys(b as Record<string, unknown>);
	if (ka.length !== kb.length) return false;
	for (let i = 0; i < ka.length; i++) {
		if (ka[i] !== kb[i]) return false;
		const k = ka[i]!;
		if (!sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
			return false;
	}
	return true;
}

function definedKeys(o: Record<string, unknown>): string[] {
	return Object.keys(o).filter((k) => o[k] !== undefined);
}

/**
 * The row a key moves to in a list of `count` rows from row `at`: ↑/↓ one, Page Up/Down a page,
 * Home/End either end. Null for any other key, so the key keeps its usual meaning.
 */
export function listKeyTarget(key: string, at: number, count: number, page: number): number | null {
	if (count <= 0) return null;
	const clamp = (i: number) => Math.min(count - 1, Math.max(0, i));
	switch (key) {
		case 'ArrowDown':
			return clamp(at + 1);
		case 'ArrowUp':
			return clamp(at - 1);
		case 'PageDown':
			return clamp(at + Math.max(1, page));
		case 'PageUp':
			return clamp(at - Math.max(1, page));
		case 'Home':
			return 0;
		case 'End':
			return count - 1;
		default:
			return null;
	}
}

/**
 * `$app/paths` for the bench pages, which are built without SvelteKit (vite.bench.config.ts):
 * they are served at the root, so a path is its own address, as in the site (no base path).
 */
export function asset(path: string): string {
	return path;
}

export function resolve(path: string): string {
	return path;
}

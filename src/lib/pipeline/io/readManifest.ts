/**
 * The list of text files the build step wrote last time into its texts folder. Only the files
 * named here are ever removed; anything else in the folder is somebody else's and stays.
 */
import { readFileSync } from 'node:fs';

export interface Manifest {
	writtenBy: 'csto-atlas events';
	files: string[];
}

export function readManifest(path: string): Manifest | null {
	try {
		const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<Manifest>;
		if (data.writtenBy !== 'csto-atlas events' || !Array.isArray(data.files)) return null;
		// A manifest names plain file names in its own folder, never a path elsewhere.
		const files = data.files.filter(
			(f): f is string => typeof f === 'string' && /^[^/\\]+\.txt$/.test(f) && !f.startsWith('.')
		);
		return { writtenBy: 'csto-atlas events', files };
	} catch {
		return null;
	}
}

export function manifestJson(files: string[]): string {
	const manifest: Manifest = { writtenBy: 'csto-atlas events', files: [...files].sort() };
	return JSON.stringify(manifest, null, '\t') + '\n';
}

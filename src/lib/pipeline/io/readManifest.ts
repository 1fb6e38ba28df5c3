/**
 * What the build step wrote last time into a folder of its own: the generations in `sets/`
 * (and, from earlier versions of the step, the texts in `articles/`). Only what is named here
 * is ever removed; anything else in the folder is somebody else's and stays.
 */
import { readFileSync } from 'node:fs';
import { GENERATION } from '../../model/setPaths';

export interface Manifest {
	writtenBy: 'csto-atlas events';
	/** Text files (earlier versions of the step, in `articles/`). */
	files: string[];
	/** Generation folders (in `sets/`). */
	generations: string[];
}

export function readManifest(path: string): Manifest | null {
	try {
		const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<Manifest>;
		if (data.writtenBy !== 'csto-atlas events') return null;
		// A manifest names plain names in its own folder, never a path elsewhere.
		const files = (Array.isArray(data.files) ? data.files : []).filter(
			(f): f is string => typeof f === 'string' && /^[^/\\]+\.txt$/.test(f) && !f.startsWith('.')
		);
		const generations = (Array.isArray(data.generations) ? data.generations : []).filter(
			(g): g is string => typeof g === 'string' && GENERATION.test(g)
		);
		return { writtenBy: 'csto-atlas events', files, generations };
	} catch {
		return null;
	}
}

export function manifestJson(generations: Iterable<string>): string {
	const manifest = {
		writtenBy: 'csto-atlas events',
		generations: [...new Set(generations)].sort()
	};
	return JSON.stringify(manifest, null, '\t') + '\n';
}

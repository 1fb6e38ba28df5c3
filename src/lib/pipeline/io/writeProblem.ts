/**
 * The diagnostic for an output the build step could not write: which output (the event set or
 * the report), the file that failed, what went wrong in words, and what to do about it.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import { quoteControls } from '../diagnostics';

function within(path: string, dir: string): boolean {
	return path === dir || path.startsWith(dir + sep);
}

const shown = (path: string) => relative(process.cwd(), path) || '.';

export function writeProblem(error: unknown, out: string, report: string): string {
	const e = error as NodeJS.ErrnoException;
	const failed = e.path ? resolve(e.path) : null;
	const isReport =
		failed !== null &&
		within(failed, dirname(resolve(report))) &&
		!within(failed, dirname(resolve(out)));
	const file = isReport ? report : out;
	const option = isReport ? '--report' : '--out';
	const dir = shown(failed ? dirname(failed) : dirname(resolve(file)));
	const at = failed ? ` at ${shown(failed)}` : '';
	let what: string;
	let todo: string;
	switch (e.code) {
		case 'EACCES':
		case 'EPERM':
			what = `permission denied${at}`;
			todo = `give the user running the build write access to ${dir}, or choose another ${option}`;
			break;
		case 'EROFS':
			what = `the file system is read-only${at}`;
			todo = `choose another ${option}`;
			break;
		case 'ENOSPC':
		case 'EDQUOT':
			what = `the disk is full${at}`;
			todo = `free some space, or choose another ${option}`;
			break;
		default:
			what = e.code ? `${e.message}` : e.message;
			todo = `check the path and its permissions, or choose another ${option}`;
	}
	return `${quoteControls(file)}:1:1: error: cannot write the output (${quoteControls(what)}); nothing was replaced. To fix it, ${quoteControls(todo)}`;
}

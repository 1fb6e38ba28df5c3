// Runs the build step (`npm run events`) on one corpus folder into `out`: events.json and
// events.report.json. Shared by the scoring scripts.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** `noCache`: extract every article afresh; `quiet`: keep the build step's summary off stderr. */
export function runEvents(root, corpus, out, { noCache = false, quiet = false } = {}) {
	execFileSync(
		process.execPath,
		[
			join(root, 'node_modules/tsx/dist/cli.mjs'),
			join(root, 'src/lib/pipeline/cli.ts'),
			'--articles',
			corpus,
			'--out',
			join(out, 'events.json'),
			'--report',
			join(out, 'events.report.json'),
			...(noCache ? ['--no-cache'] : [])
		],
		{ stdio: ['ignore', 'ignore', quiet ? 'pipe' : 'inherit'] }
	);
}

/**
 * Preloaded into the build step (`node --import this …`): after the CRASH_AFTER-th change to
 * the file system (a write, rename, link or removal) the process kills itself with SIGKILL, as
 * a power cut or `kill -9` would, so a test can stop it between any two steps of its writing.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const limit = Number(process.env.CRASH_AFTER);
let count = 0;
for (const name of ['writeSync', 'renameSync', 'linkSync', 'rmSync', 'unlinkSync', 'rmdirSync']) {
	const real = fs[name];
	fs[name] = function (...args) {
		// Removing what is not there changes nothing: not a step to stop between.
		const noop = name === 'rmSync' && !fs.existsSync(args[0]);
		const result = real.apply(this, args);
		if (!noop && ++count === limit) process.kill(process.pid, 'SIGKILL');
		return result;
	};
}
syncBuiltinESMExports();

/**
 * Waits for saves to finish before anything reads them, and turns a burst of them into one
 * call. A file counts as written once its size and time have stayed the same for `stableMs`
 * (polled every `pollMs`, as chokidar's awaitWriteFinish does) and it does not end inside a
 * UTF-8 character; `maxWaitMs` after the first change the call is made regardless, so a file
 * that really is cut short still reaches the build step (which reports it). A save whose
 * chunks arrive seconds apart is then one rebuild that reads the whole file, not one per chunk.
 */
import { statSync } from 'node:fs';
import { endsMidCharacter } from './endsMidCharacter';

export interface SettleOptions {
	stableMs: number;
	pollMs: number;
	maxWaitMs: number;
	/** Called once the files changed since the last call have all settled. */
	onSettled: () => void;
}

export interface Settler {
	/** A file changed (was added, written or removed). */
	touch(file: string): void;
	/** Nothing pending and no call in progress. */
	idle(): boolean;
	stop(): void;
}

function stampOf(file: string): string {
	try {
		const s = statSync(file);
		return `${s.size}:${s.mtimeMs}`;
	} catch {
		return 'gone';
	}
}

export function settleWrites(options: SettleOptions): Settler {
	const pending = new Map<string, { stamp: string; since: number }>();
	let first = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;

	const poll = () => {
		timer = undefined;
		const now = Date.now();
		let waiting = false;
		for (const [file, seen] of pending) {
			const stamp = stampOf(file);
			if (stamp !== seen.stamp) pending.set(file, { stamp, since: now });
			else if (now - seen.since < options.stableMs) waiting = true;
			else if (stamp !== 'gone' && endsMidCharacter(file)) waiting = true;
			if (stamp !== seen.stamp) waiting = true;
		}
		if (waiting && now - first < options.maxWaitMs) {
			timer = setTimeout(poll, options.pollMs);
			return;
		}
		pending.clear();
		options.onSettled();
	};

	return {
		touch(file) {
			const now = Date.now();
			if (pending.size === 0) first = now;
			pending.set(file, { stamp: stampOf(file), since: now });
			timer ??= setTimeout(poll, options.pollMs);
		},
		idle: () => pending.size === 0 && timer === undefined,
		stop() {
			clearTimeout(timer);
			timer = undefined;
			pending.clear();
		}
	};
}

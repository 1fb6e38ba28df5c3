/**
 * Event sets this process has checked against the schema (assertEventSet), by object identity:
 * the writer then checks only what splitting adds (io/splitMismatches.ts) instead of running the
 * whole schema a second time over the same data. A set made or copied anywhere else is not in
 * here and gets the full check.
 */
import type { EventSet } from '../model/schema';

const validated = new WeakSet<EventSet>();

export function markValidated(set: EventSet): EventSet {
	validated.add(set);
	return set;
}

export function wasValidated(set: EventSet): boolean {
	return validated.has(set);
}

import { foldKey } from './foldKey';
import type { GazetteerEntry } from './gazetteerEntries';
import type { MentionTarget } from './types';

export interface KeyConflict {
	key: string;
	/** The spellings, as written in the data, that fold to the key. */
	variants: string[];
	targets: (MentionTarget | null)[];
}

export interface EntryIndex {
	/** Folded key → target (null for blockers), first-seen order. */
	keys: Map<string, MentionTarget | null>;
	/** Keys claimed by two different targets: a data error, never resolved silently. */
	conflicts: KeyConflict[];
	/** Spellings that fold to nothing. */
	empty: string[];
}

/** Identity of a target for collision checks: same kind, id and country is the same entity. */
export function targetKey(t: MentionTarget | null): string {
	if (t === null) return 'blocker';
	return `${t.kind}|${t.id ?? '?' + (t.candidates ?? []).join(',')}|${t.country ?? '-'}|${t.org ?? ''}`;
}

/** Folds every spelling once and finds keys claimed by more than one entity. */
export function indexEntries(entries: readonly GazetteerEntry[]): EntryIndex {
	const keys = new Map<string, MentionTarget | null>();
	const seen = new Map<string, { variants: string[]; targets: (MentionTarget | null)[] }>();
	const empty: string[] = [];
	for (const e of entries) {
		const key = foldKey(e.variant);
		if (key === '') {
			empty.push(e.variant);
			continue;
		}
		const prior = seen.get(key);
		if (prior === undefined) {
			seen.set(key, { variants: [e.variant], targets: [e.target] });
			keys.set(key, e.target);
			continue;
		}
		prior.variants.push(e.variant);
		if (!prior.targets.some((t) => targetKey(t) === targetKey(e.target)))
			prior.targets.push(e.target);
	}
	const conflicts: KeyConflict[] = [];
	for (const [key, s] of seen) if (s.targets.length > 1) conflicts.push({ key, ...s });
	return { keys, conflicts, empty };
}

import { createMatcher } from './createMatcher';
import { gazetteerEntries } from './gazetteerEntries';
import type { EntityMention } from './types';

/** The gazetteer's matcher, compiled once when the module loads. */
export const gazetteerMatcher = createMatcher(gazetteerEntries());

/**
 * Countries, nisba adjectives, places, people and organisations named in `normText`, which must
 * be the output of `normalize(raw).text`; offsets index that text (map them back with
 * `toRawSpan`). Ordered by start; mentions never overlap.
 */
export function findEntities(normText: string): EntityMention[] {
	return gazetteerMatcher.findEntities(normText);
}

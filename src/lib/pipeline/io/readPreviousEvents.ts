/**
 * The events of the event set written before at `out` (their ids and cited articles), so a
 * rebuild gives each happening the id it had (merge/eventId.ts stableIds). Anything unreadable
 * is no history: the ids are then those of a first build.
 */
import { readFileSync } from 'node:fs';
import type { PreviousEvent } from '../merge/eventId';

export function readPreviousEvents(out: string): PreviousEvent[] {
	try {
		const data = JSON.parse(readFileSync(out, 'utf8')) as { events?: unknown };
		if (!Array.isArray(data.events)) return [];
		return data.events.flatMap((e: { id?: unknown; sources?: unknown }) =>
			typeof e?.id === 'string' && Array.isArray(e.sources)
				? [
						{
							id: e.id,
							articles: e.sources
								.map((s: { article?: unknown }) => s?.article)
								.filter((a): a is string => typeof a === 'string')
						}
					]
				: []
		);
	} catch {
		return [];
	}
}

/**
 * What keeps an index file, its articles' list and its details chunks from being exactly the
 * event set they were split from — the cheap check for a set already validated whole
 * (validatedSets.ts). The set passed the schema and every rule of the whole set; what splitting
 * adds is checked here: the files' own fields and nothing more, every column position within its
 * table, every event's details in the chunk its date names and nowhere else, and what the files
 * join back to serialises exactly as the set (so any value the split lost, changed or added is
 * refused). A set not validated in this process takes model/validateSplit.ts instead.
 */
import { badRefs, expandIndex } from '../../model/compactIndex';
import { joinEventSet } from '../../model/joinEventSet';
import type { DetailsChunk, EventSet, IndexFile, ArticlesFile } from '../../model/schema';
import { detailsChunkOf } from '../../model/setPaths';
import type { Problem } from '../../model/validateEventSet';
import { sameJson } from './sameJson';

const TABLES = ['types', 'dates', 'titles', 'places', 'countryLists', 'participations'];
const COLUMNS = ['id', 'type', 'date', 'end', 'title', 'place', 'countries', 'participation'];

function keysAre(value: object, expected: string[], path: string, problems: Problem[]): void {
	const keys = Object.keys(value).filter(
		(k) => (value as Record<string, unknown>)[k] !== undefined
	);
	if (keys.length !== expected.length || keys.some((k, i) => k !== expected[i]))
		problems.push({ path, message: `holds ${keys.join(', ')}; expected ${expected.join(', ')}` });
}

export function splitMismatches(
	set: EventSet,
	index: IndexFile,
	articles: ArticlesFile,
	chunks: ReadonlyMap<string, DetailsChunk>
): Problem[] {
	const problems: Problem[] = [];
	const head = Object.keys(set).filter((k) => k !== 'articles' && k !== 'generation');
	keysAre(
		index,
		[...head, ...(index.generation === undefined ? [] : ['generation']), ...TABLES],
		'index',
		problems
	);
	keysAre(index.events, COLUMNS, 'index.events', problems);
	for (const p of badRefs(index.events, index))
		problems.push({ path: `index.${p.path}`, message: p.message });
	keysAre(articles, ['version', 'articles'], 'articles', problems);
	if (articles.version !== set.version)
		problems.push({ path: 'articles.version', message: `${articles.version}, not ${set.version}` });
	const chunkOf = new Map(set.events.map((e) => [e.id, detailsChunkOf(e.date)]));
	const found = new Set<string>();
	for (const [name, chunk] of chunks) {
		keysAre(chunk, ['version', 'chunk', 'events'], `details/${name}`, problems);
		if (chunk.chunk !== name)
			problems.push({ path: `details/${name}`, message: `names itself ${chunk.chunk}` });
		if (chunk.version !== set.version)
			problems.push({
				path: `details/${name}.version`,
				message: `${chunk.version}, not ${set.version}`
			});
		chunk.events.forEach((d, i) => {
			const path = `details/${name}.events.${i}`;
			const expected = chunkOf.get(d.id);
			keysAre(
				d,
				[
					'id',
					...(d.participationSources === undefined ? [] : ['participationSources']),
					'sources'
				],
				path,
				problems
			);
			if (expected === undefined)
				problems.push({ path, message: `details for ${d.id}, which the set lacks` });
			else if (expected !== name)
				problems.push({ path, message: `details for ${d.id} belong in chunk ${expected}` });
			else if (found.has(d.id)) problems.push({ path, message: `details for ${d.id} twice` });
			else found.add(d.id);
		});
	}
	if (problems.length > 0) return problems;
	let joined: EventSet;
	try {
		joined = joinEventSet(expandIndex(index), articles, chunks.values());
	} catch (e) {
		return [{ path: 'index', message: (e as Error).message }];
	}
	const expected = index.generation === undefined ? set : { ...set, generation: index.generation };
	if (!sameJson(joined, expected)) {
		// Where: the first event or part that differs, for the message.
		const at = joined.events.findIndex((e, i) => !sameJson(e, set.events[i]));
		problems.push({
			path: at === -1 ? '(set)' : `events.${at}`,
			message: 'the split does not join back to the event set it was made from'
		});
	}
	return problems;
}

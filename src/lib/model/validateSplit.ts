import * as v from 'valibot';
import { joinEventSet } from './joinEventSet';
import { badRefs, expandIndex } from './compactIndex';
import {
	ArticlesFileSchema,
	DetailsChunkSchema,
	IndexFileSchema,
	type DetailsChunk,
	type IndexFile
} from './schema';
import { detailsChunkOf } from './setPaths';
import { validateEventSet, type Problem } from './validateEventSet';

const issues = (prefix: string, list: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]) =>
	list.map((issue) => ({
		path: [prefix, v.getDotPath(issue)].filter(Boolean).join('.'),
		message: issue.message
	}));

/**
 * Checks an index file (compactIndex), its articles' list and its details chunks (by chunk name)
 * against the one schema, then that they
 * fit each other: every index event has details in the chunk its date names, no details belong
 * to an event the index lacks or sit in another chunk, and the set they make together passes
 * validateEventSet (with `texts`, its quotes too).
 */
export function validateSplit(
	index: unknown,
	articles: unknown,
	chunks: ReadonlyMap<string, unknown>,
	texts?: ReadonlyMap<string, string>
): Problem[] {
	const problems: Problem[] = [];
	const parsedIndex = v.safeParse(IndexFileSchema, index);
	if (!parsedIndex.success) problems.push(...issues('index', parsedIndex.issues));
	else
		for (const p of badRefs(parsedIndex.output.events, parsedIndex.output))
			problems.push({ path: `index.${p.path}`, message: p.message });
	const parsedArticles = v.safeParse(ArticlesFileSchema, articles);
	if (!parsedArticles.success) problems.push(...issues('articles', parsedArticles.issues));
	const good: DetailsChunk[] = [];
	for (const [name, chunk] of chunks) {
		const parsed = v.safeParse(DetailsChunkSchema, chunk);
		if (!parsed.success) problems.push(...issues(`details/${name}`, parsed.issues));
		else if (parsed.output.chunk !== name)
			problems.push({ path: `details/${name}`, message: `names itself ${parsed.output.chunk}` });
		else good.push(parsed.output);
	}
	if (problems.length > 0 || !parsedArticles.success) return problems;
	const set = expandIndex(parsedIndex.output as IndexFile);
	const chunkOf = new Map(set.events.map((e) => [e.id, detailsChunkOf(e.date)]));
	const found = new Set<string>();
	for (const chunk of good)
		chunk.events.forEach((d, i) => {
			const path = `details/${chunk.chunk}.events.${i}`;
			const expected = chunkOf.get(d.id);
			if (expected === undefined)
				problems.push({ path, message: `details for ${d.id}, which the index lacks` });
			else if (expected !== chunk.chunk)
				problems.push({ path, message: `details for ${d.id} belong in chunk ${expected}` });
			else if (found.has(d.id)) problems.push({ path, message: `details for ${d.id} twice` });
			else found.add(d.id);
		});
	set.events.forEach((e, i) => {
		if (!found.has(e.id))
			problems.push({ path: `index.events.${i}`, message: `${e.id} has no details` });
	});
	if (problems.length > 0) return problems;
	return validateEventSet(joinEventSet(set, parsedArticles.output, good), texts);
}

/** Throws one readable error listing every problem of an index and its details. */
export function assertSplit(
	index: unknown,
	articles: unknown,
	chunks: ReadonlyMap<string, unknown>,
	texts?: ReadonlyMap<string, string>
): void {
	const problems = validateSplit(index, articles, chunks, texts);
	if (problems.length > 0)
		throw new Error(
			`invalid index or details:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`
		);
}

import * as v from 'valibot';
import { DetailsChunkSchema, type DetailsChunk } from '$lib/model/schema';
import { fetchEventSetText } from '$lib/ui/fetchEventSet';

export type ChunkResult = { ok: true; chunk: DetailsChunk } | { ok: false; reason: string };

/**
 * Fetches and checks one details chunk (model/setPaths.ts). A network failure, a missing file or
 * a chunk that is not one is a result with its reason, never thrown, so the panel can say so.
 */
export async function fetchDetailsChunk(
	url: string,
	fetcher: typeof fetch = fetch
): Promise<ChunkResult> {
	const got = await fetchEventSetText(url, fetcher);
	if (!got.ok) return { ok: false, reason: got.reason };
	let json: unknown;
	try {
		json = JSON.parse(got.text);
	} catch (error) {
		return { ok: false, reason: (error as Error).message };
	}
	const parsed = v.safeParse(DetailsChunkSchema, json);
	if (!parsed.success) {
		const issue = parsed.issues[0];
		return { ok: false, reason: `${v.getDotPath(issue) ?? 'root'}: ${issue.message}` };
	}
	return { ok: true, chunk: parsed.output };
}

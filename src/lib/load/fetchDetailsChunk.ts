import { DetailsChunkSchema, type DetailsChunk } from '$lib/model/schema';
import { fetchEventSetText } from '$lib/ui/fetchEventSet';
import { readJson } from '$lib/ui/readEventSet';

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
	const read = readJson(DetailsChunkSchema, got.text);
	return read.ok ? { ok: true, chunk: read.output } : { ok: false, reason: read.reason };
}

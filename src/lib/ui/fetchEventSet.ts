import { readBodyText } from '$lib/load/readBodyText';
import { readEventSet, type EventSetResult } from './readEventSet';

/** Where the build step puts the event set, under static/. */
export const EVENTS_PATH = '/data/events.json';

/** The event set's text, or why there is none: a missing file or a network failure is a result. */
export async function fetchEventSetText(
	url: string,
	fetcher: typeof fetch = fetch
): Promise<{ ok: true; text: string } | Extract<EventSetResult, { ok: false }>> {
	let response: Response;
	try {
		response = await fetcher(url);
	} catch (error) {
		return { ok: false, problem: 'broken', reason: (error as Error).message };
	}
	if (response.status === 404) return { ok: false, problem: 'missing', reason: '404' };
	if (!response.ok) return { ok: false, problem: 'broken', reason: `HTTP ${response.status}` };
	// A static host may answer a missing file with its HTML 404 page and a 200.
	const type = response.headers.get('content-type') ?? '';
	if (type.includes('text/html')) return { ok: false, problem: 'missing', reason: type };
	return { ok: true, text: await readBodyText(response) };
}

/** Fetches and reads the event set; a missing file, a network failure or bad JSON is a result. */
export async function fetchEventSet(
	url: string,
	fetcher: typeof fetch = fetch
): Promise<EventSetResult> {
	const got = await fetchEventSetText(url, fetcher);
	return got.ok ? readEventSet(got.text) : got;
}

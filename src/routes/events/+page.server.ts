import { readEventSetFile } from '$lib/ui/eventSetFile.server';
import type { PageServerLoad } from './$types';

/** The index of every event, for readers without JavaScript and for the crawler. */
export const load: PageServerLoad = () => {
	const result = readEventSetFile();
	if (!result.ok) return { events: [], problem: { ...result } };
	return {
		events: result.data.events.map(({ id, type, date, end, title }) => ({
			id,
			type,
			date,
			end,
			title
		})),
		problem: null
	};
};

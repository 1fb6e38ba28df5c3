import { error } from '@sveltejs/kit';
import { initialEventOf } from '$lib/ui/initialEventOf';
import { readEventSetFile } from '$lib/ui/eventSetFile.server';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every event gets a prerendered page, whether or not any link reaches it. */
export const entries: EntryGenerator = () => {
	const result = readEventSetFile();
	return result.ok ? result.data.events.map((e) => ({ id: e.id })) : [];
};

export const load: PageServerLoad = ({ params }) => {
	const result = readEventSetFile();
	const event = result.ok ? result.data.events.find((e) => e.id === params.id) : undefined;
	if (!result.ok || !event) error(404, 'Not found');
	return { initial: initialEventOf(result.data, event) };
};

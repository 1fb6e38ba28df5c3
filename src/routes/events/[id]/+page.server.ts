import { error } from '@sveltejs/kit';
import { eventById } from '$lib/ui/eventById';
import { initialEventOf } from '$lib/ui/initialEventOf';
import { readEventSetFile } from '$lib/ui/eventSetFile.server';
import { readEventAliases } from '$lib/url/eventAliases.server';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every event gets a prerendered page, whether or not any link reaches it; so does every former id. */
export const entries: EntryGenerator = () => {
	const result = readEventSetFile();
	if (!result.ok) return [];
	return [
		...result.data.events.map((e) => ({ id: e.id })),
		...Object.keys(readEventAliases(result.data.generation)).map((id) => ({ id }))
	];
};

export const load: PageServerLoad = ({ params }) => {
	const result = readEventSetFile();
	const find = (id: string) => (result.ok ? eventById(result.data, id) : undefined);
	// A former id (the event before its date or place was known) opens the event at its id now.
	const alias =
		find(params.id) || !result.ok ? undefined : readEventAliases(result.data.generation)[params.id];
	const event = find(alias ?? params.id);
	if (!result.ok || !event) error(404, 'Not found');
	return { initial: initialEventOf(result.data, event), movedTo: alias ?? null };
};

/**
 * Keeps the explorer's view and the address bar in step, so a copied link reproduces the view and
 * back/forward step through selections. Call once while a component initialises.
 *
 * - state → URL: a new selection pushes a history entry at once; panning, zooming and filtering
 *   replace the current entry after a pause (a drag would otherwise write hundreds of entries).
 * - URL → state: on load and on back/forward. SvelteKit's shallow routing keeps `page.url` at the
 *   loaded page and hands back each entry's `page.state`, so the view's href rides in the state.
 */
import { untrack } from 'svelte';
import { pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { EVENT_TYPES } from '$lib/model/schema';
import type { ExplorerState } from '$lib/state/explorer.svelte';
import { appHref, appPathOf } from './appHref';
import { parseViewUrl } from './parseViewUrl';
import { viewHref } from './viewHref';
import type { QueryContext, ViewQuery } from './viewQuery';

export function viewOf(explorer: ExplorerState): ViewQuery {
	return {
		event: explorer.selectedId,
		country: explorer.country,
		types: EVENT_TYPES.filter((t) => explorer.types.has(t)),
		view: explorer.view,
		matrix: explorer.matrixOpen,
		q: explorer.query,
		embed: explorer.embed
	};
}

export function applyView(explorer: ExplorerState, query: ViewQuery) {
	explorer.select(query.event);
	explorer.country = query.country;
	const same =
		query.types.length === explorer.types.size && query.types.every((t) => explorer.types.has(t));
	if (!same) {
		explorer.types.clear();
		for (const t of query.types) explorer.types.add(t);
	}
	explorer.matrixOpen = query.matrix ?? false;
	explorer.query = query.q ?? '';
	explorer.embed = query.embed ?? false;
	const v = explorer.view;
	if (v.start !== query.view.start || v.end !== query.view.end) explorer.setView(query.view);
}

export function syncUrl(explorer: ExplorerState, debounceMs = 300) {
	const ctx: QueryContext = {
		hasEvent: (id) => explorer.byId.has(id),
		hasCountry: (code) => Object.hasOwn(explorer.data.countries, code),
		extent: explorer.extent
	};
	const wanted = () => viewHref(viewOf(explorer), explorer.extent);
	/** The view the current history entry stands for. */
	const entryHref = () => page.state.explorerHref ?? appPathOf(page.url);
	let timer: ReturnType<typeof setTimeout> | undefined;
	let lastSelected: string | null = null;

	function fromUrl(href: string) {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- parsed once, never mutated
		applyView(explorer, parseViewUrl(new URL(href, page.url.origin), ctx));
		lastSelected = explorer.selectedId;
	}

	function write(kind: 'push' | 'replace') {
		clearTimeout(timer);
		timer = undefined;
		const href = wanted();
		if (href === entryHref()) return;
		// eslint-disable-next-line svelte/no-navigation-without-resolve -- appHref resolves after localising
		(kind === 'push' ? pushState : replaceState)(appHref(href), { explorerHref: href });
	}

	// The page loads with the view its URL names.
	fromUrl(untrack(entryHref));

	// Back, forward, or a fresh entry: follow it unless it is the view we just wrote.
	$effect(() => {
		const href = entryHref();
		untrack(() => {
			if (href === wanted()) return;
			clearTimeout(timer);
			timer = undefined;
			fromUrl(href);
		});
	});

	$effect(() => {
		const href = wanted();
		const selected = explorer.selectedId;
		untrack(() => {
			if (href === entryHref()) return;
			if (selected !== lastSelected) {
				lastSelected = selected;
				write('push');
			} else {
				// A malformed link is also tidied here, once the page has settled.
				clearTimeout(timer);
				timer = setTimeout(() => write('replace'), debounceMs);
			}
		});
	});

	$effect(() => () => clearTimeout(timer));
}

import type { Attachment } from 'svelte/attachments';
import type { TimelineContext } from './context.svelte';
import { keyCommand } from './keyCommand';
import { stepEvent } from './stepEvent';
import { panWindow, zoomWindow } from './windowMath';

/**
 * Keys anywhere inside the timeline (delegated from its root): arrows step through the events,
 * +/− zoom around the selection (or the centre), Home/End jump to the first/last event.
 * Also tracks whether focus is inside, so key selections can carry focus to their mark.
 */
export function keyboard(ctx: TimelineContext): Attachment<HTMLElement> {
	return (root) => {
		const explorer = ctx.explorer;
		const onKey = (e: KeyboardEvent) => {
			const command = keyCommand(e, ctx.rtl);
			if (!command) return;
			e.preventDefault();
			const { index } = ctx;
			// Pan and zoom from where a running animation ends: repeated keys add up.
			const view = ctx.destination;
			// A focused mark is where the reader is: step from it, even with another selected.
			const current = ctx.focused ?? ctx.selectedIndex;
			let next: number | null = null;
			switch (command.kind) {
				case 'step':
					next = stepEvent(index.starts, current, command.direction, (view.start + view.end) / 2);
					break;
				case 'edge':
					next = command.which === 'first' ? 0 : index.events.length - 1;
					break;
				case 'clear':
					explorer.select(null);
					break;
				case 'pan':
					ctx.goTo(panWindow(view, command.pages * (view.end - view.start), explorer.extent));
					break;
				case 'zoom': {
					const t = current === null ? NaN : index.starts[current]!;
					const anchor = t >= view.start && t < view.end ? t : (view.start + view.end) / 2;
					ctx.goTo(zoomWindow(view, command.factor, anchor, explorer.extent));
				}
			}
			const event = next === null ? undefined : index.events[next];
			if (event) explorer.select(event.id);
		};
		const onFocusIn = () => (ctx.focusWithin = true);
		// Focus also leaves when a focused button is removed mid-update; Svelte forbids writing
		// state from inside that update, so look again once it is over.
		const onFocusOut = () =>
			queueMicrotask(() => (ctx.focusWithin = root.contains(root.ownerDocument.activeElement)));
		root.addEventListener('keydown', onKey);
		root.addEventListener('focusin', onFocusIn);
		root.addEventListener('focusout', onFocusOut);
		return () => {
			root.removeEventListener('keydown', onKey);
			root.removeEventListener('focusin', onFocusIn);
			root.removeEventListener('focusout', onFocusOut);
		};
	};
}

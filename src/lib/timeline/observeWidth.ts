import type { Attachment } from 'svelte/attachments';

/**
 * Reports an element's clientWidth whenever its size changes, from a resize observer only.
 * Svelte's `bind:clientWidth` also reads the width once while the page mounts, which forces a
 * layout of the whole page mid-mount (tens of milliseconds of the timeline's first paint, and
 * done again once the mount ends). The observer's first report comes after the browser's own
 * layout, before it paints, where reading the width costs nothing.
 */
export function observeWidth(set: (width: number) => void): Attachment<HTMLElement> {
	return (el) => {
		const observer = new ResizeObserver(() => set(el.clientWidth));
		observer.observe(el, { box: 'border-box' });
		return () => observer.disconnect();
	};
}

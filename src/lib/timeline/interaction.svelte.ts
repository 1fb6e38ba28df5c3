/**
 * Pointer input for the timeline surface: d3-zoom for drag, ctrl/pinch-wheel zoom, touch pan and
 * pinch; a wheel listener that pans on horizontal scroll; hover and click through hit tests.
 * The explorer's `view` stays the one truth: gestures write it, and d3's transform is re-synced
 * from it whenever something else (keys, URL, animation) moved it.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent } from 'd3-zoom';
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import type { TimelineContext } from './context.svelte';
import { hitTest, type HitTarget } from './hitTest';
import { DAY, panWindow, sameWindow, zoomWindow } from './windowMath';
import { scaleExtentFor, transformFromWindow, windowFromTransform } from './zoomTransform';

export function interaction(ctx: TimelineContext): Attachment<HTMLElement> {
	return (el) => {
		const sel = select(el);
		const extent = ctx.explorer.extent;
		// No clientWidth read here: mid-mount it forced a layout of the whole page that the rest of
		// the mount then invalidated. observeWidth measures after the browser's own layout, and
		// the canvas paints in that same frame (MarksCanvas).
		let syncing = false;
		const behaviour = zoom<HTMLElement, unknown>()
			// Plain wheel pans (below); only ctrl-wheel, which is also how browsers report a pinch, zooms.
			.filter((e: Event) =>
				e.type === 'wheel'
					? (e as WheelEvent).ctrlKey
					: !(e as MouseEvent).ctrlKey && !(e as MouseEvent).button
			)
			.wheelDelta((e: WheelEvent) => {
				const d = -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002) * 5;
				return Math.max(-1, Math.min(1, d));
			})
			.on('start', () => {
				if (!syncing) ctx.stop();
			})
			.on('zoom', (e: D3ZoomEvent<HTMLElement, unknown>) => {
				if (syncing || ctx.width <= 0) return;
				ctx.explorer.setView(windowFromTransform(e.transform, extent, ctx.width, ctx.rtl));
			});
		sel.call(behaviour);

		$effect(() => {
			const { width, view } = ctx;
			if (width <= 0) return;
			const box: [[number, number], [number, number]] = [
				[0, 0],
				[width, ctx.geometry.height]
			];
			behaviour.extent(box).translateExtent(box).scaleExtent(scaleExtentFor(extent));
			// Double-click zooms with a transition, unless the reader asked for reduced motion.
			behaviour.duration(ctx.reducedMotion ? 0 : 250);
			const shown = windowFromTransform(zoomTransform(el), extent, width, ctx.rtl);
			if (sameWindow(shown, view, width)) return;
			const t = transformFromWindow(view, extent, width, ctx.rtl);
			syncing = true;
			behaviour.transform(sel, zoomIdentity.translate(t.x, 0).scale(t.k));
			syncing = false;
		});

		const onWheel = (e: WheelEvent) => {
			if (e.ctrlKey) return;
			const dx = e.deltaX !== 0 ? e.deltaX : e.shiftKey ? e.deltaY : 0;
			// Vertical scrolling is the page's: the timeline is not a scroll trap.
			if (dx === 0 || ctx.width <= 0) return;
			e.preventDefault();
			const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? ctx.width : 1;
			const view = ctx.view;
			const ms = ((dx * unit) / ctx.width) * (view.end - view.start) * (ctx.rtl ? -1 : 1);
			ctx.stop();
			ctx.explorer.setView(panWindow(view, ms, extent));
		};
		const at = (e: MouseEvent): HitTarget | null => {
			const r = el.getBoundingClientRect();
			const x = e.clientX - r.left;
			return hitTest(ctx.layout, ctx.geometry, ctx.rtl ? ctx.width - x : x, e.clientY - r.top);
		};
		/** Where a resting mouse is, px in the surface; null while dragging or away. */
		let pointer: { x: number; y: number } | null = null;
		const hoverAt = (p: { x: number; y: number } | null) => {
			const lx = p && (ctx.rtl ? ctx.width - p.x : p.x);
			const target = p ? hitTest(ctx.layout, ctx.geometry, lx!, p.y) : null;
			ctx.hover = target;
			ctx.explorer.hoveredId = target?.kind === 'event' ? ctx.index.events[target.i]!.id : null;
		};
		const onMove = (e: PointerEvent) => {
			const r = el.getBoundingClientRect();
			pointer =
				e.buttons === 0 && e.pointerType === 'mouse'
					? { x: e.clientX - r.left, y: e.clientY - r.top }
					: null;
			hoverAt(pointer);
		};
		const onLeave = () => {
			pointer = null;
			hoverAt(null);
		};
		// Zooming under a resting pointer moves the marks: what it rests on changes with them.
		$effect(() => {
			void ctx.layout;
			if (pointer) untrack(() => hoverAt(pointer));
		});
		const onClick = (e: MouseEvent) => {
			// The focusable marks handle their own clicks.
			if (e.target instanceof Element && e.target.closest('button')) return;
			const target = at(e);
			if (target?.kind === 'event') ctx.explorer.select(ctx.index.events[target.i]!.id);
			else if (target) ctx.goTo(separate(ctx, target));
		};
		el.addEventListener('wheel', onWheel, { passive: false });
		el.addEventListener('pointermove', onMove);
		el.addEventListener('pointerleave', onLeave);
		el.addEventListener('click', onClick);
		return () => {
			ctx.stop();
			sel.on('.zoom', null);
			el.removeEventListener('wheel', onWheel);
			el.removeEventListener('pointermove', onMove);
			el.removeEventListener('pointerleave', onLeave);
			el.removeEventListener('click', onClick);
		};
	};
}

/** The window that pulls a badge's or a bin's events apart: their own span, or 4× closer. */
function separate(ctx: TimelineContext, t: Exclude<HitTarget, { kind: 'event' }>) {
	const view = ctx.view;
	const pxToTime = (lx: number) => view.start + (lx / ctx.width) * (view.end - view.start);
	if (t.kind === 'cluster' && t.end - t.start < 0.5 * (view.end - view.start)) {
		const pad = Math.max(DAY / 2, (t.end - t.start) * 0.15);
		return zoomWindow({ start: t.start - pad, end: t.end + pad }, 1, t.start, ctx.explorer.extent);
	}
	return zoomWindow(view, 4, pxToTime((t.x0 + t.x1) / 2), ctx.explorer.extent);
}

export { default as Timeline } from './Timeline.svelte';
export { default as StatusLegend } from './StatusLegend.svelte';
export { statusLabel } from './statusLabel';
export { TimelineContext, getTimelineContext, setTimelineContext } from './context.svelte';

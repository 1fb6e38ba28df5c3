import type { EventType } from '$lib/model/schema';

/** Lane order, top to bottom: the alliance's meetings, then the fighting, then the troops. */
export const LANES = ['summit', 'clash', 'deployment'] as const satisfies readonly EventType[];

export function laneOf(type: EventType): number {
	return type === 'summit' ? 0 : type === 'clash' ? 1 : 2;
}

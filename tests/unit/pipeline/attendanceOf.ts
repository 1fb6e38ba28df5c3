import type { AtlasEvent } from '$lib/model/schema';

/** An event's attendance as member → value, without the sentences each cites. */
export function attendanceOf(e: AtlasEvent | undefined): Record<string, string> | null {
	if (!e?.participation) return null;
	return Object.fromEntries(Object.entries(e.participation).map(([c, p]) => [c, p.attendance]));
}

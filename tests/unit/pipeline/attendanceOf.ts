import type { AtlasEvent } from '$lib/model/schema';

/** An event's attendance as member → value. */
export function attendanceOf(e: AtlasEvent | undefined): Record<string, string> | null {
	return e?.participation ? { ...e.participation } : null;
}

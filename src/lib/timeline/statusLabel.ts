import type { Status } from '$lib/model/schema';
import { m } from '$lib/paraglide/messages';

/** The reader-facing name of a status, shared by the band, the legend and the map. */
export function statusLabel(status: Status | 'none'): string {
	switch (status) {
		case 'active':
			return m.timeline_status_active();
		case 'strained':
			return m.timeline_status_strained();
		case 'absent':
			return m.timeline_status_absent();
		case 'frozen':
			return m.timeline_status_frozen();
		case 'none':
			return m.timeline_status_none();
	}
}

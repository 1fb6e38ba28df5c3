import { m } from '$lib/paraglide/messages';
import type { ParticipationRow } from './participationRows';

export function attendanceLabel(attendance: ParticipationRow['attendance']): string {
	switch (attendance) {
		case 'present':
			return m.detail_attendance_present();
		case 'video':
			return m.detail_attendance_video();
		case 'absent':
			return m.detail_attendance_absent();
		default:
			return m.detail_attendance_unknown();
	}
}

/**
 * The Gregorian day that another calendar the platform's Intl knows (ICU's islamic-umalqura,
 * persian) reads as the given year, month and day: the days around an estimate are read back
 * through `Intl.DateTimeFormat`, nearest first, not computed from a hand-made table. Null when
 * none within `reach` days does (a day that calendar does not have).
 */
import { addDays } from './calendar';

export type CalendarDay = [year: number, month: number, day: number];

/** How a calendar reads a Gregorian day ("2022-01-28" → [1400, 11, 8] in the persian one). */
export function calendarReader(calendar: string): (iso: string) => CalendarDay {
	const format = new Intl.DateTimeFormat(`en-u-ca-${calendar}`, {
		day: 'numeric',
		month: 'numeric',
		year: 'numeric',
		timeZone: 'UTC'
	});
	return (iso) => {
		const parts = format.formatToParts(new Date(`${iso}T12:00:00Z`));
		const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
		return [get('year'), get('month'), get('day')];
	};
}

export function findCalendarDay(
	read: (iso: string) => CalendarDay,
	[year, month, day]: CalendarDay,
	estimate: string,
	reach: number
): string | null {
	for (let offset = 0; offset <= reach; offset++)
		for (const sign of offset === 0 ? [0] : [1, -1]) {
			const iso = addDays(estimate, sign * offset);
			const [y, m, d] = read(iso);
			if (y === year && m === month && d === day) return iso;
		}
	return null;
}

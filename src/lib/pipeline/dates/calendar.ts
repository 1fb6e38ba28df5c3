/**
 * Proleptic Gregorian calendar arithmetic on plain numbers (months 1-12, weekdays 0 = Sunday).
 * No `Date` object is involved, so no time zone can shift a day and no string is ever parsed in
 * local time; day numbers count days since 1970-01-01 (Hinnant's civil-from-days algorithm).
 *
 *   isLeapYear(y), daysInMonth(y, m), maxDaysInMonth(m), isValidDate(y, m, d)
 *   dayNumber(y, m, d) -> days since epoch;  fromDayNumber(n) -> {year, month, day}
 *   weekdayOf(y, m, d) -> 0..6;  isoDay(y, m, d) / isoMonth(y, m) -> 'YYYY-MM-DD' / 'YYYY-MM'
 *   parseIsoDay('YYYY-MM-DD') -> {year, month, day} | null (strict, validated)
 *   addDays('YYYY-MM-DD', n) -> 'YYYY-MM-DD'
 */
export interface YMD {
	year: number;
	month: number;
	day: number;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
	if (month === 2 && isLeapYear(year)) return 29;
	return MONTH_DAYS[month - 1] ?? 0;
}

/** The most days the month can have in any year: 29 for February. */
export function maxDaysInMonth(month: number): number {
	return month === 2 ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

export function isValidDate(year: number, month: number, day: number): boolean {
	return (
		Number.isInteger(year) &&
		Number.isInteger(month) &&
		Number.isInteger(day) &&
		month >= 1 &&
		month <= 12 &&
		day >= 1 &&
		day <= daysInMonth(year, month)
	);
}

export function dayNumber(year: number, month: number, day: number): number {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const mp = (month + 9) % 12;
	const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): YMD {
	const z = n + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor(
		(doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
	);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const month = mp < 10 ? mp + 3 : mp - 9;
	return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** 0 = Sunday ... 6 = Saturday; 1970-01-01 was a Thursday. */
export function weekdayOf(year: number, month: number, day: number): number {
	return (((dayNumber(year, month, day) + 4) % 7) + 7) % 7;
}

const pad2 = (n: number) => (n < 10 ? '0' : '') + n;
const pad4 = (n: number) => String(n).padStart(4, '0');

export function isoDay(year: number, month: number, day: number): string {
	return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

export function isoMonth(year: number, month: number): string {
	return `${pad4(year)}-${pad2(month)}`;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDay(s: string): YMD | null {
	const m = ISO_DAY.exec(s);
	if (!m) return null;
	const year = Number(m[1]);
	const month = Number(m[2]);
	const day = Number(m[3]);
	return isValidDate(year, month, day) ? { year, month, day } : null;
}

export function addDays(iso: string, days: number): string {
	const d = parseIsoDay(iso);
	if (!d) throw new RangeError(`not a calendar day: ${iso}`);
	const r = fromDayNumber(dayNumber(d.year, d.month, d.day) + days);
	return isoDay(r.year, r.month, r.day);
}

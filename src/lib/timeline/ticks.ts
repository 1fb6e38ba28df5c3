import { utcDay, utcMonth, utcYear, type CountableTimeInterval } from 'd3-time';
import { DAY } from './windowMath';

export interface Tick {
	t: number;
	label: string;
}

export interface AxisTicks {
	unit: 'day' | 'month' | 'year';
	/** Fine ticks with short labels: days, months or years. */
	minor: Tick[];
	/** Coarser context: the month (of day ticks) or year (of month ticks) each tick belongs to. */
	major: Tick[];
}

interface Candidate {
	unit: AxisTicks['unit'];
	interval: CountableTimeInterval;
	step: number;
	/** Rough length, to estimate spacing before generating anything. */
	approx: number;
	minPx: number;
}

const CANDIDATES: Candidate[] = [
	{ unit: 'day', interval: utcDay, step: 1, approx: DAY, minPx: 28 },
	{ unit: 'day', interval: utcDay, step: 2, approx: 2 * DAY, minPx: 28 },
	{ unit: 'day', interval: utcDay, step: 7, approx: 7 * DAY, minPx: 28 },
	{ unit: 'month', interval: utcMonth, step: 1, approx: 30.4 * DAY, minPx: 56 },
	{ unit: 'month', interval: utcMonth, step: 3, approx: 91 * DAY, minPx: 56 },
	{ unit: 'month', interval: utcMonth, step: 6, approx: 182 * DAY, minPx: 56 },
	{ unit: 'year', interval: utcYear, step: 1, approx: 365 * DAY, minPx: 48 }
];

const FORMATS: Record<AxisTicks['unit'], Intl.DateTimeFormatOptions> = {
	day: { day: 'numeric' },
	month: { month: 'short' },
	year: { year: 'numeric' }
};
const MAJOR_FORMATS: Partial<Record<AxisTicks['unit'], Intl.DateTimeFormatOptions>> = {
	day: { month: 'long', year: 'numeric' },
	month: { year: 'numeric' }
};

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Formatters are costly to build; the axis asks for the same few on every frame. */
export function utcFormatter(locale: string, options: Intl.DateTimeFormatOptions) {
	const key = `${locale}|${JSON.stringify(options)}`;
	let f = formatters.get(key);
	if (!f)
		formatters.set(key, (f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
	return f;
}

/**
 * The finest tick interval whose labels keep their distance on a `width`-pixel axis over
 * [start, end), labelled in the locale. The first major tick is the unit the view starts in, so
 * the year (or month) is always named even when no boundary is in view.
 */
export function chooseTicks(start: number, end: number, width: number, locale: string): AxisTicks {
	const span = end - start;
	if (!(span > 0) || !(width > 0)) return { unit: 'year', minor: [], major: [] };
	const pxPerMs = width / span;
	const pick =
		CANDIDATES.find((c) => c.approx * pxPerMs >= c.minPx) ?? CANDIDATES[CANDIDATES.length - 1]!;
	const every = pick.step === 1 ? pick.interval : pick.interval.every(pick.step);
	const format = utcFormatter(locale, FORMATS[pick.unit]);
	const minor: Tick[] = [];
	const coarser = pick.unit === 'day' ? utcMonth : utcYear;
	for (const d of every ? every.range(new Date(start), new Date(end)) : []) {
		const t = d.getTime();
		const last = minor[minor.length - 1];
		// Steps of 7 days or 3 months restart at each month or year: "29" then "1" two days
		// apart would collide, so the day starting the month wins.
		if (last && (t - last.t) * pxPerMs < pick.minPx * 0.75) {
			if (coarser.floor(d).getTime() === t)
				minor[minor.length - 1] = { t, label: format.format(d) };
			continue;
		}
		minor.push({ t, label: format.format(d) });
	}
	const majorOptions = MAJOR_FORMATS[pick.unit];
	const major: Tick[] = [];
	if (majorOptions) {
		const interval = pick.unit === 'day' ? utcMonth : utcYear;
		const f = utcFormatter(locale, majorOptions);
		const first = interval.floor(new Date(start));
		for (const d of [first, ...interval.range(new Date(start + 1), new Date(end))])
			major.push({ t: d.getTime(), label: f.format(d) });
	}
	return { unit: pick.unit, minor, major };
}

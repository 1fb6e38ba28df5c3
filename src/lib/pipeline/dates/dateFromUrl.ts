/**
 * The publication date a page's address carries: "/2021/08/23/", "-2021-09-16-", "/20220512/",
 * "2022/1/8", or in the Persian solar calendar as Iranian outlets write it ("/news/1400/06/26/").
 * A day when it has one, else "YYYY-MM" ("/2021/08/slug"); null when it has none or the numbers
 * are no date. Only years 2000–2099 (1390–1419 solar): ids and counters are not dates.
 */
import { isValidDate, isoDay, isoMonth } from './calendar';
import { solarHijriToGregorian } from './solarHijriToGregorian';

const SOLAR_YMD = /\/(1[34]\d\d)\/(\d{1,2})\/(\d{1,2})\//;

const YMD = /(?<!\d)(20\d\d)[/_-](\d{1,2})[/_-](\d{1,2})(?!\d)/;
const COMPACT = /(?<!\d)(20\d\d)(\d\d)(\d\d)(?!\d)/;
const YM = /\/(20\d\d)\/(\d{1,2})\//;

export function dateFromUrl(url: string | null | undefined): string | null {
	if (!url) return null;
	for (const re of [YMD, COMPACT]) {
		const m = re.exec(url);
		if (m && isValidDate(+m[1]!, +m[2]!, +m[3]!)) return isoDay(+m[1]!, +m[2]!, +m[3]!);
	}
	const solar = SOLAR_YMD.exec(url);
	if (solar && +solar[1]! >= 1390 && +solar[1]! <= 1419) {
		const day = solarHijriToGregorian(+solar[1]!, +solar[2]!, +solar[3]!);
		if (day) return day;
	}
	const m = YM.exec(url);
	return m && +m[2]! >= 1 && +m[2]! <= 12 ? isoMonth(+m[1]!, +m[2]!) : null;
}

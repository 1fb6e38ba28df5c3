/** A span of years in the reader's digits, without grouping: "2021–2023", "٢٠٢١–٢٠٢٣". */
export function formatYears(from: number, to: number, intlLocale: string): string {
	const f = new Intl.NumberFormat(intlLocale, { useGrouping: false });
	return `${f.format(from)}–${f.format(to)}`;
}

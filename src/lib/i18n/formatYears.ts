const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';

/**
 * A span of years in the reader's digits, without grouping: "2021–2023", "٢٠٢١–٢٠٢٣". The header
 * writes it while the page hydrates: for the two digit styles the app offers it maps digits by
 * hand, since a page's first Intl formatter loads locale data (a long task on a phone).
 */
export function formatYears(from: number, to: number, intlLocale: string): string {
	const digits = /-u(?:-\w+)*?-nu-(\w+)/.exec(intlLocale)?.[1];
	const write =
		digits === 'latn'
			? String
			: digits === 'arab'
				? (n: number) => String(n).replace(/\d/g, (d) => ARABIC_INDIC[Number(d)] ?? d)
				: (n: number) => new Intl.NumberFormat(intlLocale, { useGrouping: false }).format(n);
	return `${write(from)}–${write(to)}`;
}

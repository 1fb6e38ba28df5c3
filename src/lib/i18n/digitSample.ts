import { withDigits, type DigitStyle } from './digits';

const samples = new Map<DigitStyle, string>();

/**
 * A year written in the digit style, for the choice's button ("٢٠٢٣", "2023"). Made once per
 * style: prerendering renders the header on every page (some 60,000 at 10,000 events), and an
 * Intl formatter per button per page cost about a tenth of a millisecond each time.
 */
export function digitSample(style: DigitStyle): string {
	let text = samples.get(style);
	if (text === undefined)
		samples.set(
			style,
			(text = new Intl.NumberFormat(withDigits('ar', style), { useGrouping: false }).format(2023))
		);
	return text;
}

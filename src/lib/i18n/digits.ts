/**
 * How numbers are written: Arabic-Indic (٢٠٢٣) or Western (2023). Arabic readers use both. The
 * default is Western in both languages, as the pan-Arab outlets the sources come from (RT,
 * Sputnik, Al Jazeera) write them, so dates read the same in a quote and around it; the reader
 * may choose Arabic-Indic.
 */
export type DigitStyle = 'arab' | 'latn';

export const DIGIT_STYLES: readonly DigitStyle[] = ['arab', 'latn'];

export function defaultDigits(): DigitStyle {
	return 'latn';
}

export function isDigitStyle(value: unknown): value is DigitStyle {
	return value === 'arab' || value === 'latn';
}

/** A BCP 47 tag that asks Intl for the digit style: "ar-u-nu-latn". */
export function withDigits(locale: string, digits: DigitStyle): string {
	return `${locale}-u-nu-${digits}`;
}

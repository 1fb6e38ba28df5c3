/**
 * How numbers are written: Arabic-Indic (٢٠٢٣) or Western (2023). Arabic readers use both; the
 * default follows the page's language (Arabic-Indic on Arabic pages), and the reader may choose.
 */
export type DigitStyle = 'arab' | 'latn';

export const DIGIT_STYLES: readonly DigitStyle[] = ['arab', 'latn'];

export function defaultDigits(locale: string): DigitStyle {
	return locale === 'ar' ? 'arab' : 'latn';
}

export function isDigitStyle(value: unknown): value is DigitStyle {
	return value === 'arab' || value === 'latn';
}

/** A BCP 47 tag that asks Intl for the digit style: "ar-u-nu-latn". */
export function withDigits(locale: string, digits: DigitStyle): string {
	return `${locale}-u-nu-${digits}`;
}

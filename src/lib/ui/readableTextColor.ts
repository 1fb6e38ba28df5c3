/**
 * White or near-black text, whichever contrasts more with a background colour (WCAG 2 relative
 * luminance), so labels on status colours stay readable whatever the palette becomes.
 */
const DARK = '#1b1b1b';
const LIGHT = '#ffffff';

function luminance(hex: string): number {
	const h = hex.replace('#', '');
	const channel = (i: number) => {
		const c = parseInt(h.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

export function contrastRatio(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

export function readableTextColor(background: string): string {
	return contrastRatio(background, LIGHT) >= contrastRatio(background, DARK) ? LIGHT : DARK;
}

/**
 * RFC 4180 CSV: fields with a comma, quote, CR or LF are quoted and their quotes doubled; rows end
 * in CRLF. The file starts with a byte-order mark so spreadsheet programs read the Arabic as
 * UTF-8. A text cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets
 * a leading apostrophe; numbers are written as they are.
 */
export type Cell = string | number | null | undefined;

const FORMULA = /^[=+\-@\t\r]/;

export function csvField(value: Cell): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	const text = FORMULA.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
	const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

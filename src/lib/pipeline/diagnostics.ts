/**
 * Diagnostics in the compiler form `file:line:col: warning|error: message`, so editors and CI
 * logs link them to the place in the article. Every message says what is wrong and what to do.
 */
export type Severity = 'warning' | 'error';

export interface Diagnostic {
	file: string;
	line: number;
	col: number;
	severity: Severity;
	message: string;
}

/**
 * Control, bidi and line-separator characters written as `\u{…}`: a file named with a newline
 * must not forge a second diagnostic line, an ESC must not drive the terminal, and U+202E must
 * not reverse what follows it.
 */
export function quoteControls(s: string): string {
	return s.replace(
		// eslint-disable-next-line no-control-regex -- matching control characters is the point
		/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g,
		(c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`
	);
}

export function formatDiagnostic(d: Diagnostic): string {
	return `${quoteControls(d.file)}:${d.line}:${d.col}: ${d.severity}: ${quoteControls(d.message)}`;
}

/** 1-based line and column (in UTF-16 units, as editors count them) of an offset in a text. */
export function lineCol(text: string, offset: number): { line: number; col: number } {
	let line = 1;
	let lineStart = 0;
	const end = Math.min(offset, text.length);
	for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
		line++;
		lineStart = i + 1;
	}
	return { line, col: end - lineStart + 1 };
}

/** Collects diagnostics for one file, turning offsets into line and column. */
export class DiagnosticSink {
	readonly list: Diagnostic[] = [];

	report(file: string, severity: Severity, message: string, text?: string, offset = 0): void {
		const { line, col } = text === undefined ? { line: 1, col: 1 } : lineCol(text, offset);
		this.list.push({ file, line, col, severity, message });
	}

	warn(file: string, message: string, text?: string, offset?: number): void {
		this.report(file, 'warning', message, text, offset);
	}

	error(file: string, message: string, text?: string, offset?: number): void {
		this.report(file, 'error', message, text, offset);
	}
}

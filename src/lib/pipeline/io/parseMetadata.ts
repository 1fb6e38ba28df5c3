/**
 * The editor's `metadata.json`: file name → {outlet, url, published, note}. A broken file or a
 * broken entry costs only that metadata, with a diagnostic at its line; the articles still build.
 */
import { isPartialDate } from '../../model/partialDate';
import type { DiagnosticSink } from '../diagnostics';
import { neutraliseBidi } from './neutraliseBidi';

export interface ArticleMeta {
	outlet: string | null;
	url: string | null;
	published: string | null;
	note: string | null;
}

/** Offset of the first `"key"` in a JSON text, to point a diagnostic at the right line. */
function keyOffset(json: string, key: string): number {
	const at = json.indexOf(JSON.stringify(key));
	return at === -1 ? 0 : at;
}

/** `Unexpected token } in JSON at position 12` (Node 20) → 12. */
function errorOffset(message: string, json: string): number {
	const pos = /position (\d+)/.exec(message);
	if (pos) return Number(pos[1]);
	const lc = /line (\d+) column (\d+)/.exec(message);
	if (!lc) return 0;
	const lines = json.split('\n').slice(0, Number(lc[1]) - 1);
	return lines.reduce((n, l) => n + l.length + 1, 0) + Number(lc[2]) - 1;
}

function optionalString(value: unknown): string | null | undefined {
	if (value === null || value === undefined) return null;
	return typeof value === 'string' ? value : undefined;
}

export function parseMetadata(
	json: string,
	path: string,
	sink: DiagnosticSink
): Map<string, ArticleMeta> {
	const out = new Map<string, ArticleMeta>();
	let data: unknown;
	try {
		data = JSON.parse(json.replace(/^\uFEFF/, ''));
	} catch (e) {
		const message = (e as Error).message;
		sink.error(
			path,
			`metadata.json is not valid JSON (${message}); ignored all of it. Fix the JSON; the articles were still processed from their own text`,
			json,
			errorOffset(message, json)
		);
		return out;
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		sink.error(
			path,
			'metadata.json must be an object mapping file names to {outlet, url, published, note}; ignored it',
			json,
			0
		);
		return out;
	}
	for (const [file, entry] of Object.entries(data as Record<string, unknown>)) {
		const at = keyOffset(json, file);
		if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
			sink.warn(
				path,
				`entry "${file}" must be an object {outlet, url, published, note}; ignored it`,
				json,
				at
			);
			continue;
		}
		const e = entry as Record<string, unknown>;
		const meta: ArticleMeta = { outlet: null, url: null, published: null, note: null };
		for (const field of ['outlet', 'url', 'note'] as const) {
			const value = optionalString(e[field]);
			if (value === undefined)
				sink.warn(
					path,
					`entry "${file}": "${field}" must be a string or null; ignored that field`,
					json,
					at
				);
			else if (value === null) meta[field] = null;
			else {
				const clean = neutraliseBidi(value);
				if (clean.at.length > 0)
					sink.warn(
						path,
						`entry "${file}": "${field}" holds a bidirectional control character that would reorder it on screen; replaced it with U+FFFD. Remove it`,
						json,
						at
					);
				meta[field] = clean.text;
			}
		}
		const published = optionalString(e.published);
		if (
			published === undefined ||
			(published !== null && !(/^\d{4}-\d{2}-\d{2}$/.test(published) && isPartialDate(published)))
		) {
			sink.warn(
				path,
				`entry "${file}": "published" must be a real date as "YYYY-MM-DD" or null, not ${JSON.stringify(e.published)}; ignored it, so the date comes from the text`,
				json,
				at
			);
		} else meta.published = published;
		if (meta.url !== null && !/^https?:\/\//i.test(meta.url)) {
			sink.warn(path, `entry "${file}": "url" is not an http(s) link; ignored it`, json, at);
			meta.url = null;
		}
		out.set(file, meta);
	}
	return out;
}

import type { Article } from '$lib/model/schema';

/**
 * Strings (or nulls) as one string and where each ends: cloned to another thread as one block,
 * not one string at a time.
 */
export interface PackedStrings {
	text: string;
	/** Where value i ends in `text` (it begins where value i - 1 ends). */
	ends: Uint32Array;
	/** 0 where the value is null. */
	present: Uint8Array;
}

export function packStrings(values: readonly (string | null)[]): PackedStrings {
	const ends = new Uint32Array(values.length);
	const present = new Uint8Array(values.length);
	let at = 0;
	values.forEach((v, i) => {
		if (v !== null) {
			present[i] = 1;
			at += v.length;
		}
		ends[i] = at;
	});
	return { text: values.filter((v) => v !== null).join(''), ends, present };
}

export function stringAt(packed: PackedStrings, i: number): string | null {
	if (!packed.present[i]) return null;
	return packed.text.slice(i === 0 ? 0 : packed.ends[i - 1], packed.ends[i]);
}

const FIELDS = ['id', 'file', 'title', 'outlet', 'url', 'published', 'publishedFrom'] as const;

/**
 * The articles' list as columns: at 100,000 events it is 25,000 articles (4.4 MB of JSON), and
 * cloning them to the page one object at a time is a task of tens of milliseconds; as columns
 * it is a few blocks. The data worker reads the list at its first need (an opened event, an
 * export) and hands it over so.
 */
export interface PackedArticles {
	count: number;
	fields: Record<(typeof FIELDS)[number], PackedStrings>;
	length: Float64Array;
}

export function packArticles(articles: readonly Article[]): PackedArticles {
	const fields = {} as PackedArticles['fields'];
	for (const f of FIELDS) fields[f] = packStrings(articles.map((a) => a[f]));
	return { count: articles.length, fields, length: Float64Array.from(articles, (a) => a.length) };
}

/** The buffers of the packed articles, to transfer rather than copy. */
export function articleBuffers(packed: PackedArticles): ArrayBuffer[] {
	return [
		packed.length.buffer as ArrayBuffer,
		...FIELDS.flatMap((f) => [
			packed.fields[f].ends.buffer as ArrayBuffer,
			packed.fields[f].present.buffer as ArrayBuffer
		])
	];
}

export function unpackArticles(packed: PackedArticles): Article[] {
	const { fields } = packed;
	const out = new Array<Article>(packed.count);
	for (let i = 0; i < packed.count; i++)
		// Keys in the schema's order; id and file are never null (the schema says so).
		out[i] = {
			id: stringAt(fields.id, i)!,
			file: stringAt(fields.file, i)!,
			title: stringAt(fields.title, i),
			outlet: stringAt(fields.outlet, i),
			url: stringAt(fields.url, i),
			published: stringAt(fields.published, i),
			publishedFrom: stringAt(fields.publishedFrom, i) as Article['publishedFrom'],
			length: packed.length[i]!
		};
	return out;
}

import { describe, expect, it } from 'vitest';
import { readBodyText } from '$lib/load/readBodyText';

/** A response whose body arrives in the given byte chunks. */
function streamed(chunks: Uint8Array[]): Response {
	return new Response(
		new ReadableStream<Uint8Array>({
			start(controller) {
				for (const c of chunks) controller.enqueue(c);
				controller.close();
			}
		})
	);
}

describe('readBodyText', () => {
	it('reads a body whose Arabic letters are cut between chunks as the whole text', async () => {
		const text = '{"title":{"ar":"قمة منسك","en":"Minsk summit"}}';
		const bytes = new TextEncoder().encode(text);
		// Cut every 3 bytes: Arabic letters are 2 bytes each, so many cuts fall inside one.
		const chunks: Uint8Array[] = [];
		for (let i = 0; i < bytes.length; i += 3) chunks.push(bytes.slice(i, i + 3));
		expect(await readBodyText(streamed(chunks))).toBe(text);
	});

	it('reads an empty body as the empty string', async () => {
		expect(await readBodyText(streamed([]))).toBe('');
		expect(await readBodyText(new Response(null))).toBe('');
	});

	it('falls back to text() for a response without a readable body', async () => {
		const fake = { body: null, text: async () => 'plain' } as unknown as Response;
		expect(await readBodyText(fake)).toBe('plain');
	});
});

import { describe, expect, it } from 'vitest';
import type { AtlasEvent, StatusPeriod } from '$lib/model/schema';
import { statusEvidence } from '$lib/timeline/statusEvidence';

const event = (id: string, quotes: string[]): AtlasEvent => ({
	id,
	type: 'summit',
	date: '2023-11-23',
	title: { en: id, ar: id },
	place: null,
	countries: [],
	sources: quotes.map((quote, i) => ({
		article: 'a',
		start: i * 100,
		end: i * 100 + quote.length,
		quote,
		claims: {}
	}))
});

describe('the sentences behind a status period', () => {
	const minsk = event('2023-11-23-summit-minsk', ['حضر بوتين', 'غاب باشينيان']);
	const byId = new Map([[minsk.id, minsk]]);
	const period: StatusPeriod = {
		from: '2023-11',
		status: 'absent',
		sources: [
			{ act: 'absent-from-meeting', event: minsk.id, source: 1 },
			{ act: 'criticised', event: minsk.id, source: 0 },
			{ act: 'froze-participation', article: 'b', start: 3, end: 8, quote: 'جمّدت' },
			{ act: 'attended', event: 'gone', source: 0 }
		]
	};
	const items = statusEvidence(period, byId);

	it('resolves a reference to the event source it names', () => {
		expect(items[0]).toMatchObject({
			act: 'absent-from-meeting',
			quote: { quote: 'غاب باشينيان' }
		});
	});

	it('names the meeting only for an attendance act', () => {
		expect(items.map((i) => i.event?.id ?? null)).toEqual([minsk.id, null, null]);
	});

	it('keeps a sentence of its own as it is, and drops a reference to an event not in the set', () => {
		expect(items[2]).toEqual({
			act: 'froze-participation',
			quote: { article: 'b', start: 3, end: 8, quote: 'جمّدت' }
		});
		expect(items).toHaveLength(3);
	});
});

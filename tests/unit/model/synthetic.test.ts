import { describe, expect, it } from 'vitest';
import { MEMBERS } from '$lib/model/members';
import { dateSpan, eventSpan, precisionOf } from '$lib/model/partialDate';
import { syntheticArticleText, syntheticEventSet } from '$lib/model/synthetic';
import { validateEventSet } from '$lib/model/validateEventSet';

describe('syntheticEventSet', () => {
	it.each([0, 1, 50, 2000])('makes a valid set of %i events with no problems', (n) => {
		const set = syntheticEventSet(n, 7);
		expect(set.events).toHaveLength(n);
		expect(validateEventSet(set)).toEqual([]);
	});

	it('quotes exactly the synthetic article text at the source offsets', () => {
		const set = syntheticEventSet(300, 3);
		const texts = new Map(set.articles.map((a) => [a.id, syntheticArticleText(a)]));
		for (const a of set.articles) expect(texts.get(a.id)).toHaveLength(a.length);
		expect(validateEventSet(set, texts)).toEqual([]);
	});

	it('repeats itself for the same seed and differs for another', () => {
		expect(syntheticEventSet(200, 1)).toEqual(syntheticEventSet(200, 1));
		expect(syntheticEventSet(200, 2).events).not.toEqual(syntheticEventSet(200, 1).events);
	});

	it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses n = %s', (n) => {
		expect(() => syntheticEventSet(n, 1)).toThrow(RangeError);
	});

	it('lists events in date order', () => {
		const starts = syntheticEventSet(2000, 5).events.map((e) => dateSpan(e.date).start);
		for (let i = 1; i < starts.length; i++)
			expect(starts[i]!).toBeGreaterThanOrEqual(starts[i - 1]!);
	});

	it('mixes types, precisions, spans, same-day bursts and unplaced events', () => {
		const { events } = syntheticEventSet(2000, 11);
		const count = (f: (e: (typeof events)[number]) => boolean) => events.filter(f).length;
		for (const type of ['summit', 'clash', 'deployment'])
			expect(count((e) => e.type === type)).toBeGreaterThan(200);
		for (const p of ['day', 'month', 'year'])
			expect(count((e) => precisionOf(e.date) === p)).toBeGreaterThan(10);
		expect(count((e) => e.end !== undefined)).toBeGreaterThan(100);
		expect(count((e) => e.place === null)).toBeGreaterThan(0);
		const perDay = new Map<string, number>();
		for (const e of events)
			if (e.date.length === 10) perDay.set(e.date, (perDay.get(e.date) ?? 0) + 1);
		expect(Math.max(...perDay.values())).toBeGreaterThanOrEqual(5);
	});

	it('gives every summit the attendance of all six members and places events in the region', () => {
		const { events } = syntheticEventSet(500, 13);
		for (const e of events) {
			if (e.type === 'summit')
				expect(Object.keys(e.participation ?? {}).sort()).toEqual([...MEMBERS]);
			if (e.place) {
				expect(e.place.lon).toBeGreaterThan(20);
				expect(e.place.lon).toBeLessThan(80);
				expect(e.place.lat).toBeGreaterThan(35);
				expect(e.place.lat).toBeLessThan(60);
			}
		}
	});

	it("follows Armenia's drift from active to frozen with a chair period", () => {
		const arm = syntheticEventSet(0, 1).memberStatus['ARM']!;
		const order = arm.map((p) => p.status).filter((s, i, all) => s !== all[i - 1]);
		expect(order).toEqual(['active', 'strained', 'absent', 'frozen']);
		expect(arm.some((p) => p.chair)).toBe(true);
		for (let i = 1; i < arm.length; i++)
			expect(dateSpan(arm[i]!.from).start).toBe(eventSpan(arm[i - 1]!.to!).end);
	});

	it('makes 100,000 events quickly enough for a benchmark page', () => {
		// Not a timed assertion: the figure is logged; the test checks the size only.
		const t = performance.now();
		const set = syntheticEventSet(100_000, 1);
		console.info(`syntheticEventSet(100000): ${(performance.now() - t).toFixed(0)} ms`);
		expect(set.events).toHaveLength(100_000);
	});
});

import { describe, expect, it } from 'vitest';
import type { LaneLayout } from '$lib/timeline/layoutView';
import { placeLabels } from '$lib/timeline/placeLabels';

const mark = (i: number, x0: number, x1: number, row = 0) => ({ i, x0, x1, row, point: true });
const lane = (...marks: ReturnType<typeof mark>[]): LaneLayout => ({
	kind: 'marks',
	marks,
	clusters: [],
	count: marks.length
});

describe('placeLabels', () => {
	it('gives each mark the room up to the next mark in its row', () => {
		const labels = placeLabels([lane(mark(0, 10, 20), mark(1, 100, 110), mark(2, 15, 25, 1))], 300);
		expect(labels).toEqual([
			{ i: 0, lane: 0, row: 0, x: 24, width: 72 },
			{ i: 1, lane: 0, row: 0, x: 114, width: 186 },
			{ i: 2, lane: 0, row: 1, x: 29, width: 271 }
		]);
	});

	it('never lets two labels of a row overlap, nor a label cover a mark', () => {
		const marks = [mark(0, 0, 6), mark(1, 44, 50), mark(2, 52, 58), mark(3, 200, 206)];
		const labels = placeLabels([lane(...marks)], 400);
		for (const l of labels) {
			for (const m of marks) expect(l.x >= m.x1 || l.x + l.width <= m.x0).toBe(true);
			for (const o of labels)
				if (o !== l) expect(l.x + l.width <= o.x || o.x + o.width <= l.x).toBe(true);
		}
		// Between 50 and 52 there is no room: mark 1 gets no label.
		expect(labels.map((l) => l.i)).toEqual([0, 2, 3]);
	});

	it('labels nothing in a lane drawn as density bins, and keeps to the cap', () => {
		const bins: LaneLayout = { kind: 'density', count: 5 } as unknown as LaneLayout;
		expect(placeLabels([bins], 300)).toEqual([]);
		const many = Array.from({ length: 50 }, (_, k) => mark(k, k * 100, k * 100 + 6));
		expect(placeLabels([lane(...many)], 5000, 28, 4, 10)).toHaveLength(10);
	});

	it('leaves out marks in no row (counted in a badge)', () => {
		expect(placeLabels([lane(mark(0, 0, 6, -1))], 300)).toEqual([]);
	});
});

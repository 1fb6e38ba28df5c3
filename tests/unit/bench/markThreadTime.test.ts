import { describe, expect, it } from 'vitest';
import { markThreadTime } from '../../../bench/markThreadTime.js';

const mark = (name: string, ts: number, tts?: number) => ({
	name,
	cat: 'blink.user_timing',
	ph: 'I',
	ts,
	...(tts === undefined ? {} : { tts })
});

describe('markThreadTime', () => {
	it('is the thread clock between the two marks, not their wall time', () => {
		const trace = {
			traceEvents: [mark('from', 1_000_000, 200_000), mark('to', 1_180_000, 290_500)]
		};
		expect(markThreadTime(trace, 'from', 'to')).toBe(90.5);
	});

	it('reads a bare array of events, and only user timing marks of that name', () => {
		const events = [
			{ name: 'from', cat: 'v8', ph: 'X', ts: 0, tts: 0 },
			mark('from', 10, 5_000),
			mark('to', 20, 7_000)
		];
		expect(markThreadTime(events, 'from', 'to')).toBe(2);
	});

	it.each([
		['a mark missing', [mark('from', 0, 0)]],
		['a mark without its thread clock', [mark('from', 0, 0), mark('to', 5)]],
		['no events', []]
	])('is NaN with %s', (_, events) => {
		expect(markThreadTime({ traceEvents: events }, 'from', 'to')).toBeNaN();
	});
});

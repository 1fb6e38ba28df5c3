import { describe, expect, it } from 'vitest';
import type { StatusEvidence } from '$lib/pipeline/extract/types';
import { deriveMemberStatus } from '$lib/pipeline/status/deriveMemberStatus';

const ev = (
	date: string,
	status: StatusEvidence['status'],
	start = 0,
	chair?: true
): StatusEvidence => ({
	country: 'ARM',
	status,
	date,
	...(chair ? { chair } : {}),
	why: status,
	act:
		status === 'active' ? 'attended' : status === 'absent' ? 'absent-from-meeting' : 'criticised',
	source: { article: 'a', start, end: start + 1, quote: 'x' }
});

describe('deriveMemberStatus', () => {
	it('gives no period without evidence', () => {
		expect(deriveMemberStatus([])).toEqual([]);
	});

	it('opens a period at each change and closes the one before it', () => {
		const periods = deriveMemberStatus([
			ev('2023-11-23', 'absent', 3),
			ev('2022-01-10', 'active', 1),
			ev('2022-09', 'strained', 2)
		]);
		expect(periods.map((p) => [p.from, p.to, p.status])).toEqual([
			['2022-01-10', '2022-09', 'active'],
			['2022-09', '2023-11-23', 'strained'],
			['2023-11-23', undefined, 'absent']
		]);
	});

	it('lets the gravest reading of one day win', () => {
		const [p] = deriveMemberStatus([
			ev('2023-11-23', 'strained', 1),
			ev('2023-11-23', 'absent', 2)
		]);
		expect(p!.status).toBe('absent');
		expect(p!.sources.map((s) => s.start)).toEqual([2]);
	});

	it('keeps evidence of the same status in one period with all its sources', () => {
		const periods = deriveMemberStatus([
			ev('2022-01-10', 'active', 1),
			ev('2022-05-16', 'active', 2)
		]);
		expect(periods).toHaveLength(1);
		expect(periods[0]!.sources).toHaveLength(2);
	});

	it('marks a chairmanship and keeps the rest of that year inside it', () => {
		const periods = deriveMemberStatus([
			ev('2022-01-10', 'active', 1, true),
			ev('2022-05-16', 'active', 2)
		]);
		expect(periods).toEqual([
			expect.objectContaining({ from: '2022-01-10', status: 'active', chair: true })
		]);
	});
});

import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../src/lib/pipeline/extract/types';
import { forceLeaving } from '../../../src/lib/pipeline/merge/forceLeaving';
import { candidate } from './helpers/candidate';

function deployment(subtype: Candidate['subtype'], date: string, countries: string[]): Candidate {
	return candidate({ type: 'deployment', subtype, date, countries: new Set(countries) });
}

const SIX = ['KAZ', 'ARM', 'BLR', 'KGZ', 'RUS', 'TJK'];

describe('the force that leaves is the force that came', () => {
	it('gives a withdrawal the members of the arrival it ends, its own country first', () => {
		const arrival = deployment('troops', '2022-01-06', SIX);
		const leaving = deployment('withdrawal', '2022-01-13', ['KAZ']);
		forceLeaving([arrival, leaving]);
		expect([...leaving.countries]).toEqual(['KAZ', 'ARM', 'BLR', 'KGZ', 'RUS', 'TJK']);
	});

	it('leaves a withdrawal from another country (Russia’s from Tajikistan) as it is', () => {
		const leaving = deployment('withdrawal', '2022-02-10', ['RUS', 'TJK']);
		forceLeaving([deployment('troops', '2022-01-06', SIX), leaving]);
		expect([...leaving.countries]).toEqual(['RUS', 'TJK']);
	});

	it.each([
		['an arrival after it', [deployment('troops', '2022-01-20', SIX)]],
		['an arrival more than sixty days before it', [deployment('troops', '2021-10-01', SIX)]],
		['an arrival in another country', [deployment('troops', '2022-01-06', ['TJK', 'BLR'])]],
		['an exercise, not troops sent', [deployment('exercise', '2022-01-06', SIX)]],
		[
			'two arrivals in those weeks',
			[deployment('troops', '2022-01-06', SIX), deployment('troops', '2022-01-08', ['KAZ', 'RUS'])]
		],
		['an arrival dated to its month only', [deployment('troops', '2022-01', SIX)]]
	])('leaves a withdrawal as it is beside %s', (_, others) => {
		const leaving = deployment('withdrawal', '2022-01-13', ['KAZ']);
		forceLeaving([...others, leaving]);
		expect([...leaving.countries]).toEqual(['KAZ']);
	});
});

import { describe, expect, it } from 'vitest';
import { claimLines, type ClaimWords } from '$lib/detail/claimLines';
import { overwriteGetLocale } from '$lib/paraglide/runtime';

const setLocale = (locale: 'en' | 'ar') => overwriteGetLocale(() => locale);

const NAMES: Record<string, [string, string]> = {
	ARM: ['Armenia', 'أرمينيا'],
	BLR: ['Belarus', 'بيلاروسيا'],
	RUS: ['Russia', 'روسيا']
};
const words = (lang: 'en' | 'ar'): ClaimWords => ({
	type: 'summit',
	place: lang === 'en' ? 'Minsk' : 'مينسك',
	date: (d) => `<${d}>`,
	member: (code) => NAMES[code]![lang === 'en' ? 0 : 1],
	list: (names) => new Intl.ListFormat(lang, { type: 'conjunction' }).format(names)
});

describe('what a quote establishes', () => {
	const claims = {
		type: true as const,
		date: '2023-11-23',
		place: true as const,
		attendance: { ARM: 'absent' as const, BLR: 'present' as const, RUS: 'present' as const }
	};

	it('says each claim in English, members with the same attendance in one line', () => {
		setLocale('en');
		expect(claimLines(claims, words('en'))).toEqual([
			'Reports the meeting',
			'States the date: <2023-11-23>',
			'States the place: Minsk',
			'States Belarus and Russia attended',
			'States Armenia was absent'
		]);
	});

	it('says them in Arabic', () => {
		setLocale('ar');
		expect(claimLines(claims, words('ar'))).toEqual([
			'تُثبت انعقاد الاجتماع',
			'تذكر التاريخ: <2023-11-23>',
			'تذكر المكان: مينسك',
			'تذكر حضور بيلاروسيا وروسيا',
			'تذكر غياب أرمينيا'
		]);
	});

	it('says nothing of a place the event does not have', () => {
		setLocale('en');
		expect(claimLines({ place: true }, { ...words('en'), place: null })).toEqual([]);
	});
});

import { describe, expect, it } from 'vitest';
import { verbForms } from '$lib/pipeline/extract/verbForms';

describe('verbForms', () => {
	const take = verbForms('شارك', 'شارك');
	const skip = verbForms('غاب', 'غيب', 'غب');

	it.each([
		[
			'the perfect of every person news uses',
			['شارك', 'شاركت', 'شاركا', 'شاركتا', 'شاركوا', 'شاركنا']
		],
		[
			'the imperfect, first person included',
			['يشارك', 'تشارك', 'نشارك', 'أشارك', 'يشاركون', 'يشاركان']
		],
		['the future with the prefix and with «سوف»', ['سيشارك', 'ستشارك', 'سنشارك', 'سوف يشاركون']]
	])('lists %s as affirmed', (_, forms) => {
		expect(take.affirmed).toEqual(expect.arrayContaining(forms));
	});

	it('negates with لم and لن in the jussive and subjunctive (the plural loses its ن) and with لا', () => {
		expect(take.negated).toEqual(
			expect.arrayContaining(['لم يشارك', 'لم يشاركوا', 'لن نشارك', 'لن يشاركا', 'لا تشارك'])
		);
		expect(take.negated).not.toContain('لم يشاركون');
	});

	it('keeps a hollow verb’s two stems apart («غاب», «يغيب»)', () => {
		expect(skip.affirmed).toEqual(expect.arrayContaining(['غابت', 'غابوا', 'يغيب', 'سيغيب']));
		expect(skip.affirmed).not.toContain('يغاب');
	});

	it('shortens a hollow verb after لم in the singular only («لم يغب», «لم يغيبوا»)', () => {
		expect(skip.negated).toEqual(
			expect.arrayContaining(['لم يغب', 'لم تغب', 'لم يغيبوا', 'لن يغيب'])
		);
	});

	it('gives what is yet to come, affirmed or negated, as the future', () => {
		expect(take.future).toEqual(expect.arrayContaining(['سيشارك', 'سوف تشارك', 'لن نشارك']));
		expect(take.future).not.toContain('شارك');
		expect(take.future).not.toContain('لم يشارك');
	});
});

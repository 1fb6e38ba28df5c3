import { describe, expect, it } from 'vitest';
import { declinedObject } from '$lib/pipeline/extract/declinedObject';
import { fold } from '$lib/pipeline/text/normalize';

describe('what an apology verb declines, read after its subject', () => {
	it.each([
		[' أرمينيا رسميا عن استضافة التدريبات', 'host'],
		[' يريفان، في رسالة إلى الأمانة العامة، عن تنظيم المناورات', 'host'],
		[' الجانب الأرميني عن إرسال وحداته', 'send'],
		[' رئيس الوزراء الأرميني نيكول باشينيان عن عدم حضور القمة', 'attend'],
		[' عن المشاركة في الاجتماع', 'attend'],
		[' باشينيان عن الحضور شخصيا', 'attend'],
		[' الوزارة عن الخطأ الوارد في البيان', null],
		// The "عن" must come within the verb's first few words, not in a later clause.
		[' المتحدث باسم الوزارة للصحفيين في مؤتمر صحفي مطول عقده في العاصمة عن إرسال', null]
	])('reads "%s" as %s', (after, expected) => {
		expect(declinedObject(fold(after))?.what ?? null).toBe(expected);
	});

	it('gives the object word’s span, so its own attendance cue is not read as a presence', () => {
		const after = fold(' باشينيان عن المشاركة فيها');
		const object = declinedObject(after)!;
		expect(after.slice(object.start, object.end)).toBe(fold('مشاركة'));
	});
});

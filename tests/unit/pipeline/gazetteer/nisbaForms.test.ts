import { describe, expect, it } from 'vitest';
import { findEntities } from '$lib/pipeline/gazetteer';
import { nisbaForms } from '$lib/pipeline/gazetteer/nisbaForms';
import { normalize } from '$lib/pipeline/text/normalize';

const labels = (raw: string) =>
	findEntities(normalize(raw).text).map((m) => `${m.kind}:${m.id ?? '?'}`);

describe('nisbaForms', () => {
	it('inflects a masculine nisba into its feminine, duals and sound plurals', () => {
		expect(nisbaForms('البيلاروسي')).toEqual([
			'البيلاروسية',
			'البيلاروسيان',
			'البيلاروسيين',
			'البيلاروسيون',
			'البيلاروسيتان',
			'البيلاروسيتين'
		]);
	});

	it.each([['الأرمن'], ['روسيا'], ['ي'], ['']])(
		'gives no forms for "%s", which is no nisba',
		(w) => {
			expect(nisbaForms(w)).toEqual([]);
		}
	);
});

describe('the gazetteer’s inflected adjectives', () => {
	it.each([
		['وزيرا الخارجية والدفاع البيلاروسيان', 'adjective:BLR'],
		['الوزراء القرغيزيون', 'adjective:KGZ'],
		['للقوات الطاجيكيتين', 'adjective:TJK'],
		['الضباط الكازاخيين', 'adjective:KAZ']
	])('finds "%s" as %s', (text, label) => {
		expect(labels(text)).toContain(label);
	});

	it('keeps a country’s name that looks like an inflected adjective a country', () => {
		expect(labels('زار سورية والسعودية')).toEqual(['country:SYR', 'country:SAU']);
	});
});

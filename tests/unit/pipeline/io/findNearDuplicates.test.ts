import { describe, expect, it } from 'vitest';
import { findNearDuplicates, nearDuplicateSignature } from '$lib/pipeline/io/findNearDuplicates';

/** A deterministic generator (mulberry32), so every run sees the same articles. */
function random(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const VOCABULARY = (
	'قمة منظمة معاهدة الأمن الجماعي رئيس الوزراء أرمينيا روسيا كازاخستان بيلاروس قيرغيزستان ' +
	'طاجيكستان اجتماع وزراء الخارجية الدفاع موسكو يريفان مينسك أستانا بيشكيك دوشنبه قوات حفظ ' +
	'السلام انتشار اشتباكات الحدود أعلن قال أكد بيان رسمي وكالة مصادر مسؤول الجلسة المقبلة ' +
	'العام الماضي الأسبوع يوم الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد تشرين نوفمبر'
).split(' ');

function article(rand: () => number, words = 100): string[] {
	return Array.from({ length: words }, () => VOCABULARY[Math.floor(rand() * VOCABULARY.length)]!);
}

describe('findNearDuplicates', () => {
	it('finds a copy with one word changed and names the earlier article', () => {
		const rand = random(1);
		const a = article(rand);
		const b = [...a];
		b[50] = 'كلمة';
		const found = findNearDuplicates([a.join(' '), article(rand).join(' '), b.join(' ')]);
		expect(found).toHaveLength(1);
		expect(found[0]).toMatchObject({ index: 2, of: 0 });
		expect(found[0]!.share).toBeGreaterThan(0.9);
	});

	it('reads Arabic and Latin punctuation and any white space as word breaks', () => {
		const rand = random(2);
		const words = article(rand);
		const spaced = words.join(' ');
		const punctuated = words.map((w, i) => (i % 7 === 0 ? `${w}،` : i % 5 === 0 ? `«${w}»` : w));
		const found = findNearDuplicates([spaced, punctuated.join('\u00a0\n')]);
		expect(found).toEqual([{ index: 1, of: 0, share: 1 }]);
	});

	it.each([
		['two different articles', [article(random(3)), article(random(4))]],
		['an article and its first half', [article(random(5)), article(random(5)).slice(0, 50)]],
		[
			'texts too short to judge',
			[
				['قمة', 'موسكو', 'اليوم'],
				['قمة', 'موسكو', 'اليوم']
			]
		],
		['an empty text and a letterless one', [[], ['...', '،،،']]]
	])('does not call %s near-duplicates', (_, texts) => {
		expect(findNearDuplicates(texts.map((t) => t.join(' ')))).toEqual([]);
	});

	it('finds at least 97% of one-word copies among 400 articles, and nothing else', () => {
		const rand = random(7);
		const texts: string[] = [];
		const copies = new Map<number, number>();
		for (let i = 0; i < 200; i++) {
			const a = article(rand, 80 + Math.floor(rand() * 120));
			texts.push(a.join(' '));
			const b = [...a];
			b[Math.floor(rand() * b.length)] = 'تغيير';
			copies.set(texts.length, texts.length - 1);
			texts.push(b.join(' '));
		}
		const found = findNearDuplicates(texts);
		for (const d of found) expect(copies.get(d.index)).toBe(d.of);
		expect(found.length).toBeGreaterThanOrEqual(0.97 * copies.size);
	});

	it('gives the same answer on every run', () => {
		const texts = Array.from({ length: 50 }, (_, i) => article(random(100 + (i % 10))).join(' '));
		expect(findNearDuplicates(texts)).toEqual(findNearDuplicates(texts));
		// Ten distinct articles, each repeated five times: every repeat points at the first copy.
		expect(findNearDuplicates(texts).every((d) => d.of === d.index % 10)).toBe(true);
	});

	it('does not judge texts of fewer than eight different four-word sequences, however long', () => {
		// Four words said over and over: hundreds of sequences, but only four different ones.
		const chant = Array.from({ length: 60 }, () => 'تحيا الوحدة بين الشعوب').join(' ');
		const short = 'قمة منظمة معاهدة الأمن الجماعي في مينسك اليوم';
		expect(findNearDuplicates([chant, chant + ' !', short, short + ' .'])).toEqual([]);
		// Eight different ones are enough.
		const eight = 'قمة منظمة معاهدة الأمن الجماعي في مينسك اليوم بحضور القادة الستة';
		expect(findNearDuplicates([eight, eight + ' .'])).toMatchObject([
			{ index: 1, of: 0, share: 1 }
		]);
	});

	it('finds the same pairs from signatures kept by an earlier build as from the texts', () => {
		const rand = random(11);
		const texts: string[] = [];
		for (let i = 0; i < 60; i++) {
			const a = article(rand);
			texts.push(a.join(' '));
			if (i % 3 === 0) texts.push([...a.slice(0, 40), 'تغيير', ...a.slice(41)].join(' '));
		}
		texts.push('قمة موسكو');
		const kept = texts.map(nearDuplicateSignature);
		expect(kept.at(-1)).toBeNull();
		expect(findNearDuplicates(texts, kept)).toEqual(findNearDuplicates(texts));
		expect(findNearDuplicates(texts, kept)).toHaveLength(20);
	});

	it('judges by the signatures it is given, reading the texts only to count a likely pair', () => {
		const [a, b] = [article(random(12)).join(' '), article(random(13)).join(' ')];
		// b given a's signature: the pair is likely by signature, and the exact count says no.
		const sigA = nearDuplicateSignature(a);
		expect(findNearDuplicates([a, b], [sigA, sigA])).toEqual([]);
		// A copy given no signature (too short, as far as the caller knows) is not judged.
		expect(findNearDuplicates([a, a], [sigA, null])).toEqual([]);
		expect(findNearDuplicates([a, a], [sigA, sigA])).toEqual([{ index: 1, of: 0, share: 1 }]);
	});
});

/**
 * Where an article's own text ends. Pages saved from news sites go on after the article with
 * "read also" teasers, keyword lists, share buttons and cookie notices: headlines of other stories
 * that must not become events. The body ends at the first line that opens such a block.
 */
import { isWhiteSpace } from './isWhiteSpace';
import { fold } from './normalize';

/** Line openings (folded) that start the page furniture after an article. */
const TEASER_OPENINGS = [
	'اقرا ايضا',
	'اقرا كذلك',
	'اقرا المزيد',
	'انظر ايضا',
	'شاهد ايضا',
	'طالع ايضا',
	'اخترنا لك',
	'اخبار ذات صله',
	'مواضيع ذات صله',
	'مقالات ذات صله',
	'ذات صله',
	'الاكثر قراءه',
	'الاكثر مشاهده',
	'المزيد من الاخبار',
	'كلمات دلاليه',
	'الكلمات الدلاليه',
	'وسوم',
	'تابعنا علي',
	'تابعونا علي',
	'read also',
	'read more',
	'see also',
	'related'
].map(fold);

/**
 * First three letters of every opening (each begins with three letters): a line starting
 * otherwise needs no closer look. "ال" alone would let through every line that opens with a noun.
 */
const FIRST = new Set([...TEASER_OPENINGS, fold('المصدر'), fold('مصدر')].map((o) => o.slice(0, 3)));

/** A short closing "source: X" line; what follows it is furniture, not article. */
const SOURCE_LINE = new RegExp(`^(${['المصدر', 'مصدر'].map(fold).join('|')})\\s*[:：]`);

export function findBodyEnd(text: string): number {
	let lines = 1;
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
	let lineNo = 0;
	for (let offset = 0; offset <= text.length; lineNo++) {
		let end = text.indexOf('\n', offset);
		if (end === -1) end = text.length;
		let first = offset;
		while (first < end && isWhiteSpace(text.charCodeAt(first))) first++;
		// Only a line's opening words can mark furniture: fold those, not the whole line.
		const head = text.slice(first, Math.min(end, first + 48));
		if (first < end && FIRST.has(fold(head.slice(0, 12)).slice(0, 3))) {
			const line = text.slice(offset, end);
			const folded = fold(head)
				.replace(/[^\p{L}\p{N} ]+/gu, ' ')
				.replace(/\s+/g, ' ')
				.trim();
			// "اقرأ أيضاًالجارديان": the opening may be glued to the next headline.
			const isTeaser = TEASER_OPENINGS.some((o) => folded.startsWith(o));
			// A source line ends the body only in the article's second half, where credits stand.
			const isSource = line.length < 80 && lineNo > lines / 2 && SOURCE_LINE.test(fold(head));
			if (lineNo > 0 && (isTeaser || isSource)) return offset;
		}
		offset = end + 1;
	}
	return text.length;
}

/**
 * Where an article's own text ends. Pages saved from news sites go on after the article with
 * "read also" teasers, keyword lists, share buttons and cookie notices: headlines of other stories
 * that must not become events. The body ends at the first line that opens such a block.
 */
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

/** First two letters of every opening: a line starting otherwise needs no closer look. */
const FIRST = new Set([...TEASER_OPENINGS, fold('المصدر'), fold('مصدر')].map((o) => o.slice(0, 2)));

/** A short closing "source: X" line; what follows it is furniture, not article. */
const SOURCE_LINE = new RegExp(`^(${['المصدر', 'مصدر'].map(fold).join('|')})\\s*[:：]`);

export function findBodyEnd(text: string): number {
	let offset = 0;
	let lineNo = 0;
	const lines = text.split('\n');
	for (const line of lines) {
		// Only a line's opening words can mark furniture: fold those, not the whole line.
		const head = line.trimStart().slice(0, 48);
		if (!FIRST.has(fold(head.slice(0, 8)).slice(0, 2))) {
			offset += line.length + 1;
			lineNo++;
			continue;
		}
		const folded = fold(head)
			.replace(/[^\p{L}\p{N} ]+/gu, ' ')
			.replace(/\s+/g, ' ')
			.trim();
		// "اقرأ أيضاًالجارديان": the opening may be glued to the next headline.
		const isTeaser = TEASER_OPENINGS.some((o) => folded.startsWith(o));
		// A source line ends the body only in the article's second half, where credits stand.
		const isSource = line.length < 80 && lineNo > lines.length / 2 && SOURCE_LINE.test(fold(head));
		if (lineNo > 0 && (isTeaser || isSource)) return offset;
		offset += line.length + 1;
		lineNo++;
	}
	return text.length;
}

/**
 * Where an article's own text ends, and the boxes inside it that are not its text. Pages saved
 * from news sites go on after the article with "read also" teasers, keyword lists, share buttons
 * and cookie notices: headlines of other stories that must not become events. The body ends at
 * the first line that opens such a block — unless it is a "read also" box set inside the article
 * (its headline on the same line, or a list of bulleted headlines) and the article's paragraphs
 * go on after it: then the box is left out and the body goes on. Such a line in the page's head,
 * before the article's first paragraph ("تابعونا على فيسبوك" above the headline), is left out too.
 */
import { isWhiteSpace } from './isWhiteSpace';
import { fold } from './normalize';

/**
 * The openings of a "read also" box (folded), which sites also set between an article's
 * paragraphs. No opening begins another, so the order of the lists decides nothing.
 */
const BOX_HEADINGS = [
	'اقرا ايضا',
	'اقرا كذلك',
	'انظر ايضا',
	'شاهد ايضا',
	'طالع ايضا',
	'اخترنا لك',
	'ذات صله',
	'اخبار ذات صله',
	'مواضيع ذات صله',
	'مقالات ذات صله',
	'موضوعات ذات صله',
	'موضوعات متعلقه',
	'مواضيع متعلقه',
	'اخبار متعلقه',
	'مقالات متعلقه',
	'اخبار مشابهه',
	'مواضيع مشابهه',
	'قد يهمك',
	'read also',
	'see also',
	'related'
].map(fold);
const BOX_OPENINGS = new Set(BOX_HEADINGS);

/** Line openings that start the page furniture after an article: the boxes' and these. */
const TEASER_OPENINGS = [
	...BOX_HEADINGS,
	...[
		'اقرا المزيد',
		'قد يعجبك',
		'الاكثر قراءه',
		'الاكثر مشاهده',
		'المزيد من الاخبار',
		'كلمات دلاليه',
		'الكلمات الدلاليه',
		'وسوم',
		'تابعنا علي',
		'تابعونا علي',
		'read more'
	].map(fold)
];

/**
 * A comment section's heading ("التعليقات (27)", "تعليقات القراء", "أضف تعليقك"): readers' speech
 * follows, not reporting. Only the heading alone, or with its count: "التعليقات الروسية على القمة …"
 * opens a paragraph.
 */
const COMMENT_OPENINGS = [
	'التعليقات',
	'تعليقات القراء',
	'تعليقات الزوار',
	'اضف تعليق',
	'اضف تعليقك',
	'اترك تعليقا',
	'اترك تعليقك',
	'شارك برايك',
	'اراء القراء',
	'comments'
].map(fold);
const COMMENT_HEADING = 40;
const COMMENT_HEADING_RE = new RegExp(`^(?:${COMMENT_OPENINGS.join('|')})(?: \\d+)?$`);

/** "اقرأ المزيد في المصدر", "تابع القراءة على الموقع": the link to the source of the item above. */
const SOURCE_LINK_OPENINGS = ['اقرا المزيد', 'اقرا الخبر', 'تابع القراءه', 'التفاصيل'].map(fold);
const SOURCE_LINK = new RegExp(
	`^(?:${SOURCE_LINK_OPENINGS.join('|')}) (?:في|من|علي|عبر) (?:ال)?(?:مصدر|موقع)(?: \\S+)?$`
);

/** A site's "follow us" bar, which pages set above the article as often as below it. */
const HEAD_LINES = 8;
const FOLLOW_US = new Set(['تابعنا علي', 'تابعونا علي'].map(fold));

/**
 * First three letters of every opening (each begins with three letters): a line starting
 * otherwise needs no closer look. "ال" alone would let through every line that opens with a noun.
 */
const FIRST = new Set(
	[
		...TEASER_OPENINGS,
		...COMMENT_OPENINGS,
		...SOURCE_LINK_OPENINGS,
		fold('المصدر'),
		fold('مصدر')
	].map((o) => o.slice(0, 3))
);

/** A short closing "source: X" line; what follows it is furniture, not article. */
const SOURCE_LINE = new RegExp(`^(${['المصدر', 'مصدر'].map(fold).join('|')})\\s*[:：]`);

export interface Span {
	start: number;
	end: number;
}

export interface Body {
	/** Where the article's own text ends: page furniture follows. */
	end: number;
	/** "Read also" boxes inside the body (their lines, from the opening to the last headline). */
	boxes: Span[];
}

interface Line {
	start: number;
	end: number;
	/** Offset of its first character that is not white space (`end` for a blank line). */
	first: number;
}

function linesOf(text: string): Line[] {
	const lines: Line[] = [];
	for (let offset = 0; offset <= text.length;) {
		let end = text.indexOf('\n', offset);
		if (end === -1) end = text.length;
		let first = offset;
		while (first < end && isWhiteSpace(text.charCodeAt(first))) first++;
		lines.push({ start: offset, end, first });
		offset = end + 1;
	}
	return lines;
}

/** The furniture opening that starts the line ("اقرا ايضا", "كلمات دلاليه", a late source line), or null. */
function openingOf(text: string, line: Line, lineNo: number, lineCount: number): string | null {
	if (line.first === line.end) return null;
	// Only a line's opening words can mark furniture: fold those, not the whole line.
	const head = text.slice(line.first, Math.min(line.end, line.first + 48));
	// Three letters are usually enough to fold; marks among them need the longer slice.
	const three = fold(head.slice(0, 3));
	if (!FIRST.has((three.length === 3 ? three : fold(head.slice(0, 12))).slice(0, 3))) return null;
	const headFolded = fold(head);
	const folded = headFolded
		.replace(/[^\p{L}\p{N} ]+/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	// "اقرأ المزيد في المصدر ›" closes one teaser of an aggregator's page: the next item goes on.
	if (SOURCE_LINK.test(folded)) return 'source link';
	// "اقرأ أيضاًالجارديان": the opening may be glued to the next headline.
	const teaser = TEASER_OPENINGS.find((o) => folded.startsWith(o));
	if (teaser) return teaser;
	if (line.end - line.first < COMMENT_HEADING && COMMENT_HEADING_RE.test(folded)) return 'comments';
	// A source line ends the body only in the article's second half, where credits stand.
	const isSource =
		line.end - line.start < 80 && lineNo > lineCount / 2 && SOURCE_LINE.test(headFolded);
	return isSource ? 'source' : null;
}

/** "- عنوان", "• عنوان", "* عنوان": a headline in a box's list. */
const BULLET = /^[-–—•*▪◀►]\s*\S/u;
/** A paragraph of the article: long, and ending as a sentence does. */
const PARAGRAPH_LENGTH = 80;
/** (Not a teaser's "...": cut short, not ended.) */
const SENTENCE_END = /(?<!\.\.)[.!?؟"»”)]\s*$/u;

/**
 * The lines of a "read also" box opened at line i: the opening alone when its headline is on the
 * same line, else the bulleted headlines after it; null when the box lists its headlines without
 * bullets (then nothing tells where it ends).
 */
function boxEnd(text: string, lines: Line[], i: number, opening: string): number | null {
	const line = lines[i]!;
	const rest = fold(text.slice(line.first, line.end))
		.replace(/[^\p{L}\p{N}]+/gu, '')
		.slice(opening.replace(/ /g, '').length);
	if (rest.length > 0) return i;
	let last: number | null = null;
	for (let k = i + 1; k < lines.length; k++) {
		const l = lines[k]!;
		if (l.first === l.end) {
			if (last !== null) break;
			continue;
		}
		if (!BULLET.test(text.slice(l.first, l.end))) break;
		last = k;
	}
	return last;
}

/**
 * Whether the article goes on after a box that ends at line `last`: the next lines (a subheading
 * at most, then a paragraph) are its own text, not more headlines or page furniture.
 */
function goesOn(text: string, lines: Line[], last: number): boolean {
	let seen = 0;
	for (let k = last + 1; k < lines.length && seen < 2; k++) {
		const l = lines[k]!;
		if (l.first === l.end) continue;
		if (openingOf(text, l, k, lines.length) !== null) return false;
		const body = text.slice(l.first, l.end).trimEnd();
		if (body.length >= PARAGRAPH_LENGTH && SENTENCE_END.test(body)) return true;
		seen++;
	}
	return false;
}

export function findBody(text: string): Body {
	const lines = linesOf(text);
	const boxes: Span[] = [];
	// "تابعونا على فيسبوك" in a saved page's head, before the first paragraph: not the end.
	let begun = lines[0]!.end - lines[0]!.first >= PARAGRAPH_LENGTH;
	for (let i = 1; i < lines.length; i++) {
		const line = lines[i]!;
		const opening = openingOf(text, line, i, lines.length);
		if (opening === null) {
			begun ||= line.end - line.first >= PARAGRAPH_LENGTH;
			continue;
		}
		// (A comment count in the page's head, "التعليقات (0)" under the headline, ends nothing.)
		if (
			opening === 'source link' ||
			(!begun && opening === 'comments') ||
			(!begun && i < HEAD_LINES && FOLLOW_US.has(opening))
		) {
			boxes.push({ start: line.start, end: line.end });
			continue;
		}
		const last = BOX_OPENINGS.has(opening) ? boxEnd(text, lines, i, opening) : null;
		if (last === null || !goesOn(text, lines, last)) return { end: lines[i]!.start, boxes };
		boxes.push({ start: lines[i]!.start, end: lines[last]!.end });
		i = last;
	}
	return { end: text.length, boxes };
}

/** Where the article's own text ends (findBody's `end`). */
export function findBodyEnd(text: string): number {
	return findBody(text).end;
}

import type { EntryStamp } from '../dates/entryStamps';
import type { Normalized } from '../text/normalize';

/** What every rule may know about the article a sentence comes from. */
export interface ArticleContext {
	articleId: string;
	file: string;
	text: string;
	norm: Normalized;
	/** Publication date (YYYY-MM-DD) the relative dates resolve against, or null. */
	anchor: string | null;
	/** The day the article reports as "today", when it says so; else null. */
	newsDay: string | null;
	/** A live page's entry stamps (none on other pages): an entry's own day is its stamp's. */
	stamps: EntryStamp[];
	/** The article is about the CSTO: a summit cue without an organisation named is the CSTO's. */
	aboutCsto: boolean;
	/** An "on this day" piece: its "today" is an anniversary, not the day of what it recalls. */
	retrospective: boolean;
	/**
	 * The two parties last named with «بين … و…» (the headline's, or an earlier sentence's): what
	 * «البلدين», «الطرفين» and «الجانبين» refer back to. Updated as the sentences are read.
	 */
	pair: string[];
	/**
	 * Whose the meeting last named by its owner was: "القمة" after "قمة رابطة الدول المستقلة" is
	 * that one, not the CSTO's. Updated as the sentences are read.
	 */
	lastMeeting: 'csto' | 'other' | null;
	/**
	 * The country of the place of the meeting last found placed: where "المضيف" ("the host") of a
	 * later sentence about it is. Updated as the sentences are read.
	 */
	meetingCountry: string | null;
	/**
	 * A deployment of the CSTO's own force was read before: "القوة" or "القوات", bare, in a later
	 * sentence ("إيذانا ببدء انسحاب القوة") is that force. Updated as the sentences are read.
	 */
	cstoForce: boolean;
	/**
	 * The organisation last named by name, the CSTO or another bloc: what a bare «الحلف» or
	 * «المنظمة» of a later sentence is. Updated as the sentences are read.
	 */
	lastOrg: 'csto' | 'other' | null;
}

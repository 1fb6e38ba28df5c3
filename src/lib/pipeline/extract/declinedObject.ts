/**
 * What an apology verb declines ("اعتذرت أرمينيا، اليوم، عن استضافة المناورات"): in the
 * verb-first order of Arabic news the subject and adverbials stand between the verb and its
 * "عن", so the object is read after them, not as one fixed phrase. Hosting or holding a
 * happening and sending troops are refusals; attending is staying away. Normalised text.
 */
export type Declined = 'host' | 'send' | 'attend';

const OBJECT = /(?:^|\s)عن\s+(?:عدم\s+)?(?:ال)?(استضاف|اجراء|تنظيم|عقد|ارسال|ايفاد|حضور|مشارك)/;

const KIND: Record<string, Declined> = {
	استضاف: 'host',
	اجراء: 'host',
	تنظيم: 'host',
	عقد: 'host',
	ارسال: 'send',
	ايفاد: 'send',
	حضور: 'attend',
	مشارك: 'attend'
};

export interface DeclinedObject {
	what: Declined;
	/** Where the object's word begins and ends in `after`: its own cue ("المشاركة") is not a presence. */
	start: number;
	end: number;
}

/** `after`: the text right after the verb; its "عن" must come within the first few words. */
export function declinedObject(after: string): DeclinedObject | null {
	const m = OBJECT.exec(after.slice(0, 60));
	if (!m) return null;
	const start = m.index + m[0].length - m[1]!.length;
	let end = start + m[1]!.length;
	while (end < after.length && !/\s/.test(after[end]!)) end++;
	return { what: KIND[m[1]!]!, start, end };
}

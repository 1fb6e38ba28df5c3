/**
 * Which strain a cue records ("رفضت التوقيع", "اتهمت المنظمة", "لم تعين بديلا"): read from the
 * cue's own words, else, for a bare refusal ("رفضت أرمينيا … استضافة"), from the words that follow it.
 */
import type { StatusAct } from '../../model/schema';
import { fold } from '../text/normalize';

const pattern = (words: string[]) => new RegExp(words.map(fold).join('|'));

const KINDS: [StatusAct, RegExp][] = [
	['refused-to-sign', pattern(['توقيع', 'توقع', 'يوقع'])],
	['refused-to-host', pattern(['استضاف', 'تستضيف'])],
	['refused-troops', pattern(['إرسال'])],
	['left-post-unfilled', pattern(['تعيين', 'تعين', 'منصب', 'شغل'])],
	['talked-of-leaving', pattern(['خروج', 'مغادر', 'تغادر', 'انسحاب', 'تنسحب', 'عضوية'])],
	[
		'criticised',
		pattern(['اتهم', 'يتهم', 'انتقد', 'فشل', 'خيبة', 'تقاعس', 'استياء', 'توتر', 'تدهور'])
	]
];

const ON_ITS_SOIL = pattern(['أراضي', 'أرضها']);

/** `cue` and `after` are normalised text: the cue's words and up to a clause after it. */
export function strainAct(cue: string, after: string): StatusAct {
	for (const [act, re] of KINDS) if (re.test(cue)) return act;
	// A bare refusal names what it refuses after it; criticism words there are not the act.
	for (const [act, re] of KINDS.slice(0, 5)) if (re.test(after)) return act;
	// "لا ترى من المناسب إجراء التدريبات على أراضيها": an exercise refused on its soil is not hosted.
	if (ON_ITS_SOIL.test(after)) return 'refused-to-host';
	return 'refused';
}

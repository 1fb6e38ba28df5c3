/**
 * Sticky regexes shared by several date forms; a form's own regexes live with the form (forms/).
 */
import { S, WEEKDAY } from './patterns';
import { sticky } from './sticky';

/** One weekday name, with its word edges. */
export const RE_WD = sticky(WEEKDAY);

/** What may stand between a weekday or relative day and the date it names: "،", "/", "(", "الموافق". */
export const RE_GAP = sticky(
	`[ \\t,،/()\\-]*(?:(?:الموافق|بتاريخ)${S}*(?:ل${S}*)?)?(?:ال(?=\\d))?`
);

import type { StatusAct } from '$lib/model/schema';
import { m } from '$lib/paraglide/messages';

const ACTS: Record<StatusAct, (p: { member: string }) => string> = {
	attended: m.timeline_act_attended,
	'attended-by-video': m.timeline_act_attended_by_video,
	chaired: m.timeline_act_chaired,
	appealed: m.timeline_act_appealed,
	'absent-from-meeting': m.timeline_act_absent_from_meeting,
	'announced-absence': m.timeline_act_announced_absence,
	criticised: m.timeline_act_criticised,
	'refused-to-sign': m.timeline_act_refused_to_sign,
	'refused-to-host': m.timeline_act_refused_to_host,
	'refused-troops': m.timeline_act_refused_troops,
	'sent-no-troops': m.timeline_act_sent_no_troops,
	'left-post-unfilled': m.timeline_act_left_post_unfilled,
	'recalled-envoy': m.timeline_act_recalled_envoy,
	'talked-of-leaving': m.timeline_act_talked_of_leaving,
	refused: m.timeline_act_refused,
	'froze-participation': m.timeline_act_froze_participation
};

/** What a status sentence records, as a sentence in the reader's language. */
export function actLabel(act: StatusAct, member: string): string {
	return ACTS[act]({ member });
}

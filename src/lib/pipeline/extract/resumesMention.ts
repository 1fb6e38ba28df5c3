/**
 * "…أن أرمينيا ستستضيف تدريبات المنظمة في 2023، وهي التدريبات التي باتت في حكم الملغاة": a noun
 * after «وهي/وهو» at a clause's head names again the happening just named, in a relative clause
 * about it; it is no happening of its own, and its clause does not change how the first is told.
 * Folded text; the cue of the second mention.
 */
import type { CueHit } from './findCues';

const RESUMES = /[،,]\s*[وف]?(?:هي|هو|هما|هم)\s+(?:ال)?$/;

export function resumesMention(norm: string, cue: CueHit): boolean {
	return RESUMES.test(norm.slice(Math.max(0, cue.start - 12), cue.start));
}

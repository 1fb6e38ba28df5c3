/**
 * An event's sources as shipped, each with what it states about the event as merged, and each
 * attendance with the sentences that state it. Everything here was recorded by the rule that read
 * it (sentenceCandidates, attachOrphans) and carried through consolidation and merging; nothing
 * is searched for again in the text.
 */
import { compareText } from '../text/compareText';
import type { Attendance, Claims, Source } from '../../model/schema';
import type { Candidate, CitedSource, SentenceClaims } from '../extract/types';
import { capSources } from './capSources';

/** What a sentence states about the merged event `c`. */
function claimsAbout(c: Candidate, claims: SentenceClaims): Claims {
	const out: Claims = {};
	if (claims.type) out.type = true;
	if (claims.date) out.date = claims.date;
	// Day and month only ("يوم 23 نوفمبر"): the sentence states the event's day, its year found elsewhere.
	else if (claims.dayMonth && c.date?.length === 10) {
		const { month, day } = claims.dayMonth;
		if (+c.date.slice(5, 7) === month && +c.date.slice(8, 10) === day) out.date = c.date;
	}
	// Only the place the event ended up at: a clash's other towns are the sentence's own.
	if (claims.placeId !== undefined && claims.placeId === c.placeId) out.place = true;
	const attendance = Object.entries(claims.attendance ?? {}).filter(([code]) =>
		c.participation.has(code)
	);
	if (c.type === 'summit' && attendance.length > 0)
		out.attendance = Object.fromEntries(attendance.sort(([a], [b]) => compareText(a, b)));
	return out;
}

export interface CitedEvent {
	sources: Source[];
	/** What capSources left out: repeated quotes and distinct ones past the cap. */
	leftOut: { duplicates: number; overCap: number };
	participation?: Record<string, Attendance>;
	participationSources?: Record<string, number[]>;
}

export function citedSources(c: Candidate): CitedEvent {
	const ordered = [...c.sources].sort(
		(a, b) => compareText(a.article, b.article) || a.start - b.start
	);
	const { kept, duplicates, overCap } = capSources<CitedSource>(ordered);
	const leftOut = { duplicates, overCap };
	const sources: Source[] = kept.map((s) => ({
		article: s.article,
		start: s.start,
		end: s.end,
		quote: s.quote,
		claims: claimsAbout(c, s.claims)
	}));
	if (c.type !== 'summit' || c.participation.size === 0) return { sources, leftOut };
	const participation: Record<string, Attendance> = {};
	const participationSources: Record<string, number[]> = {};
	for (const [code, attendance] of [...c.participation].sort(([a], [b]) => compareText(a, b))) {
		const stating = sources.flatMap((s, i) => {
			const said: Attendance | undefined = s.claims.attendance?.[code];
			return said ? [{ i, agrees: said === attendance }] : [];
		});
		// The sentence that says what the entry says comes first; one that said otherwise follows.
		stating.sort((a, b) => Number(b.agrees) - Number(a.agrees) || a.i - b.i);
		participation[code] = attendance;
		participationSources[code] = stating.map((x) => x.i);
	}
	return { sources, leftOut, participation, participationSources };
}

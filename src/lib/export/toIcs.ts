/**
 * iCalendar (RFC 5545): one VEVENT per event, all-day (VALUE=DATE) over the span its dates cover,
 * so a month-precision event spans its whole month; DTEND is exclusive. Text is escaped (\\, ;, ,
 * and newlines) and lines are folded at 75 octets of UTF-8 without splitting a character.
 */
import { eventSpan } from '$lib/model/partialDate';
import type { AtlasEvent } from '$lib/model/schema';

export function escapeIcsText(text: string): string {
	return text
		.replaceAll('\\', '\\\\')
		.replaceAll(';', '\\;')
		.replaceAll(',', '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Splits a content line into lines of at most 75 octets, continuations starting with a space. */
export function foldIcsLine(line: string): string {
	const parts: string[] = [];
	let current = '';
	let bytes = 0;
	for (const ch of line) {
		const n = encoder.encode(ch).length;
		// The first line holds 75 octets; each continuation 74 after its leading space.
		const limit = parts.length === 0 ? 75 : 74;
		if (bytes + n > limit) {
			parts.push(current);
			current = '';
			bytes = 0;
		}
		current += ch;
		bytes += n;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

function icsDate(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10).replaceAll('-', '');
}

function icsStamp(ms: number): string {
	return new Date(ms)
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
}

export interface IcsOptions {
	/** DTSTAMP: when the file was made (UTC ms). */
	stamp: number;
	/** The event's permalink. */
	linkOf: (id: string) => string;
	lang: 'ar' | 'en';
}

export function toIcs(events: readonly AtlasEvent[], options: IcsOptions): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//CSTO Atlas//Events//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH'
	];
	for (const e of events) {
		const span = eventSpan(e.date, e.end);
		const link = options.linkOf(e.id);
		const description = [...e.sources.map((s) => s.quote), link].join('\n\n');
		lines.push(
			'BEGIN:VEVENT',
			`UID:${e.id}@csto-atlas`,
			`DTSTAMP:${icsStamp(options.stamp)}`,
			`DTSTART;VALUE=DATE:${icsDate(span.start)}`,
			`DTEND;VALUE=DATE:${icsDate(span.end)}`,
			`SUMMARY;LANGUAGE=${options.lang}:${escapeIcsText(e.title[options.lang])}`,
			`CATEGORIES:${e.type.toUpperCase()}`
		);
		if (e.place) {
			lines.push(`LOCATION;LANGUAGE=${options.lang}:${escapeIcsText(e.place.name[options.lang])}`);
			lines.push(`GEO:${e.place.lat};${e.place.lon}`);
		}
		lines.push(`DESCRIPTION:${escapeIcsText(description)}`, `URL:${link}`, 'END:VEVENT');
	}
	lines.push('END:VCALENDAR');
	return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}

/**
 * Sticky regexes: compiled once at module load, matched only where the scan stands (`at` sets
 * lastIndex first, so one RegExp object can serve every caller).
 */

/** A regex that matches only at lastIndex. */
export const sticky = (src: string) => new RegExp(src, 'y');

/** The match of sticky `re` starting exactly at `pos`, or null. */
export function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
	re.lastIndex = pos;
	return re.exec(text);
}

/** A named group of a match, undefined when it did not take part. */
export function group(m: RegExpExecArray, name: string): string | undefined {
	return m.groups?.[name];
}

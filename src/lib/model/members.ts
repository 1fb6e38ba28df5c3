/** ISO 3166-1 alpha-3 codes of the CSTO's six member states, in the order the app lists them. */
export const MEMBERS = ['ARM', 'BLR', 'KAZ', 'KGZ', 'RUS', 'TJK'] as const;

export type MemberCode = (typeof MEMBERS)[number];

export function isMember(code: string): code is MemberCode {
	return (MEMBERS as readonly string[]).includes(code);
}

import { fold } from '../text/normalize';

/** Weapon systems readers know by name, as Arabic writes them (quotes and hyphens vary). */
const SYSTEMS: { re: RegExp; en: string; ar: string }[] = [
	{ re: /(?:اس|s)\W{0,3}300/u, en: 'S-300', ar: 'إس-300' },
	{ re: /(?:اس|s)\W{0,3}400/u, en: 'S-400', ar: 'إس-400' },
	{ re: /(?:اس|s)\W{0,3}500/u, en: 'S-500', ar: 'إس-500' },
	{ re: /بانتسير|pantsir/u, en: 'Pantsir', ar: 'بانتسير' },
	{ re: /تور\W?م|tor-m/u, en: 'Tor-M', ar: 'تور-إم' }
];

export function namedWeapon(text: string): { en: string; ar: string } | null {
	const folded = fold(text);
	const hit = SYSTEMS.find((s) => s.re.test(folded));
	return hit ? { en: hit.en, ar: hit.ar } : null;
}

/**
 * Bilingual titles from an event's kind, place and countries, so a reader can scan the timeline
 * in either language. Templates are data; names come from the gazetteer.
 */
import type { Bilingual } from '../../model/schema';
import type { Subtype } from '../extract/types';

export interface TitleParts {
	subtype: Subtype;
	/** The place's names, when known. */
	place: Bilingual | null;
	/** Names of the countries involved, main country first. */
	countries: Bilingual[];
	byVideo: boolean;
	/** Troops sent as peacekeepers ("قوات حفظ السلام"). */
	peacekeeping?: boolean;
	/** A named weapon system, e.g. "S-300". */
	weapon?: { en: string; ar: string } | null;
}

const CSTO = { en: 'CSTO', ar: 'منظمة معاهدة الأمن الجماعي' };

function where(p: TitleParts, lang: 'en' | 'ar'): string {
	if (p.place) return lang === 'en' ? ` in ${p.place.en}` : ` في ${p.place.ar}`;
	if (p.byVideo) return lang === 'en' ? ' by video' : ' عبر الفيديو';
	return '';
}

function pair(p: TitleParts, lang: 'en' | 'ar'): string {
	const [a, b] = p.countries;
	if (!a) return '';
	if (!b) return a[lang];
	return lang === 'en' ? `${a.en}–${b.en}` : `${a.ar} و${b.ar}`;
}

export function eventTitle(p: TitleParts): Bilingual {
	const main = p.countries[0];
	const inMain = { en: main ? ` in ${main.en}` : '', ar: main ? ` في ${main.ar}` : '' };
	switch (p.subtype) {
		case 'leaders':
			return { en: `${CSTO.en} summit${where(p, 'en')}`, ar: `قمة ${CSTO.ar}${where(p, 'ar')}` };
		case 'extraordinary':
			return {
				en: `Extraordinary ${CSTO.en} summit${where(p, 'en')}`,
				ar: `قمة استثنائية ل${CSTO.ar}${where(p, 'ar')}`
			};
		case 'ministerial':
			return {
				en: `${CSTO.en} ministerial meeting${where(p, 'en')}`,
				ar: `اجتماع وزاري ل${CSTO.ar}${where(p, 'ar')}`
			};
		case 'border-clash':
			return p.countries.length > 1
				? { en: `${pair(p, 'en')} armed clashes`, ar: `اشتباكات مسلحة بين ${pair(p, 'ar')}` }
				: { en: `Armed clashes${inMain.en}`, ar: `اشتباكات مسلحة${inMain.ar}` };
		case 'unrest':
			return { en: `Unrest${inMain.en}`, ar: `اضطرابات${inMain.ar}` };
		case 'troops':
			return p.peacekeeping
				? {
						en: `Peacekeepers deployed${main ? ` to ${main.en}` : ''}`,
						ar: `نشر قوات حفظ السلام${inMain.ar}`
					}
				: { en: `Troops deployed${main ? ` to ${main.en}` : ''}`, ar: `نشر قوات${inMain.ar}` };
		case 'withdrawal':
			return {
				en: `Troop withdrawal${main ? ` from ${main.en}` : ''}`,
				ar: `انسحاب القوات${main ? ` من ${main.ar}` : ''}`
			};
		case 'exercise':
			return {
				en: `Joint military exercise${p.place ? where(p, 'en') : inMain.en}`,
				ar: `مناورات عسكرية مشتركة${p.place ? where(p, 'ar') : inMain.ar}`
			};
		case 'weapons': {
			const what = p.weapon
				? { en: `${p.weapon.en} systems`, ar: `منظومات ${p.weapon.ar}` }
				: { en: 'Weapons', ar: 'أسلحة' };
			return main
				? { en: `${what.en} delivered to ${main.en}`, ar: `تسليم ${what.ar} إلى ${main.ar}` }
				: { en: `${what.en} delivered`, ar: `تسليم ${what.ar}` };
		}
	}
}

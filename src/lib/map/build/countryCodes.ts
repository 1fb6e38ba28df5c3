// Relative imports only: this folder also runs under tsx and inside vite.config, where $lib does not resolve.
/**
 * The countries the map draws, keyed by the ISO 3166-1 numeric code Natural Earth (world-atlas)
 * uses as feature id. Members come from the model; the rest give the members their surroundings
 * from the Baltic to the Sea of Japan, so no member floats alone in an empty sea.
 */
import { MEMBERS } from '../../model/members';

export type CountryRole = 'member' | 'neighbour';

/** ISO numeric → ISO3, for every country the map draws (and nothing else). */
export const ISO_NUMERIC_TO_ISO3: Readonly<Record<string, string>> = {
	// Members
	'051': 'ARM',
	'112': 'BLR',
	'398': 'KAZ',
	'417': 'KGZ',
	'643': 'RUS',
	'762': 'TJK',
	// Caucasus, Central and South Asia
	'031': 'AZE',
	'268': 'GEO',
	'792': 'TUR',
	'364': 'IRN',
	'004': 'AFG',
	'860': 'UZB',
	'795': 'TKM',
	'586': 'PAK',
	'356': 'IND',
	'524': 'NPL',
	'064': 'BTN',
	'050': 'BGD',
	// East Asia
	'156': 'CHN',
	'496': 'MNG',
	'408': 'PRK',
	'410': 'KOR',
	'392': 'JPN',
	'104': 'MMR',
	'418': 'LAO',
	'704': 'VNM',
	// Europe
	'804': 'UKR',
	'498': 'MDA',
	'642': 'ROU',
	'100': 'BGR',
	'300': 'GRC',
	'616': 'POL',
	'440': 'LTU',
	'428': 'LVA',
	'233': 'EST',
	'246': 'FIN',
	'578': 'NOR',
	'752': 'SWE',
	'276': 'DEU',
	'203': 'CZE',
	'703': 'SVK',
	'348': 'HUN',
	'040': 'AUT',
	'688': 'SRB',
	// Middle East
	'196': 'CYP',
	'760': 'SYR',
	'368': 'IRQ',
	'422': 'LBN',
	'376': 'ISR',
	'400': 'JOR',
	'682': 'SAU',
	'414': 'KWT'
};

export function roleOf(iso3: string): CountryRole {
	return (MEMBERS as readonly string[]).includes(iso3) ? 'member' : 'neighbour';
}

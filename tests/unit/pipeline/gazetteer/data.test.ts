import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { MEMBERS } from '$lib/model/members';
import {
	AMBIGUOUS_NAMES,
	BLOCKERS,
	COUNTRIES,
	ORGS,
	PEOPLE,
	PLACES,
	countryByIso3,
	countryNames,
	createMatcher,
	foldKey,
	gazetteerEntries,
	orgById,
	personById,
	placeById
} from '$lib/pipeline/gazetteer';
import { indexEntries, targetKey } from '$lib/pipeline/gazetteer/indexEntries';

// Natural Earth 1:50m, the geometry the map joins on isoNumeric: the source of truth for codes
// and rough extents, so no bounding box here is typed by hand.
const require = createRequire(import.meta.url);
const topology = JSON.parse(
	readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')
) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const shapes = new Map<string, Feature<Polygon | MultiPolygon>>();
for (const g of topology.objects.countries.geometries) {
	if (g.id === undefined) continue;
	shapes.set(String(g.id), feature(topology, g) as Feature<Polygon | MultiPolygon>);
}

function rings(f: Feature<Polygon | MultiPolygon>): Position[][][] {
	return f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
}

function bbox(f: Feature<Polygon | MultiPolygon>): [number, number, number, number] {
	let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const poly of rings(f))
		for (const ring of poly)
			for (const [x, y] of ring) {
				x0 = Math.min(x0, x!);
				y0 = Math.min(y0, y!);
				x1 = Math.max(x1, x!);
				y1 = Math.max(y1, y!);
			}
	return [x0, y0, x1, y1];
}

/** Even-odd ray casting over every ring; fine for label points well inside a country. */
function contains(
	f: Feature<Polygon | MultiPolygon>,
	[px, py]: readonly [number, number]
): boolean {
	let inside = false;
	for (const poly of rings(f))
		for (const ring of poly)
			for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
				const [xi, yi] = ring[i]! as [number, number];
				const [xj, yj] = ring[j]! as [number, number];
				if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
			}
	return inside;
}

/** Degrees of slack around a country's extent: the 1:50m outline cuts small corners off. */
const MARGIN = 0.25;

const ROLES = new Set([
	'president',
	'prime-minister',
	'foreign-minister',
	'defence-minister',
	'security-council-chair',
	'security-council-secretary',
	'security-service-head',
	'spokesperson',
	'secretary-general',
	'chief-of-staff',
	'commander',
	'deputy-security-council-chair',
	'senate-chair',
	'regional-leader',
	'mediator'
]);
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

describe('countries', () => {
	it('lists exactly the six CSTO members as members', () => {
		expect(COUNTRIES.filter((c) => c.member).map((c) => c.iso3)).toEqual([...MEMBERS]);
	});

	it('has unique ISO3 and numeric codes', () => {
		expect(new Set(COUNTRIES.map((c) => c.iso3)).size).toBe(COUNTRIES.length);
		expect(new Set(COUNTRIES.map((c) => c.isoNumeric)).size).toBe(COUNTRIES.length);
	});

	it.each(COUNTRIES.map((c) => [c.iso3, c] as const))(
		'%s has a 3-digit numeric code that Natural Earth knows and a centroid inside its outline',
		(_, c) => {
			expect(c.iso3).toMatch(/^[A-Z]{3}$/);
			expect(c.isoNumeric).toMatch(/^\d{3}$/);
			const shape = shapes.get(c.isoNumeric);
			expect(shape, `no Natural Earth geometry with id ${c.isoNumeric}`).toBeDefined();
			expect(contains(shape!, c.centroid)).toBe(true);
		}
	);

	it.each(COUNTRIES.filter((c) => c.capital !== null).map((c) => [c.iso3, c.capital!] as const))(
		'%s has a capital (%s) that is a capital place of the same country',
		(iso3, capital) => {
			const place = placeById(capital);
			expect(place?.country).toBe(iso3);
			expect(place?.kind).toBe('capital');
		}
	);

	it('leaves the capital empty only where it is disputed', () => {
		expect(COUNTRIES.filter((c) => c.capital === null).map((c) => c.iso3)).toEqual(['ISR', 'PSE']);
	});

	it('gives every member Arabic adjectives with and without ال', () => {
		for (const c of COUNTRIES.filter((c) => c.member)) {
			expect(c.adjectives.some((a) => a.startsWith('ال'))).toBe(true);
			expect(c.adjectives.some((a) => !a.startsWith('ال'))).toBe(true);
		}
	});
});

describe('places', () => {
	it('has unique ids in kebab case', () => {
		expect(new Set(PLACES.map((p) => p.id)).size).toBe(PLACES.length);
		for (const p of PLACES) expect(p.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});

	it.each(PLACES.map((p) => [p.id, p] as const))(
		'%s lies inside the bounding box of its country',
		(_, p) => {
			const country = countryByIso3(p.country);
			expect(country, `unknown country ${p.country}`).toBeDefined();
			const [x0, y0, x1, y1] = bbox(shapes.get(country!.isoNumeric)!);
			expect(p.lon).toBeGreaterThanOrEqual(x0 - MARGIN);
			expect(p.lon).toBeLessThanOrEqual(x1 + MARGIN);
			expect(p.lat).toBeGreaterThanOrEqual(y0 - MARGIN);
			expect(p.lat).toBeLessThanOrEqual(y1 + MARGIN);
		}
	);

	it('dates a former name with a partial ISO date', () => {
		const astana = placeById('astana')!;
		expect(astana.formerName?.until).toBe('2022-09-17');
		for (const p of PLACES) if (p.formerName) expect(p.formerName.until).toMatch(PARTIAL_DATE);
	});
});

describe('people', () => {
	it('has unique ids', () => {
		expect(new Set(PEOPLE.map((p) => p.id)).size).toBe(PEOPLE.length);
	});

	it.each(PEOPLE.map((p) => [p.id, p] as const))(
		'%s acts for exactly one existing country or organisation, with a known role and term',
		(_, p) => {
			expect((p.country === null) !== (p.org === undefined)).toBe(true);
			if (p.country !== null) expect(countryByIso3(p.country)).toBeDefined();
			if (p.org !== undefined) expect(orgById(p.org)).toBeDefined();
			if (p.nationality !== undefined) expect(countryByIso3(p.nationality)).toBeDefined();
			expect(ROLES.has(p.role)).toBe(true);
			if (p.from !== undefined) expect(p.from).toMatch(PARTIAL_DATE);
			if (p.to !== undefined) expect(p.to).toMatch(PARTIAL_DATE);
			if (p.from !== undefined && p.to !== undefined)
				expect(p.from.slice(0, 7) <= p.to.slice(0, 7)).toBe(true);
		}
	);

	it('includes the leaders and officials the build step relies on', () => {
		const required = [
			'putin',
			'lukashenko',
			'tokayev',
			'sadyr-japarov',
			'akylbek-japarov',
			'rahmon',
			'pashinyan',
			'mirziyoyev',
			'aliyev',
			'lavrov',
			'shoigu',
			'peskov',
			'mirzoyan',
			'papikyan',
			'zas',
			'tasmagambetov',
			'sidorov',
			'serdyukov',
			'makei',
			'khrenin',
			'tileuberdi',
			'muhriddin',
			'kazakbaev',
			'erdogan',
			'zelensky'
		];
		expect(required.filter((id) => personById(id) === undefined)).toEqual([]);
	});

	it('models the CSTO secretaries-general as officials of the CSTO, not of a state', () => {
		for (const id of ['zas', 'tasmagambetov']) {
			const p = personById(id)!;
			expect(p).toMatchObject({ country: null, org: 'csto', role: 'secretary-general' });
		}
		expect(personById('zas')!.to! < personById('tasmagambetov')!.from!).toBe(true);
	});

	it.each(AMBIGUOUS_NAMES.map((a) => [a.id, a] as const))(
		'ambiguous name %s points at two or more people of its own country',
		(_, a) => {
			expect(a.candidates.length).toBeGreaterThanOrEqual(2);
			for (const id of a.candidates) expect(personById(id)?.country).toBe(a.country);
		}
	);

	it('keeps "جاباروف" alone out of both Japarovs\' own spellings', () => {
		const bare = foldKey('جاباروف');
		for (const id of ['sadyr-japarov', 'akylbek-japarov']) {
			const p = personById(id)!;
			expect([p.name.ar, ...p.variants].map(foldKey)).not.toContain(bare);
		}
	});
});

describe('orgs', () => {
	it('has unique ids and existing countries', () => {
		expect(new Set(ORGS.map((o) => o.id)).size).toBe(ORGS.length);
		for (const o of ORGS) if (o.country !== null) expect(countryByIso3(o.country)).toBeDefined();
	});

	it('seats an institution only in a known place of its own country', () => {
		for (const o of ORGS)
			if (o.seat !== undefined) expect(placeById(o.seat)?.country).toBe(o.country);
	});
});

describe('spellings', () => {
	const entries = gazetteerEntries();

	it('all fold to a non-empty key of Arabic letters and single spaces (or a Latin code)', () => {
		const bad = entries
			.map((e) => [e.variant, foldKey(e.variant)] as const)
			.filter(
				([, k]) =>
					!/^[\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a4\u06af]+( [\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a4\u06af]+)*$/.test(
						k
					) && !/^[a-z]+$/.test(k)
			);
		expect(bad).toEqual([]);
	});

	it('are claimed by one entity each, unless listed as an ambiguous name', () => {
		const { conflicts, empty } = indexEntries(entries);
		const report = conflicts.map((c) => `${c.key}: ${c.targets.map(targetKey).join(' vs ')}`);
		expect(report).toEqual([]);
		expect(empty).toEqual([]);
	});

	it('are not listed twice for one entity (after folding)', () => {
		const byEntity = new Map<string, string[]>();
		for (const e of entries) {
			const k = targetKey(e.target) + (e.target === null ? e.variant : '');
			byEntity.set(k, [...(byEntity.get(k) ?? []), foldKey(e.variant)]);
		}
		const dupes: string[] = [];
		for (const [entity, keys] of byEntity) {
			const seen = new Set<string>();
			for (const k of keys) {
				if (seen.has(k)) dupes.push(`${entity}: ${k}`);
				seen.add(k);
			}
		}
		expect(dupes).toEqual([]);
	});

	it('makes the matcher refuse a spelling claimed by two entities', () => {
		const putin = { kind: 'person', id: 'putin', country: 'RUS' } as const;
		const other = { kind: 'person', id: 'someone', country: 'RUS' } as const;
		expect(() =>
			createMatcher([
				{ variant: 'بوتين', target: putin },
				{ variant: 'بوتين', target: other }
			])
		).toThrow(/بوتين/);
		expect(() =>
			createMatcher([
				{ variant: 'إيران', target: { kind: 'country', id: 'IRN', country: 'IRN' } },
				{ variant: 'ايران', target: { kind: 'adjective', id: 'IRN', country: 'IRN' } }
			])
		).toThrow(/ايران/);
	});

	it('lets one entity list a spelling twice and refuses one that folds to nothing', () => {
		const putin = { kind: 'person', id: 'putin', country: 'RUS' } as const;
		expect(
			createMatcher([
				{ variant: 'بوتين', target: putin },
				{ variant: 'بُوتين', target: putin }
			]).keyCount
		).toBe(1);
		expect(() => createMatcher([{ variant: 'ـــ', target: putin }])).toThrow(/nothing/);
	});

	it('blockers are not themselves names of an entity', () => {
		const named = new Set(entries.filter((e) => e.target !== null).map((e) => foldKey(e.variant)));
		expect(BLOCKERS.map(foldKey).filter((k) => named.has(k))).toEqual([]);
	});
});

describe('lookups', () => {
	it('find entities by id and ISO3, case-insensitively for ISO3', () => {
		expect(countryByIso3('arm')?.name.ar).toBe('أرمينيا');
		expect(countryByIso3('XXX')).toBeUndefined();
		expect(placeById('minsk')?.country).toBe('BLR');
		expect(personById('pashinyan')?.role).toBe('prime-minister');
		expect(personById('nobody')).toBeUndefined();
	});

	it('countryNames() maps every country to its names and membership', () => {
		const names = countryNames();
		expect(Object.keys(names)).toEqual(COUNTRIES.map((c) => c.iso3));
		expect(names.KGZ).toEqual({ name: { en: 'Kyrgyzstan', ar: 'قيرغيزستان' }, member: true });
		expect(names.AZE?.member).toBe(false);
		// A copy: callers may not edit the gazetteer through it.
		names.KGZ!.name.ar = 'x';
		expect(countryNames().KGZ!.name.ar).toBe('قيرغيزستان');
	});
});

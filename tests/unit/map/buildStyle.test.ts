import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { buildStyle, LAYERS, SOURCES } from '$lib/map/buildStyle';
import { countryFill } from '$lib/map/countryFill';
import { STATUSES, type Status } from '$lib/model/schema';
import { MEMBER_FILL, NEIGHBOUR_FILL, STATUS_COLORS } from '$lib/ui/statusColors';

const empty = { type: 'FeatureCollection' as const, features: [] };
const style = (armeniaStatus: Status | null = 'active') =>
	buildStyle({ countries: empty, markers: empty, focus: empty, armeniaStatus, attribution: 'NE' });

/** Every string anywhere in a value, with the path that leads to it. */
function* strings(value: unknown, path = '$'): Generator<[string, string]> {
	if (typeof value === 'string') yield [path, value];
	else if (Array.isArray(value))
		for (const [i, v] of value.entries()) yield* strings(v, `${path}[${i}]`);
	else if (value && typeof value === 'object')
		for (const [k, v] of Object.entries(value)) {
			yield [`${path}.${k} (key)`, k];
			yield* strings(v, `${path}.${k}`);
		}
}

function* keys(value: unknown): Generator<string> {
	if (Array.isArray(value)) for (const v of value) yield* keys(v);
	else if (value && typeof value === 'object')
		for (const [k, v] of Object.entries(value)) {
			yield k;
			yield* keys(v);
		}
}

describe('buildStyle', () => {
	it.each([...STATUSES, null])('is a valid MapLibre style with Armenia %s', (status) => {
		expect(validateStyleMin(style(status))).toEqual([]);
	});

	it('names no URL anywhere: no http, no protocol-relative, no mapbox:// or pmtiles://', () => {
		for (const [path, s] of strings(style())) {
			expect(s, path).not.toMatch(/https?:|^\/\/|:\/\//i);
		}
	});

	it.each(['glyphs', 'sprite', 'url', 'tiles'])('has no %s key at any depth', (key) => {
		expect([...keys(style())]).not.toContain(key);
	});

	it('feeds every source inline, never by address', () => {
		for (const source of Object.values(style().sources)) {
			expect(source.type).toBe('geojson');
			expect(typeof (source as { data: unknown }).data).toBe('object');
		}
	});

	it('draws no text or icons: every label is HTML', () => {
		expect(style().layers.filter((l) => l.type === 'symbol')).toEqual([]);
	});

	it('keys country feature-state on ISO3 and clusters the event markers', () => {
		const s = style();
		expect(s.sources[SOURCES.countries]).toMatchObject({ promoteId: 'iso3', attribution: 'NE' });
		expect(s.sources[SOURCES.events]).toMatchObject({ cluster: true });
		expect(s.layers.map((l) => l.id)).toEqual(expect.arrayContaining(Object.values(LAYERS)));
	});

	it('draws markers above the countries', () => {
		const ids = style().layers.map((l) => l.id);
		expect(ids.indexOf(LAYERS.points)).toBeGreaterThan(ids.indexOf(LAYERS.countryFill));
		expect(ids.indexOf(LAYERS.focus)).toBeGreaterThan(ids.indexOf(LAYERS.points));
	});
});

describe('countryFill', () => {
	/** Evaluates the case expression the way MapLibre would for one feature's properties. */
	function fillOf(expression: unknown[], props: { iso3: string; role: string }): string {
		const [, armTest, armColor, memberTest, memberColor, otherColor] = expression as [
			string,
			unknown,
			string,
			unknown,
			string,
			string
		];
		expect(armTest).toEqual(['==', ['get', 'iso3'], 'ARM']);
		expect(memberTest).toEqual(['==', ['get', 'role'], 'member']);
		if (props.iso3 === 'ARM') return armColor;
		return props.role === 'member' ? memberColor : otherColor;
	}

	it.each(STATUSES)('paints Armenia in the %s colour and leaves the others alone', (status) => {
		const e = countryFill(status);
		expect(fillOf(e, { iso3: 'ARM', role: 'member' })).toBe(STATUS_COLORS[status]);
		expect(fillOf(e, { iso3: 'KAZ', role: 'member' })).toBe(MEMBER_FILL);
		expect(fillOf(e, { iso3: 'AZE', role: 'neighbour' })).toBe(NEIGHBOUR_FILL);
	});

	it('paints Armenia as a plain member when no status is known', () => {
		expect(fillOf(countryFill(null), { iso3: 'ARM', role: 'member' })).toBe(MEMBER_FILL);
	});

	it('gives each status its own colour', () => {
		expect(new Set(STATUSES.map((s) => JSON.stringify(countryFill(s)))).size).toBe(STATUSES.length);
	});
});

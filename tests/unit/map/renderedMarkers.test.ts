import { describe, expect, it } from 'vitest';
import { BESIDE_ZOOM, besideOffset } from '$lib/map/besideMarkers';
import { memberLabels } from '$lib/map/memberLabels';
import { renderedMarkers, type RenderedMarker } from '$lib/map/renderedMarkers';
import type { CountryCollection } from '$lib/map/build/buildCountries';

const project = ([lon, lat]: [number, number]) => ({ x: lon * 10, y: -lat * 10 });
const point = (lon: number, lat: number, properties: Record<string, unknown>): RenderedMarker => ({
	geometry: { type: 'Point', coordinates: [lon, lat] },
	properties
});

describe('renderedMarkers', () => {
	it('counts a cluster by its total and a place by its count, and writes no count on one event', () => {
		const { drawn, counts } = renderedMarkers(
			[
				point(1, 1, { cluster_id: 7, total: 1_234 }),
				point(2, 2, { ids: 'a b', count: 2 }),
				point(3, 3, { ids: 'c', count: 1 })
			],
			project,
			2
		);
		expect(counts).toEqual([
			{ key: 'c7', n: 1_234, x: 10, y: -10 },
			{ key: 'pa b', n: 2, x: 20, y: -20 }
		]);
		expect(drawn.map((d) => d.r)).toEqual([19, 12, 6]);
	});

	it('keeps a marker returned once per tile only once', () => {
		const f = point(1, 1, { cluster_id: 3, total: 5 });
		expect(renderedMarkers([f, f, { ...f }], project, 2).counts).toHaveLength(1);
	});

	it('draws a marker beside its small country where the style translates it', () => {
		const zoom = BESIDE_ZOOM - 1;
		const [dx, dy] = besideOffset('ARM', zoom);
		const { drawn } = renderedMarkers([point(4, 4, { ids: 'x', beside: 'ARM' })], project, zoom);
		expect(drawn[0]).toEqual({ x: 40 + dx, y: -40 + dy, r: 6 });
	});

	it('skips what is not a point', () => {
		const line = { geometry: { type: 'LineString', coordinates: [] }, properties: {} };
		expect(renderedMarkers([line], project, 2)).toEqual({ drawn: [], counts: [] });
	});
});

describe('memberLabels', () => {
	it('names the members at their label points and leaves neighbours unnamed', () => {
		const countries = {
			type: 'FeatureCollection',
			features: [
				{ properties: { iso3: 'ARM', role: 'member', label: [45, 40] } },
				{ properties: { iso3: 'TUR', role: 'neighbour', label: [35, 39] } }
			]
		} as unknown as CountryCollection;
		expect(memberLabels(countries, project, (iso3) => `name of ${iso3}`)).toEqual([
			{ key: 'ARM', text: 'name of ARM', x: 450, y: -400 }
		]);
		expect(memberLabels(null, project, String)).toEqual([]);
	});
});

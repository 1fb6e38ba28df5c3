import type {
	CircleLayerSpecification,
	ExpressionSpecification,
	StyleSpecification
} from '@maplibre/maplibre-gl-style-spec';

type CirclePaint = NonNullable<CircleLayerSpecification['paint']>;
import type { FeatureCollection } from 'geojson';
import type { Status } from '$lib/model/schema';
import { SEA_FILL } from '$lib/ui/statusColors';
import { countryFill } from './countryFill';
import { besideTranslate } from './besideMarkers';
import { countRadius } from './countRadius';

/** Source and layer ids, shared by the style, the component and the browser tests. */
export const SOURCES = {
	countries: 'countries',
	events: 'events',
	beside: 'events-beside',
	focus: 'focus'
} as const;
export const LAYERS = {
	sea: 'sea',
	countryFill: 'country-fill',
	countryBorder: 'country-border',
	countryHighlight: 'country-highlight',
	armeniaEdge: 'armenia-edge',
	armeniaNoReport: 'armenia-no-report',
	clusters: 'event-clusters',
	points: 'event-points',
	besidePins: 'event-beside-pins',
	besidePoints: 'event-beside-points',
	focus: 'event-focus',
	focusBeside: 'event-focus-beside'
} as const;

/** The hatching image's name, added by the map component from `hatchImage()`. */
export const NO_REPORT_IMAGE = 'no-report';

/** Markers cluster up to this zoom; the map zooms one step further so every cluster can open. */
export const CLUSTER_MAX_ZOOM = 6;
export const MAX_ZOOM = CLUSTER_MAX_ZOOM + 1;

const INK = '#1d2b4f';
const BORDER = '#ffffff';

export interface StyleInput {
	countries: FeatureCollection;
	markers: FeatureCollection;
	/** Markers drawn beside a small country (besideMarkers.ts), unclustered. */
	beside?: FeatureCollection;
	focus: FeatureCollection;
	armeniaStatus: Status | null;
	/** Shown by the attribution control; plain text, the app links nowhere. */
	attribution: string;
}

const POINT_PAINT = {
	'circle-color': INK,
	'circle-radius': countRadius([
		[1, 5],
		[2, 8],
		[10, 11]
	]),
	'circle-stroke-color': '#ffffff',
	'circle-stroke-width': 1.5,
	'circle-opacity': ['case', ['==', ['get', 'inView'], 1], 0.9, 0.45]
} satisfies CirclePaint;

const FOCUS_PAINT = {
	'circle-radius': ['case', ['==', ['get', 'kind'], 'selected'], 12, 10],
	'circle-color': 'rgba(0,0,0,0)',
	'circle-stroke-color': ['case', ['==', ['get', 'kind'], 'selected'], '#e8a33d', INK],
	'circle-stroke-width': ['case', ['==', ['get', 'kind'], 'selected'], 3.5, 2]
} satisfies CirclePaint;

const selected = (on: number, off: number): ExpressionSpecification => [
	'case',
	['boolean', ['feature-state', 'selected'], false],
	on,
	['boolean', ['feature-state', 'hover'], false],
	(on + off) / 2,
	off
];

/**
 * The whole map style, self-contained: inline GeoJSON sources only, no tiles, no `glyphs` (labels
 * are HTML so the browser shapes Arabic) and no `sprite`, so drawing it asks no server anything.
 */
export function buildStyle(input: StyleInput): StyleSpecification {
	return {
		version: 8,
		sources: {
			[SOURCES.countries]: {
				type: 'geojson',
				data: input.countries as GeoJSON.GeoJSON,
				// feature-state (the filter highlight) needs ids; ISO3 is the natural one.
				promoteId: 'iso3',
				attribution: input.attribution
			},
			[SOURCES.events]: {
				type: 'geojson',
				data: input.markers as GeoJSON.GeoJSON,
				cluster: true,
				clusterRadius: 28,
				clusterMaxZoom: CLUSTER_MAX_ZOOM,
				clusterProperties: {
					total: ['+', ['get', 'count']],
					inView: ['max', ['get', 'inView']]
				}
			},
			[SOURCES.beside]: {
				type: 'geojson',
				data: (input.beside ?? { type: 'FeatureCollection', features: [] }) as GeoJSON.GeoJSON
			},
			[SOURCES.focus]: { type: 'geojson', data: input.focus as GeoJSON.GeoJSON }
		},
		layers: [
			{ id: LAYERS.sea, type: 'background', paint: { 'background-color': SEA_FILL } },
			{
				id: LAYERS.countryFill,
				type: 'fill',
				source: SOURCES.countries,
				paint: { 'fill-color': countryFill(input.armeniaStatus), 'fill-antialias': true }
			},
			{
				id: LAYERS.countryBorder,
				type: 'line',
				source: SOURCES.countries,
				paint: { 'line-color': BORDER, 'line-width': 0.8 }
			},
			{
				id: LAYERS.countryHighlight,
				type: 'line',
				source: SOURCES.countries,
				paint: {
					'line-color': INK,
					'line-width': selected(2.5, 0),
					'line-opacity': selected(1, 0)
				}
			},
			// Hatching over Armenia while no source reports its status; the image is added on load.
			{
				id: LAYERS.armeniaNoReport,
				type: 'fill',
				source: SOURCES.countries,
				filter: ['==', ['get', 'iso3'], 'ARM'],
				layout: { visibility: 'none' },
				paint: { 'fill-pattern': NO_REPORT_IMAGE }
			},
			{
				// Armenia is small and its events sit on it: a wide edge in its status colour keeps
				// the colour visible around the markers.
				id: LAYERS.armeniaEdge,
				type: 'line',
				source: SOURCES.countries,
				filter: ['==', ['get', 'iso3'], 'ARM'],
				paint: { 'line-color': countryFill(input.armeniaStatus), 'line-width': 3 }
			},
			{
				id: LAYERS.clusters,
				type: 'circle',
				source: SOURCES.events,
				filter: ['has', 'point_count'],
				paint: {
					'circle-color': INK,
					'circle-radius': countRadius([
						[2, 9],
						[10, 11],
						[50, 14]
					]),
					'circle-stroke-color': '#ffffff',
					'circle-stroke-width': 2,
					'circle-opacity': ['case', ['==', ['get', 'inView'], 1], 0.9, 0.45]
				}
			},
			{
				id: LAYERS.points,
				type: 'circle',
				source: SOURCES.events,
				filter: ['!', ['has', 'point_count']],
				paint: POINT_PAINT
			},
			// Where a marker beside a small country really is: a pin that hides next to nothing.
			{
				id: LAYERS.besidePins,
				type: 'circle',
				source: SOURCES.beside,
				paint: {
					'circle-color': INK,
					'circle-radius': 2,
					'circle-stroke-color': '#ffffff',
					'circle-stroke-width': 1
				}
			},
			{
				id: LAYERS.besidePoints,
				type: 'circle',
				source: SOURCES.beside,
				paint: { ...POINT_PAINT, 'circle-translate': besideTranslate('ARM') }
			},
			{
				id: LAYERS.focus,
				type: 'circle',
				source: SOURCES.focus,
				filter: ['!', ['has', 'beside']],
				paint: FOCUS_PAINT
			},
			{
				id: LAYERS.focusBeside,
				type: 'circle',
				source: SOURCES.focus,
				filter: ['has', 'beside'],
				paint: { ...FOCUS_PAINT, 'circle-translate': besideTranslate('ARM') }
			}
		]
	};
}

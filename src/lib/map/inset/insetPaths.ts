/**
 * SVG paths for a small inset map: each country's rings projected (Web Mercator, like the main
 * map) into a box of the given size framed on `bounds` ([west, south, east, north]). Pure, so the
 * inset draws with no second WebGL context and the test can check the geometry.
 */
export type Bounds = readonly [west: number, south: number, east: number, north: number];

export interface InsetFeature {
	iso3: string;
	role: string;
	rings: readonly (readonly (readonly number[])[])[];
}

export interface InsetPath {
	iso3: string;
	role: string;
	d: string;
}

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** Projects lon/lat into the box; north up, west on the left (the overlay is never mirrored). */
export function insetProjection(bounds: Bounds, width: number, height: number) {
	const [west, south, east, north] = bounds;
	const top = mercatorY(north);
	const bottom = mercatorY(south);
	const sx = width / (east - west);
	const sy = height / (top - bottom);
	return (lon: number, lat: number): [number, number] => [
		(lon - west) * sx,
		(top - mercatorY(lat)) * sy
	];
}

function overlaps(rings: InsetFeature['rings'], [west, south, east, north]: Bounds): boolean {
	return rings.some((ring) =>
		ring.some(([lon = 0, lat = 0]) => lon >= west && lon <= east && lat >= south && lat <= north)
	);
}

export function insetPaths(
	features: readonly InsetFeature[],
	bounds: Bounds,
	width: number,
	height: number
): InsetPath[] {
	const project = insetProjection(bounds, width, height);
	const out: InsetPath[] = [];
	for (const f of features) {
		if (!overlaps(f.rings, bounds)) continue;
		const d = f.rings
			.map(
				(ring) =>
					'M' +
					ring
						.map(([lon = 0, lat = 0]) =>
							project(lon, lat)
								.map((n) => n.toFixed(1))
								.join(' ')
						)
						.join('L') +
					'Z'
			)
			.join('');
		out.push({ iso3: f.iso3, role: f.role, d });
	}
	return out;
}

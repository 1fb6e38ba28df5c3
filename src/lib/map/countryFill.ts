import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Status } from '$lib/model/schema';
import { MEMBER_FILL, NEIGHBOUR_FILL, STATUS_COLORS } from '$lib/ui/statusColors';

/**
 * The country layer's fill colour: Armenia in the colour of its status at the focus date (the
 * timeline's palette), other members in the member fill, neighbours muted. With no status known
 * (before the first period) Armenia is drawn like any member rather than guessed at.
 */
export function countryFill(armeniaStatus: Status | null): ExpressionSpecification {
	return [
		'case',
		['==', ['get', 'iso3'], 'ARM'],
		armeniaStatus ? STATUS_COLORS[armeniaStatus] : MEMBER_FILL,
		['==', ['get', 'role'], 'member'],
		MEMBER_FILL,
		NEIGHBOUR_FILL
	];
}

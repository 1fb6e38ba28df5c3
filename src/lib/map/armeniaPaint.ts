import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Status } from '$lib/model/schema';
import { countryFill } from './countryFill';

/** What Armenia's status sets on the map: the fill, its wide edge, and the hatching's visibility. */
export interface ArmeniaPaint {
	fill: ExpressionSpecification;
	edge: ExpressionSpecification;
	noReport: 'visible' | 'none';
}

/** Armenia in its status colour (fill and edge alike); hatched while no source reports it. */
export function armeniaPaint(status: Status | null): ArmeniaPaint {
	return {
		fill: countryFill(status),
		edge: countryFill(status),
		noReport: status ? 'none' : 'visible'
	};
}

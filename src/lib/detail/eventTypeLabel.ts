import type { EventType } from '$lib/model/schema';
import type { Precision } from '$lib/model/partialDate';
import { m } from '$lib/paraglide/messages';

/** The singular name of an event's type, as the detail heads it. */
export function eventTypeLabel(type: EventType): string {
	return type === 'summit'
		? m.detail_type_summit()
		: type === 'clash'
			? m.detail_type_clash()
			: m.detail_type_deployment();
}

/** How precisely the sources date an event, said in words beside the date. */
export function precisionLabel(precision: Precision): string {
	return precision === 'day'
		? m.detail_precision_day()
		: precision === 'month'
			? m.detail_precision_month()
			: m.detail_precision_year();
}

import type { EventType } from '$lib/model/schema';
import { m } from '$lib/paraglide/messages';

/** The plural name of a type, as its filter toggle says it. */
export function typeFilterLabel(type: EventType): string {
	return type === 'summit'
		? m.app_type_summit()
		: type === 'clash'
			? m.app_type_clash()
			: m.app_type_deployment();
}

import type { EventType } from '$lib/model/schema';
import { m } from '$lib/paraglide/messages';

export function typeLabel(type: EventType): string {
	return type === 'summit'
		? m.timeline_type_summit()
		: type === 'clash'
			? m.timeline_type_clash()
			: m.timeline_type_deployment();
}

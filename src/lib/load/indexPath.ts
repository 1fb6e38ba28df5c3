import { indexFileOf } from '$lib/model/setPaths';

/** Where the explorer finds the event set's index (beside /data/events.json, see setPaths.ts). */
export const INDEX_PATH = `/data/${indexFileOf('events.json')}`;

/** A path under the data folder (`sets/<generation>/details/….json`) as a site path. */
export function dataPath(path: string): string {
	return `/data/${path}`;
}

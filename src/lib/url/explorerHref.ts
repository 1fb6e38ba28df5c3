/** The explorer's link for a serialised view: `/` alone for the default view. */
export function explorerHref(search: string): string {
	return search === '' ? '/' : `/?${search}`;
}

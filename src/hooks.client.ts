import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { memoByHref } from '$lib/i18n/memoByHref';

// The page's language comes from its address alone (paraglideOptions: url, then the base
// language), so it is read once per address, not once per message.
overwriteGetLocale(memoByHref(getLocale, () => window.location.href));

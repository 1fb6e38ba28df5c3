import { fold } from '../text/normalize';

/**
 * Folds a gazetteer spelling into a matcher key: the normaliser's fold, then every run of spaces
 * or hyphens becomes one space, because the matcher treats such runs in the text as one gap
 * ("قاسم-جومارت" and "قاسم  جومارت" are the same name).
 */
export function foldKey(variant: string): string {
	return fold(variant)
		.replace(/[\s\-_]+/g, ' ')
		.trim();
}

import type { Quote } from '../../model/schema';
import type { ArticleContext } from './context';
import type { Sentence } from './types';

/** The citation of a sentence: raw offsets and the exact raw text between them. */
export function sourceOf(ctx: ArticleContext, s: Sentence): Quote {
	return {
		article: ctx.articleId,
		start: s.rawStart,
		end: s.rawEnd,
		quote: ctx.text.slice(s.rawStart, s.rawEnd)
	};
}

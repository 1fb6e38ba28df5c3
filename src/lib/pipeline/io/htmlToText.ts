/**
 * An HTML page to its article's text. The page is parsed by a real HTML parser (linkedom, on
 * htmlparser2), so entities are decoded as the HTML standard says: numeric references past
 * U+10FFFF or to a surrogate become U+FFFD instead of throwing or leaving half a pair. The main
 * text is chosen by Readability (Firefox's reader view), which drops menus, teasers and cookie
 * banners; a page too small for it to judge keeps its whole body.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'HEAD']);
const BLOCK =
	/^(P|DIV|H[1-6]|LI|UL|OL|TR|TABLE|ARTICLE|SECTION|HEADER|FOOTER|BLOCKQUOTE|PRE|FIGURE|FIGCAPTION|MAIN|ASIDE|NAV|DL|DT|DD|BR|HR|TITLE)$/;

interface DomNode {
	nodeType: number;
	nodeName: string;
	textContent: string | null;
	childNodes: ArrayLike<DomNode>;
}

/** Text of a tree with a line break around every block, as a reader sees the paragraphs. */
function textOf(node: DomNode, out: string[]): void {
	if (node.nodeType === 3) {
		out.push(node.textContent ?? '');
		return;
	}
	if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
	const name = node.nodeName.toUpperCase();
	if (SKIP.has(name)) return;
	const block = BLOCK.test(name);
	if (block) out.push('\n');
	for (let i = 0; i < node.childNodes.length; i++) textOf(node.childNodes[i]!, out);
	if (block) out.push('\n');
}

function tidy(text: string): string {
	return text
		.replace(/[ \t\f\v\r\u00a0]+/g, ' ')
		.replace(/ *\n[ \n]*/g, '\n')
		.trim();
}

function bodyText(html: string): string {
	const { document } = parseHTML(html);
	const out: string[] = [];
	textOf((document.body ?? document.documentElement) as unknown as DomNode, out);
	return tidy(out.join(''));
}

/** A fragment or a page: linkedom needs a whole document to give it a body. */
function asDocument(html: string): string {
	return /<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
}

export function htmlToText(html: string): string {
	const page = asDocument(html);
	const whole = bodyText(page);
	let article: { title?: string | null; content?: string | null } | null = null;
	try {
		const { document } = parseHTML(page);
		article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
	} catch {
		article = null;
	}
	const main = article?.content ? bodyText(asDocument(article.content)) : '';
	// Readability gives up on short pages or keeps only a sliver of them: then the whole body.
	if (main.length < Math.min(200, whole.length / 2)) return whole;
	const title = tidy(article?.title ?? '');
	return title && !main.startsWith(title) ? `${title}\n${main}` : main;
}

/**
 * Reads an HTML page (linkedom) into blocks and metadata. Pages that are truncated, have no
 * <html> or <body>, or are not HTML at all give what can be read and an issue, never a crash.
 */
import type { Issue } from "../model/schema.js";
import { agenciesIn } from "./agencies.js";
import type { Block } from "./block.js";
import { cleanBlocks } from "./clean-blocks.js";
import type { PageHints } from "./extract-article.js";
import { bodyBlocks, goodBodyBlocks, PASSES } from "./html-blocks.js";
import { readHtmlMeta } from "./html-meta.js";
import { parseTree } from "./html-tree.js";
import { outletFromUrl, sameOutlet, splitTitleSuffix } from "./outlet.js";
import { fold } from "./fold.js";

/**
 * Pages above this size are refused: news pages are well under 1 MB of HTML, and the tree of a
 * bigger one holds several times its size in memory.
 */
export const MAX_HTML_CHARS = 5_000_000;
/** A pass whose cleaned body is shorter than this found a teaser or a box: the next pass tries. */
const MIN_BODY_TEXT = 250;

/** Reads an HTML page. */
export function readHtmlPage(html: string): PageHints {
  const issues: Issue[] = [];
  const hints: PageHints = {
    blocks: [],
    title: null,
    titleSite: null,
    published: null,
    url: null,
    outlet: null,
    byline: [],
    agencies: [],
    outletCues: [],
    language: null,
    issues,
  };
  if (html.length > MAX_HTML_CHARS) {
    issues.push({
      code: "html-too-large",
      stage: "extract",
      message: `the HTML page has ${html.length} characters, over the limit of ${MAX_HTML_CHARS}; not read`,
    });
    return hints;
  }
  try {
    const tree = parseTree(html);
    const meta = readHtmlMeta(tree);
    const outlet = meta.outlet ?? (meta.url ? outletFromUrl(meta.url) : null);
    if (meta.title) {
      const split = splitTitleSuffix(meta.title, outlet);
      hints.title = split.title;
      hints.titleSite = split.site ?? (meta.pageTitle ? splitTitleSuffix(meta.pageTitle, outlet).site : null);
    }
    Object.assign(hints, {
      published: meta.published,
      url: meta.url,
      outlet: meta.outlet,
      byline: meta.byline,
      language: meta.language,
    });
    hints.agencies = meta.byline.flatMap((b) => agenciesIn(b));
    if (!tree.hasBody && !tree.body.kids.length) {
      issues.push({ code: "no-body", stage: "extract", message: "the HTML page has no body" });
      return hints;
    }
    // The headline repeated at the top of the body is the title, not a paragraph.
    const title = hints.title ? fold(hints.title) : null;
    const withoutTitle = (blocks: Block[]) =>
      blocks.filter(
        (b, i) => !(i < 3 && b.kind === "heading" && title && (fold(b.text) === title || sameHeadline(b.text, title))),
      );
    let best: Block[] = [];
    let bestChars = -1;
    for (const opts of PASSES) {
      const blocks = withoutTitle(bodyBlocks(tree.body, opts));
      const chars = bodyChars(blocks);
      if (chars > bestChars) [best, bestChars] = [blocks, chars];
      if (chars >= MIN_BODY_TEXT) break;
    }
    if (bestChars < MIN_BODY_TEXT) {
      const blocks = withoutTitle(goodBodyBlocks(tree.body));
      const chars = bodyChars(blocks);
      if (chars > bestChars) [best, bestChars] = [blocks, chars];
    }
    // A title that is only the site's name ("Harbour Notes" on every page of a blog): the first
    // heading of the body names the article.
    if (hints.title && isSiteName(hints.title, meta.outlet, meta.url)) {
      const at = best.findIndex((b, i) => i < 3 && b.kind === "heading" && b.text.length <= MAX_HEADING_TITLE);
      if (at >= 0) {
        hints.title = best[at]!.text;
        best = best.filter((_, i) => i !== at);
      }
    }
    hints.blocks = best;
    if (hints.outlet && hints.titleSite && sameOutlet(hints.outlet, hints.titleSite)) hints.titleSite = null;
  } catch (err) {
    issues.push({
      code: "html-unreadable",
      stage: "extract",
      message: `the HTML could not be read: ${(err as Error).message}`,
    });
  }
  return hints;
}

/** A body heading longer than this is a paragraph set in bold, not a headline. */
const MAX_HEADING_TITLE = 200;
const letters = (s: string) => fold(s).replace(/[^\p{L}\p{N}]+/gu, "");

/** The title names the site: its outlet name, or its address's name ("harbournotes" of harbournotes.example). */
function isSiteName(title: string, outlet: string | null, url: string | null): boolean {
  const t = letters(title);
  if (!t) return false;
  if (outlet && letters(outlet) === t) return true;
  const host = url ? /^https?:\/\/(?:www\.)?([^/:]+)/i.exec(url)?.[1] : undefined;
  return !!host && host.split(".").some((part) => letters(part) === t);
}

/** Characters of body the cleaning rules would keep. */
function bodyChars(blocks: Block[]): number {
  let n = 0;
  for (const b of cleanBlocks(blocks, { agencies: [], byline: [], outletCues: [], dates: [] })) n += b.text.length;
  return n;
}

const sameHeadline = (heading: string, title: string) => {
  const h = fold(heading);
  return h.length > 20 && (title.startsWith(h) || h.startsWith(title));
};

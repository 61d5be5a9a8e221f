/**
 * Reads an HTML page (linkedom) into blocks and metadata. Pages that are truncated, have no
 * <html> or <body>, or are not HTML at all give what can be read and an issue, never a crash.
 */
import { parseHTML } from "linkedom";
import type { Issue } from "../model/schema.js";
import { agenciesIn } from "./agencies.js";
import type { PageHints } from "./extract-article.js";
import { findBodyRoot, readBlocks, removeNoise } from "./html-body.js";
import { readHtmlMeta } from "./html-meta.js";
import { outletFromUrl, sameOutlet, splitTitleSuffix } from "./outlet.js";
import { fold } from "./fold.js";

const HAS_HTML_RE = /<html[\s>]/i;
const LD_JSON_RE = /<script\b[^>]*application\/ld\+json[^>]*>([\s\S]*?)<\/script\s*>/gi;
/**
 * Parsing is most of the cost of a page, and scripts, styles and inline SVG are half its bytes:
 * they go before parsing (JSON-LD is read out first).
 */
const NEVER_TEXT_RE = /<(script|style|svg|noscript|template|iframe)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;

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
  try {
    // linkedom needs a document element; a fragment is given one.
    const ld = [...html.matchAll(LD_JSON_RE)].map((m) => m[1]!);
    const slim = html.replace(NEVER_TEXT_RE, "");
    const source = HAS_HTML_RE.test(slim) ? slim : `<!DOCTYPE html><html><head></head><body>${slim}</body></html>`;
    const { document } = parseHTML(source);
    const meta = readHtmlMeta(document, ld);
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
    const body = document.body ?? document.documentElement;
    if (!body) {
      issues.push({ code: "no-body", stage: "extract", message: "the HTML page has no body" });
      return hints;
    }
    removeNoise(body);
    const blocks = readBlocks(findBodyRoot(body));
    // The headline repeated at the top of the body is the title, not a paragraph.
    const title = hints.title ? fold(hints.title) : null;
    hints.blocks = blocks.filter(
      (b, i) => !(i < 3 && b.kind === "heading" && title && (fold(b.text) === title || sameHeadline(b.text, title))),
    );
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

const sameHeadline = (heading: string, title: string) => {
  const h = fold(heading);
  return h.length > 20 && (title.startsWith(h) || h.startsWith(title));
};

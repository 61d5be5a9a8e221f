/**
 * Reads an HTML page (linkedom) into blocks and metadata. Pages that are truncated, have no
 * <html> or <body>, or are not HTML at all give what can be read and an issue, never a crash.
 */
import type { Issue } from "../model/schema.js";
import { agenciesIn } from "./agencies.js";
import type { Block } from "./block.js";
import { cleanBlocks, type Findings } from "./clean-blocks.js";
import type { PageHints } from "./extract-article.js";
import { bodyBlocks, goodBodyBlocks, PASSES } from "./html-blocks.js";
import { readHtmlMeta } from "./html-meta.js";
import { parseTree } from "./html-tree.js";
import { outletFromUrl, sameOutlet, splitTitleSuffix } from "./outlet.js";
import { fold } from "./fold.js";
import { findDate } from "./dates.js";
import { dataLines } from "../data/data-files.js";

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
      // A heading shown on the page is all headline ("Garden · Winter notes") unless what follows
      // its separator names the site.
      let split = splitTitleSuffix(meta.title, outlet);
      if (meta.titleShown && split.site && !namesSite(split.site, outlet, meta.url))
        split = { title: meta.title, site: null };
      hints.title = withoutSitePrefix(withoutDate(split.title), outlet, meta.url);
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
    let best: Block[] = [];
    let bestClean: Cleaned | null = null;
    let bestChars = -1;
    for (const opts of PASSES) {
      const blocks = withoutTitle(bodyBlocks(tree.body, opts), title);
      const clean = cleaned(blocks);
      if (clean.chars > bestChars) [best, bestClean, bestChars] = [blocks, clean, clean.chars];
      if (clean.chars >= MIN_BODY_TEXT) break;
    }
    if (bestChars < MIN_BODY_TEXT) {
      const blocks = withoutTitle(goodBodyBlocks(tree.body), title);
      const clean = cleaned(blocks);
      if (clean.chars > bestChars) [best, bestClean, bestChars] = [blocks, clean, clean.chars];
    }
    // A title that is only the site's name ("Harbour Notes" on every page of a blog): the first
    // heading of the body names the article.
    if (hints.title && isSiteName(hints.title, meta.outlet, meta.url)) {
      const at = best.findIndex((b, i) => i < 3 && b.kind === "heading" && b.text.length <= MAX_HEADING_TITLE);
      if (at >= 0) {
        hints.title = best[at]!.text;
        best = best.filter((_, i) => i !== at);
        // The blocks changed: the caller cleans them itself.
        bestClean = null;
      }
    }
    if (bestClean) hints.cleaned = { blocks: bestClean.blocks, found: bestClean.found };
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

/** Separators between a title and a date or a site name set before or after it. */
const EDGE_SEPARATOR_RE = /^[\s\-–—|:·•»«/]+|[\s\-–—|:·•»«/]+$/g;
/** A title shorter than this once a date or a site name is taken off keeps it: it was the title. */
const MIN_TRIMMED_TITLE = 12;

/** Words that make a closing date part of a title's wording ("Minutes of the meeting of 10 October 2019"). */
const DATE_PREPOSITIONS = new Set(dataLines("extract/date-prepositions.txt").map((w) => w.toLowerCase()));

/**
 * Whether the text before a date that closes a title leaves the date an addition: it ends in a
 * separator or a word, not in a comma or a preposition ("Results, Orvik run, 19.5.2007").
 */
function dateIsAddition(before: string): boolean {
  if (/\s[-–—|·•:]\s*$/.test(before)) return true;
  const m = /([\p{L}\p{N}'’-]+)\s+$/u.exec(before);
  return !!m && !DATE_PREPOSITIONS.has(m[1]!.toLowerCase());
}

/** Whether a title's suffix names the site: its outlet name, or a word of its address ("HVW-Verband" on hvw-online.org). */
function namesSite(suffix: string, outlet: string | null, url: string | null): boolean {
  const s = letters(suffix);
  if (outlet && letters(outlet).length >= 3 && s.includes(letters(outlet))) return true;
  const host = url ? /^https?:\/\/(?:www\d?\.)?([^/:]+)/i.exec(url)?.[1] : undefined;
  const label = host?.split(".").slice(-2, -1)[0] ?? "";
  return label.split("-").some((w) => w.length >= 3 && s.includes(letters(w)));
}

/** A title less a full date set at its start or end ("23.01.2022 - Match report", "Report 02.02.2022"). */
export function withoutDate(title: string): string {
  const d = findDate(title);
  if (!d || !/\d{4}/.test(title.slice(d.index, d.index + d.length))) return title;
  let rest: string | null = null;
  if (d.index === 0) rest = title.slice(d.length);
  else if (/^\W*$/.test(title.slice(d.index + d.length)) && dateIsAddition(title.slice(0, d.index)))
    rest = title.slice(0, d.index);
  if (rest === null) return title;
  rest = rest.replace(EDGE_SEPARATOR_RE, "");
  return rest.length >= MIN_TRIMMED_TITLE ? rest : title;
}

const PREFIX_RE = /^([\p{L}\d].{1,39}?)\s*(?:\s[-–—|·•»:]|\/\/)[\s»]*/u;

/** A title less the site's name set before it ("BMAS - New rules", "example.org // » A post"). */
export function withoutSitePrefix(title: string, outlet: string | null, url: string | null): string {
  const m = PREFIX_RE.exec(title);
  if (!m) return title;
  const prefix = m[1]!.trim();
  const host = url ? /^https?:\/\/(?:www\d?\.)?([^/:]+)/i.exec(url)?.[1] : undefined;
  const names = [outlet, host, host?.split(".").slice(-2, -1)[0]].filter((x): x is string => !!x);
  const site = names.some(
    (n) => letters(n) === letters(prefix) || letters(n.replace(/\.[a-z]{2,4}$/i, "")) === letters(prefix),
  );
  const rest = title.slice(m[0].length).trim();
  return site && rest.length >= MIN_TRIMMED_TITLE ? rest : title;
}

/** A body heading longer than this is a paragraph set in bold, not a headline. */
const MAX_HEADING_TITLE = 200;
const NOT_LETTERS_RE = /[^\p{L}\p{N}]+/gu;
const letters = (s: string) => fold(s).replace(NOT_LETTERS_RE, "");

/** The title names the site: its outlet name, or its address's name ("harbournotes" of harbournotes.example). */
function isSiteName(title: string, outlet: string | null, url: string | null): boolean {
  const t = letters(title);
  if (!t) return false;
  if (outlet && letters(outlet) === t) return true;
  const host = url ? /^https?:\/\/(?:www\.)?([^/:]+)/i.exec(url)?.[1] : undefined;
  return !!host && host.split(".").some((part) => letters(part) === t);
}

/** The cleaned blocks of one pass, what the cleaning found, and the characters it kept. */
interface Cleaned {
  blocks: Block[];
  found: Findings;
  chars: number;
}

/** Cleans a pass's blocks once: its kept characters choose the pass, and the best pass's result is reused. */
function cleaned(blocks: Block[]): Cleaned {
  const found: Findings = { agencies: [], byline: [], outletCues: [], dates: [] };
  const kept = cleanBlocks(blocks, found);
  let chars = 0;
  for (const b of kept) chars += b.text.length;
  return { blocks: kept, found, chars };
}

/** The blocks less the headline repeated among the first three (`title` folded). */
function withoutTitle(blocks: Block[], title: string | null): Block[] {
  return blocks.filter(
    (b, i) => !(i < 3 && b.kind === "heading" && title && (fold(b.text) === title || sameHeadline(b.text, title))),
  );
}

const sameHeadline = (heading: string, title: string) => {
  const h = fold(heading);
  // A heading that sets a kicker before the headline ("Climate Drilling on") ends with the title.
  return h.length > 20 && (title.startsWith(h) || h.startsWith(title) || (title.length > 20 && h.endsWith(title)));
};

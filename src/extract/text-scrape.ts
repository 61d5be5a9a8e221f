/**
 * Reads a plain-text (often markdown) scrape into blocks plus what its head says: title, date,
 * byline, and the "Original url:" line some scrapers append.
 */
import { block, type Block } from "./block.js";
import { agenciesIn, creditLineAgencies, parseByline } from "./agencies.js";
import { isCutLine, isKeywordLine, isMarkerLine, isStrongBoilerplate, isTagLine, endsSentence } from "./boilerplate.js";
import { isCreditOnly } from "./captions.js";
import { dateLine, slashOrderIn, type SlashOrder } from "./dates.js";
import { decodeEntities } from "./entities.js";
import { type MarkdownLine, stripMarkdown } from "./markdown.js";
import { outletFromCue, splitTitleSuffix } from "./outlet.js";
import { fold } from "./fold.js";
import { anchoredTable, mayOpenWith } from "./openings.js";

/** What the head of a text scrape gives, besides its blocks. */
export interface TextScrape {
  blocks: Block[];
  title: string | null;
  /** The site name a "Title | Site" line carried. */
  titleSite: string | null;
  /** Whether the title came from a plain line (which may yet turn out to be a masthead). */
  titleFromLine?: boolean;
  published: string | null;
  url: string | null;
  byline: string[];
  agencies: string[];
  outletCues: string[];
}

/** A title is a line of a few words, no longer than this. */
const MAX_TITLE_CHARS = 250;

const URL_LABEL_RE = /^(?:original url|original link|source url|canonical url|url|link|source)\s*:\s*(\S*)\s*$/i;
/** How a URL label opens: every line is asked, and most open otherwise. */
const URL_LABEL_OPENS = anchoredTable(URL_LABEL_RE.source, URL_LABEL_RE.flags);
const URL_RE = /^(?:https?:\/\/|www\.)\S+$/i;
const BREADCRUMB_RE = /\S\s+[>›»/]\s+\S.*\s+[>›»/]\s+\S/;
/** A separator between a masthead and its tagline: "Caucasus Observer — News from the region". */
const TAGLINE_SEP_RE = /\s+[—–|:-]\s+/;
/** A masthead written in capitals is a few words long: longer capital lines are shouted headlines. */
const MAX_MASTHEAD_WORDS = 5;
const INVISIBLE_RE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** Splits a scrape into blocks, taking its title, date, byline and URL out of the head. */
export function readTextScrape(body: string): TextScrape {
  const out: TextScrape = {
    blocks: [],
    title: null,
    titleSite: null,
    published: null,
    url: null,
    byline: [],
    agencies: [],
    outletCues: [],
  };
  // Whole-text replacements run once rather than per line; each line's markdown is stripped
  // once (lazily) and shared by the site-label search, the URL look-ahead and the main loop.
  const lines = new ScrapeLines(spacesAsSpaces(unixBreaks(decodeEntities(body.replace(INVISIBLE_RE, "")))).split("\n"));
  const site = siteLabel(lines);
  // "03/04/2022" in the head is read the way the scrape's unambiguous slashed dates are written.
  const order = body.includes("/") ? slashOrderIn(body) : null;
  let gap = true;
  let inHead = true;
  for (let i = 0; i < lines.length; i++) {
    const md = lines.stripped(i);
    const s = md.text;
    if (!s) {
      gap = true;
      continue;
    }
    const label = mayOpenWith(URL_LABEL_OPENS, s) ? URL_LABEL_RE.exec(s) : null;
    if (label && (label[1] || nextUrl(lines, i))) {
      const url = label[1] || nextUrl(lines, i)!.url;
      if (!label[1]) i = nextUrl(lines, i)!.index;
      if (URL_RE.test(url)) out.url ??= url;
      continue;
    }
    if (inHead && headLine(s, md.heading, out, site, order)) {
      gap = false;
      continue;
    }
    inHead = false;
    out.blocks.push(
      block(s, md.heading ? "heading" : "p", { gap, linkChars: md.linkChars, trailingLink: md.trailingLink }),
    );
    gap = false;
  }
  return out;
}

/** Line breaks as "\n" (a plain search first: most scrapes have no "\r"). */
const unixBreaks = (s: string) => (s.includes("\r") ? s.replace(/\r\n?/g, "\n") : s);
/** No-break spaces and tabs as spaces. */
const spacesAsSpaces = (s: string) => (s.includes("\t") || s.includes("\u00a0") ? s.replace(/[\u00a0\t]/g, " ") : s);

/** The raw lines of a scrape, each stripped of markdown on first use. */
class ScrapeLines {
  private readonly md: (MarkdownLine | undefined)[];
  constructor(readonly raw: readonly string[]) {
    this.md = new Array<MarkdownLine | undefined>(raw.length);
  }
  get length(): number {
    return this.raw.length;
  }
  stripped(i: number): MarkdownLine {
    return (this.md[i] ??= stripMarkdown(this.raw[i]!));
  }
}

function nextUrl(lines: ScrapeLines, i: number): { url: string; index: number } | null {
  for (let j = i + 1; j < lines.length && j <= i + 3; j++) {
    const t = lines.stripped(j).text;
    if (!t) continue;
    return URL_RE.test(t) ? { url: t, index: j } : null;
  }
  return null;
}

/**
 * Whether a line of the head (before the first paragraph) is taken out of the body: the title
 * and its repeats, date lines, bylines, furniture, keyword lines, a bare credit.
 */
function headLine(
  s: string,
  heading: boolean,
  out: TextScrape,
  site: string | null,
  order: SlashOrder | null,
): boolean {
  const cue = outletFromCue(s);
  if (cue) out.outletCues.push(cue);
  if (isNavigation(s)) {
    // A menu or breadcrumb right under the first line shows that line was the site's masthead.
    if (out.title !== null && out.titleFromLine && !out.published && !out.byline.length) {
      out.outletCues.push(mastheadName(out.title));
      out.title = null;
      out.titleSite = null;
    }
    return true;
  }
  if (isMarkerLine(s) || isStrongBoilerplate(s) || isCutLine(s) || URL_RE.test(s)) return true;
  if (out.title === null && !heading && isMasthead(s, site)) {
    out.outletCues.push(mastheadName(s));
    return true;
  }
  const date = dateLine(s, order);
  if (date) {
    out.published ??= date.iso;
    return true;
  }
  const names = parseByline(s) ?? bylineWithDate(s, out, order);
  if (names) {
    out.byline.push(...names);
    for (const n of names) out.agencies.push(...(agenciesIn(n).length ? agenciesIn(n) : (creditLineAgencies(n) ?? [])));
    return true;
  }
  const credited = creditLineAgencies(s);
  if (credited) {
    // A wire credit under the headline ("Northwind Press Agency", "AFP") says whose copy this is.
    out.agencies.push(...credited);
    return true;
  }
  if (out.title !== null) {
    // The page repeats its title, often once with the site suffix and once without.
    const title = foldTitle(out.title);
    const t = fold(s);
    if (t === title) return true;
    const bare = splitTitleSuffix(s).title;
    if (bare !== s && fold(bare) === title) return true;
    return isTagLine(s) || isKeywordLine(s) || isCreditOnly(s);
  }
  if (isTitleLike(s, heading)) {
    const split = splitTitleSuffix(s);
    out.title = split.title;
    out.titleSite = split.site;
    out.titleFromLine = !heading;
    return true;
  }
  return isTagLine(s) || isKeywordLine(s);
}

/** The folded title, kept for the next line: every line of the head after the title is compared with it. */
let lastTitle = "";
let lastTitleFolded = "";
function foldTitle(title: string): string {
  if (title !== lastTitle) [lastTitle, lastTitleFolded] = [title, fold(title)];
  return lastTitleFolded;
}

/** "By Jane Roe | February 22, 2022": a byline and a date on one line. */
function bylineWithDate(s: string, out: TextScrape, order: SlashOrder | null): string[] | null {
  // The part before the date must be a byline, so a line not opening like one is none.
  if (!BYLINE_START_RE.test(s)) return null;
  const parts = s.split(/\s+[|·•—–-]\s+|\s*,\s+(?=\p{Lu}\p{Ll}+ \d)/u);
  if (parts.length < 2) return null;
  const names = parseByline(parts[0]!);
  const date = parts
    .slice(1)
    .map((p) => dateLine(p, order))
    .find(Boolean);
  if (!names || !date) return null;
  out.published ??= date.iso;
  return names;
}

/** How a byline opens (parseByline's pattern): "By", "Written by", "By:". */
const BYLINE_START_RE = /^(?:written |reported |words )?by[:\s]/i;

/** A title: a markdown heading, or a line of a few words that does not end in a full stop. */
function isTitleLike(s: string, heading: boolean): boolean {
  if (heading) return true;
  // Two words or more: a space.
  if (s.length > MAX_TITLE_CHARS || !s.includes(" ")) return false;
  return !endsSentence(s) || QUESTION_END_RE.test(s);
}
const QUESTION_END_RE = /[?!]["'”’]?$/;

const MENU_SEP_RE = /[|·•]/;

/** A navigation line: a breadcrumb ("Home » World » ...") or a menu of three or more short items. */
function isNavigation(s: string): boolean {
  if (BREADCRUMB_RE.test(s)) return true;
  if (!MENU_SEP_RE.test(s)) return false;
  const items = s.split(MENU_ITEM_SEP_RE);
  return items.length >= 3 && items.every(isMenuItem);
}
const MENU_ITEM_SEP_RE = /\s*[|·•]\s*/;
const STOP_END_RE = /[.!?]$/;
const isMenuItem = (x: string) => x.length > 0 && x.length <= 25 && x.split(" ").length <= 3 && !STOP_END_RE.test(x);

/**
 * A masthead: the site's own name at the top of a scrape, not the headline. Either written all in
 * capitals and short ("THE HARBOUR CHRONICLE"), or spelling the site's domain name at its start
 * ("Lakeside Tribune — News from the lakes" on lakesidetribune.com).
 */
function isMasthead(s: string, site: string | null): boolean {
  const short = wordsAtMost(s, MAX_MASTHEAD_WORDS);
  const bySite = site !== null && site.length >= 5;
  if (!short && !bySite) return false;
  const letters = s.replace(NON_LETTER_RE, "");
  if (short && letters.length >= 4 && letters === letters.toUpperCase() && !DIGIT_RE.test(s)) return true;
  return bySite && letters.toLowerCase().startsWith(site);
}

const NON_LETTER_RE = /[^\p{L}]/gu;
const DIGIT_RE = /\d/;
const SPACE_RUNS_RE = /\s+/g;

/**
 * Whether `s.split(/\s+/)` has at most `max` pieces (one more than its runs of white space),
 * counted without cutting a long line into its words.
 */
function wordsAtMost(s: string, max: number): boolean {
  SPACE_RUNS_RE.lastIndex = 0;
  for (let runs = 0; SPACE_RUNS_RE.exec(s);) if (++runs >= max) return false;
  return true;
}

/** The outlet's name in a masthead line: before any tagline, in title case when shouted. */
function mastheadName(s: string): string {
  const name = s.split(TAGLINE_SEP_RE)[0]!.trim();
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

/** The site's name as its domain spells it ("lakesidetribune" for www.lakesidetribune.com), from an "Original url:" line. */
function siteLabel(lines: ScrapeLines): string | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    // A label line has a colon, and stripping markdown only removes characters: most lines are
    // passed over without being stripped.
    if (!lines.raw[i]!.includes(":")) continue;
    const text = lines.stripped(i).text;
    const m = mayOpenWith(URL_LABEL_OPENS, text) ? URL_LABEL_RE.exec(text) : null;
    const url = m ? m[1] || nextUrl(lines, i)?.url : null;
    if (!url) continue;
    try {
      const labels = new URL(url.startsWith("http") ? url : `https://${url}`).hostname.split(".");
      // The registrable name is the label before the suffix; "co.uk"-style suffixes have short labels.
      const name = labels.length >= 3 && labels.at(-2)!.length <= 3 ? labels.at(-3) : labels.at(-2);
      return name ? name.toLowerCase().replace(/[^a-z]/g, "") : null;
    } catch {
      return null;
    }
  }
  return null;
}

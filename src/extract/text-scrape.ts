/**
 * Reads a plain-text (often markdown) scrape into blocks plus what its head says: title, date,
 * byline, and the "Original url:" line some scrapers append.
 */
import { block, type Block } from "./block.js";
import { agenciesIn, parseByline } from "./agencies.js";
import { isCutLine, isKeywordLine, isMarkerLine, isStrongBoilerplate, isTagLine, endsSentence } from "./boilerplate.js";
import { isCreditOnly } from "./captions.js";
import { dateLine } from "./dates.js";
import { decodeEntities } from "./entities.js";
import { stripMarkdown } from "./markdown.js";
import { outletFromCue, splitTitleSuffix } from "./outlet.js";
import { fold } from "./fold.js";

/** What the head of a text scrape gives, besides its blocks. */
export interface TextScrape {
  blocks: Block[];
  title: string | null;
  /** The site name a "Title | Site" line carried. */
  titleSite: string | null;
  published: string | null;
  url: string | null;
  byline: string[];
  agencies: string[];
  outletCues: string[];
}

/** A title is a line of a few words, no longer than this. */
const MAX_TITLE_CHARS = 250;

const URL_LABEL_RE = /^(?:original url|original link|source url|canonical url|url|link|source)\s*:\s*(\S*)\s*$/i;
const URL_RE = /^(?:https?:\/\/|www\.)\S+$/i;
const BREADCRUMB_RE = /\S\s+[>›»/]\s+\S.*\s+[>›»/]\s+\S/;
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
  const lines = decodeEntities(body.replace(INVISIBLE_RE, ""))
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => l.replace(/[\u00a0\t]/g, " "));
  let gap = true;
  let inHead = true;
  for (let i = 0; i < lines.length; i++) {
    const md = stripMarkdown(lines[i]!);
    const s = md.text;
    if (!s) {
      gap = true;
      continue;
    }
    const label = URL_LABEL_RE.exec(s);
    if (label && (label[1] || nextUrl(lines, i))) {
      const url = label[1] || nextUrl(lines, i)!.url;
      if (!label[1]) i = nextUrl(lines, i)!.index;
      if (URL_RE.test(url)) out.url ??= url;
      continue;
    }
    if (inHead && headLine(s, md.heading, out)) {
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

function nextUrl(lines: string[], i: number): { url: string; index: number } | null {
  for (let j = i + 1; j < lines.length && j <= i + 3; j++) {
    const t = stripMarkdown(lines[j]!).text;
    if (!t) continue;
    return URL_RE.test(t) ? { url: t, index: j } : null;
  }
  return null;
}

/**
 * Whether a line of the head (before the first paragraph) is taken out of the body: the title
 * and its repeats, date lines, bylines, furniture, keyword lines, a bare credit.
 */
function headLine(s: string, heading: boolean, out: TextScrape): boolean {
  const cue = outletFromCue(s);
  if (cue) out.outletCues.push(cue);
  if (isMarkerLine(s) || isStrongBoilerplate(s) || isCutLine(s) || BREADCRUMB_RE.test(s) || URL_RE.test(s)) return true;
  const date = dateLine(s);
  if (date) {
    out.published ??= date.iso;
    return true;
  }
  const names = parseByline(s) ?? bylineWithDate(s, out);
  if (names) {
    out.byline.push(...names);
    for (const n of names) out.agencies.push(...agenciesIn(n));
    return true;
  }
  if (out.title !== null) {
    // The page repeats its title, often once with the site suffix and once without.
    const t = fold(s);
    if (t === fold(out.title) || fold(splitTitleSuffix(s).title) === fold(out.title)) return true;
    return isTagLine(s) || isKeywordLine(s) || isCreditOnly(s);
  }
  if (isTitleLike(s, heading)) {
    const { title, site } = splitTitleSuffix(s);
    out.title = title;
    out.titleSite = site;
    return true;
  }
  return isTagLine(s) || isKeywordLine(s);
}

/** "By Jane Roe | February 22, 2022": a byline and a date on one line. */
function bylineWithDate(s: string, out: TextScrape): string[] | null {
  const parts = s.split(/\s+[|·•—–-]\s+|\s*,\s+(?=\p{Lu}\p{Ll}+ \d)/u);
  if (parts.length < 2) return null;
  const names = parseByline(parts[0]!);
  const date = parts
    .slice(1)
    .map((p) => dateLine(p))
    .find(Boolean);
  if (!names || !date) return null;
  out.published ??= date.iso;
  return names;
}

/** A title: a markdown heading, or a line of a few words that does not end in a full stop. */
function isTitleLike(s: string, heading: boolean): boolean {
  if (heading) return true;
  if (s.length > MAX_TITLE_CHARS || s.split(" ").length < 2) return false;
  return !endsSentence(s) || /[?!]["'”’]?$/.test(s);
}

/**
 * The cleaning rules both readers share, run over the blocks of one page in order:
 *   1. drop furniture (markers, notices, related lists, tags, credits) and cut appeals/comments;
 *   2. drop newsletter/donation prose that touches other furniture;
 *   3. drop headline-like leftovers at the end;
 *   4. split photo credits off captions;
 *   5. join paragraphs broken mid-sentence;
 *   6. drop repeated paragraphs (a caption that repeats the body).
 */
import { withFields, type Block } from "./block.js";
import { agenciesIn, creditLineAgencies, datelineAgency, parseByline } from "./agencies.js";
import {
  endsSentence,
  isAuthorBio,
  isAuthorHeading,
  hasWeakBoilerplate,
  isCutLine,
  isHeadlineLike,
  isKeywordLine,
  isListHeading,
  isMarkerLine,
  isRelatedLine,
  isStrongBoilerplate,
  isTagLine,
} from "./boilerplate.js";
import { isCreditOnly, splitCredit, type CaptionSplit } from "./captions.js";
import { dateLine, findDate } from "./dates.js";
import { joinBrokenParagraphs } from "./join-paragraphs.js";
import { outletFromCue } from "./outlet.js";
import { anchoredTable, mayOpenWith } from "./openings.js";

/** What the cleaning rules learn about the article while removing furniture. */
export interface Findings {
  agencies: string[];
  byline: string[];
  outletCues: string[];
  /** Dates stated in a date line inside the blocks (HTML bodies often repeat the dateline). */
  dates: string[];
}

/** An appeal or comment section only cuts the rest after this many body paragraphs. */
const MIN_BODY_BEFORE_CUT = 2;
/** A body paragraph: at least this long and ending in a sentence. */
const MIN_BODY_CHARS = 80;
/** A paragraph made mostly of link text is navigation. */
const MAX_LINK_DENSITY = 0.5;
/** Bylines and date lines are looked for among the first blocks only. */
const HEAD_BLOCKS = 6;
/** A newsletter or donation box paragraph is no longer than this; a longer one is the article's prose. */
const MAX_WEAK_CHARS = 600;
/** A heading or label over a list of links is no longer than this. */
const MAX_LIST_LABEL = 100;
/** An author bio is looked for among this many last paragraphs. */
const TAIL_BIO_BLOCKS = 3;
/** A headline-like last line with this share of link text points to another article ... */
const TAIL_LINK_SHARE = 0.3;
/** ... and an unlinked one this long is prose. */
const MIN_TAIL_PROSE = 50;
/** Captions are short; a long paragraph before a lone credit line is prose. */
const MAX_CAPTION_CHARS = 400;

const isBody = (s: string) => s.length >= MIN_BODY_CHARS && endsSentence(s);
const isLinkList = (b: Block) =>
  b.linkChars > 0 && b.linkChars / b.text.length > MAX_LINK_DENSITY && !endsSentence(b.text);

/** Runs the cleaning rules, returning the kept blocks and recording what they found. */
export function cleanBlocks(input: readonly Block[], found: Findings): Block[] {
  const blocks = input.map((b) => withFields(b, {}));
  const n = blocks.length;
  const drop = new Array<boolean>(n).fill(false);
  /** Bylines and date lines: dropped, but article metadata rather than furniture. */
  const headLines = new Array<boolean>(n).fill(false);
  // 1. Furniture, block by block.
  let body = 0;
  let credited: string[] | null;
  for (let i = 0; i < n; i++) {
    const b = blocks[i]!;
    const s = b.text;
    const cue = outletFromCue(s);
    if (cue) found.outletCues.push(cue);
    // Asked once: both the cut below and the drop further down read it.
    const cut = !!s && isCutLine(s);
    if (!s) drop[i] = true;
    else if ((cut || (b.kind === "heading" && isAuthorHeading(s))) && body >= MIN_BODY_BEFORE_CUT) {
      for (let j = i; j < n; j++) drop[j] = true;
      break;
    } else if (isListHeading(s)) {
      drop[i] = true;
      for (
        let j = i + 1;
        j < n && (isHeadlineLike(blocks[j]!.text) || isLinkList(blocks[j]!) || !blocks[j]!.text);
        j++
      ) {
        drop[j] = true;
        i = j;
      }
    } else if (isMarkerLine(s) || isStrongBoilerplate(s) || isRelatedLine(s) || isTagLine(s) || cut || isLinkList(b)) {
      drop[i] = true;
    } else if ((credited = creditLineAgencies(s))) {
      found.agencies.push(...credited);
      drop[i] = true;
    } else if (isCreditOnly(s)) {
      drop[i] = true;
      const prev = lastKept(blocks, drop, i);
      if (prev && prev.kind === "p" && prev.text.length <= MAX_CAPTION_CHARS && body < 2) prev.kind = "caption";
    } else if (i < HEAD_BLOCKS && body === 0 && headLine(s, found)) {
      drop[i] = true;
      headLines[i] = true;
    } else if (i < HEAD_BLOCKS && body === 0 && b.kind !== "heading" && isStampLine(s)) {
      drop[i] = true;
      headLines[i] = true;
    } else if (isBody(s)) body++;
  }
  // 2. Newsletter and donation prose beside furniture, repeated so that a box of several goes.
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 0; i < n; i++) {
      const s = blocks[i]!.text;
      // The neighbours first: most paragraphs have none dropped, and the patterns cost more.
      if (
        drop[i] ||
        s.length > MAX_WEAK_CHARS ||
        !(isFurniture(drop, headLines, i - 1) || isFurniture(drop, headLines, i + 1))
      )
        continue;
      if (hasWeakBoilerplate(s)) drop[i] = changed = true;
    }
  }
  // A heading or a label ("More on the coronavirus:") over a dropped link list heads that list.
  for (let i = 0; i + 1 < n; i++) {
    const b = blocks[i]!;
    const label =
      (b.kind === "heading" && b.text.length <= MAX_LIST_LABEL) ||
      (b.text.length <= MAX_LIST_LABEL && b.text.endsWith(":"));
    if (!drop[i] && label && drop[i + 1] && isLinkList(blocks[i + 1]!)) drop[i] = true;
  }
  let kept = blocks.filter((_, i) => !drop[i]);
  // 3. Headline-like lines and keyword lines left at the very end are list or tag remnants.
  while (kept.length > 1) {
    const last = kept[kept.length - 1]!;
    // A long unlinked line right after the prose is the article's last words (a motto, a credit
    // line), not a teaser.
    const before = kept[kept.length - 2]!;
    const prose =
      last.text.length >= MIN_TAIL_PROSE &&
      last.linkChars <= last.text.length * TAIL_LINK_SHARE &&
      before.kind !== "heading" &&
      isBody(before.text);
    if (
      last.kind === "caption" ||
      !((isHeadlineLike(last.text) && !prose) || isKeywordLine(last.text) || last.text.length < 3)
    )
      break;
    kept.pop();
  }
  // An author box among the last paragraphs: it and what follows it (its links) go.
  for (let j = kept.length - 1; j > 0 && j >= kept.length - TAIL_BIO_BLOCKS; j--) {
    if (kept[j]!.kind !== "p" || !isAuthorBio(kept[j]!.text)) continue;
    kept = kept.slice(0, j);
    break;
  }
  // 4. Photo credits.
  kept = kept.map((b, i) => splitCaption(b, i === kept.length - 1, found));
  const first = kept.find((b) => b.kind === "p");
  const wire = first && datelineAgency(first.text);
  if (wire) found.agencies.push(wire);
  // 5 and 6.
  return dedupe(joinBrokenParagraphs(kept));
}

/** Block `j` was dropped as furniture (not as a byline or date line). A module function: a closure per call costs more. */
function isFurniture(drop: readonly boolean[], headLines: readonly boolean[], j: number): boolean {
  return j >= 0 && j < drop.length && drop[j]! && !headLines[j];
}

function lastKept(blocks: Block[], drop: boolean[], i: number): Block | undefined {
  for (let j = i - 1; j >= 0; j--) if (!drop[j]) return blocks[j];
  return undefined;
}

/** A byline or date line near the top of the body: recorded, then dropped. */
function headLine(s: string, found: Findings): boolean {
  const names = parseByline(s);
  if (names) {
    found.byline.push(...names);
    for (const name of names) found.agencies.push(...agenciesIn(name));
    return true;
  }
  const d =
    dateLine(s) ??
    (mayOpenWith(BYLINE_DATE_OPENS, s) && BYLINE_DATE_RE.test(s) && s.length <= MAX_BYLINE_DATE_CHARS
      ? findDate(s)
      : null);
  if (d) found.dates.push(d.iso);
  return d !== null;
}

/** Words besides the date that a stamp line above the article may have ("News | 02.02.2022 | Sport"). */
const MAX_STAMP_WORDS = 4;
const MAX_STAMP_CHARS = 80;

/**
 * A date stamp with a label or a section name above the article ("24.01.2022 11:38 Kategorie: News",
 * "Pressemitteilung 02. November 2021"): not a sentence, and little besides the date.
 */
function isStampLine(s: string): boolean {
  if (s.length > MAX_STAMP_CHARS || endsSentence(s)) return false;
  const d = findDate(s);
  if (!d) return false;
  const rest = s.slice(0, d.index) + " " + s.slice(d.index + d.length);
  return rest.split(NON_LETTERS_RE).filter((w) => w.length > 1).length <= MAX_STAMP_WORDS;
}
const NON_LETTERS_RE = /[^\p{L}]+/u;

/** "von Tilde Amsel 12. März 2019", "by A. Writer, May 3, 2021": a byline that also dates the article. */
const BYLINE_DATE_RE = /^(by|von|par|por|di|door|av|af)\s+\p{Lu}/iu;
const BYLINE_DATE_OPENS = anchoredTable(BYLINE_DATE_RE.source, BYLINE_DATE_RE.flags);
const MAX_BYLINE_DATE_CHARS = 80;

/** "Abbildung 4: ...", "Fig. 2.", "Grafik:": a figure's caption set as a paragraph. */
const FIGURE_LABEL_RE =
  /^(abbildung|abb\.|figure|fig\.|grafik|schaubild|illustration|ilustración|rysunek)\s*\d*[.:]\s/i;
/** How the two labels open: most paragraphs open otherwise, and are not tried. */
const FIGURE_LABEL_OPENS = anchoredTable(FIGURE_LABEL_RE.source, FIGURE_LABEL_RE.flags);
/** An image viewer's button text before its caption. */
const VIEWER_RE = /^(vergrößern|enlarge|zoom|agrandir|ampliar)\s+(?=\p{Lu})/iu;
const VIEWER_OPENS = anchoredTable(VIEWER_RE.source, VIEWER_RE.flags);
/** A credit after a copyright sign ("... im Winter. © Name/stock"), or a bracketed "(name / source)". */
const TAIL_CREDIT_RE = /(?:\s?©\s*[^©]{2,60}|\s\(\s*[^()/]{2,40}\s\/\s[^()]{2,40}\))$/u;
const TRAILING_COPYRIGHT_RE = /\s*(©|\(c\))$/i;
/** A figure caption is not longer than this. */
const MAX_FIGURE_CAPTION = 400;

/** A credit or label that only a figure's caption has, for pages that set captions as paragraphs. */
function figureCaption(s: string): CaptionSplit | null {
  if (s.length > MAX_FIGURE_CAPTION) return null;
  if (mayOpenWith(FIGURE_LABEL_OPENS, s) && FIGURE_LABEL_RE.test(s)) return { caption: s, credit: "" };
  const viewer = mayOpenWith(VIEWER_OPENS, s) ? VIEWER_RE.exec(s) : null;
  if (viewer) return { caption: s.slice(viewer[0].length), credit: "" };
  // The credit needs a "©", or a bracket closing the paragraph with a slash before it: the
  // pattern is only run on paragraphs that have them (it is tried at every position).
  if (!s.includes("©") && !(s.endsWith(")") && s.includes("/"))) return null;
  const credit = TAIL_CREDIT_RE.exec(s);
  if (credit && credit.index >= MIN_CAPTION_WORDS_CHARS)
    return { caption: s.slice(0, credit.index).trim(), credit: credit[0].trim() };
  return null;
}
/** A caption before a credit has at least this many characters. */
const MIN_CAPTION_WORDS_CHARS = 20;

function splitCaption(b: Block, isLast: boolean, found: Findings): Block {
  if (b.kind !== "p" && b.kind !== "caption") return b;
  const split = splitCredit(b.text, b.trailingLink) ?? (isLast ? null : figureCaption(b.text));
  if (!split) return b;
  // "... in January. © Name/Agency": the credit's copyright sign stays behind.
  split.caption = split.caption.replace(TRAILING_COPYRIGHT_RE, "");
  // A credit closing the whole article credits the article, not a photo.
  if (isLast) {
    const agencies = agenciesIn(split.credit);
    if (!agencies.length || b.trailingLink) return b;
    found.agencies.push(...agencies);
    return withFields(b, { text: split.caption, trailingLink: null });
  }
  return withFields(b, { text: split.caption, kind: "caption", trailingLink: null });
}

/** Drops repeats, keeping the body's copy when a caption repeats a body paragraph. */
function dedupe(blocks: Block[]): Block[] {
  // Only blocks whose lower case is as long as another's can repeat it or be repeated: most pages
  // have none, and the others only a few, so only those are lower-cased and hashed (a block of a
  // length no other has is kept whatever it is).
  const lengths = blocks.map((b) => lowerLength(b.text));
  const count = new Map<number, number>();
  let shared = false;
  for (const n of lengths) {
    const c = (count.get(n) ?? 0) + 1;
    count.set(n, c);
    if (c > 1) shared = true;
  }
  if (!shared) return blocks;
  // Lower case is enough of a key: both copies come through the same reader and cleaning.
  const keys = blocks.map((b, i) => (count.get(lengths[i]!)! > 1 ? b.text.toLowerCase() : null));
  const bodyTexts = new Set(keys.filter((k, i): k is string => k !== null && blocks[i]!.kind !== "caption"));
  const seen = new Set<string>();
  return blocks.filter((b, i) => {
    const key = keys[i] ?? null;
    if (key === null) return true;
    if (b.kind === "caption" && bodyTexts.has(key)) return false;
    if (key.length > 20 && seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The length of `s.toLowerCase()`: its own, but for "İ", which lowers to two code units. */
function lowerLength(s: string): number {
  return s.includes("\u0130") ? s.toLowerCase().length : s.length;
}

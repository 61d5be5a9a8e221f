/**
 * The cleaning rules both readers share, run over the blocks of one page in order:
 *   1. drop furniture (markers, notices, related lists, tags, credits) and cut appeals/comments;
 *   2. drop newsletter/donation prose that touches other furniture;
 *   3. drop headline-like leftovers at the end;
 *   4. split photo credits off captions;
 *   5. join paragraphs broken mid-sentence;
 *   6. drop repeated paragraphs (a caption that repeats the body).
 */
import type { Block } from "./block.js";
import { agenciesIn, creditLineAgencies, datelineAgency, parseByline } from "./agencies.js";
import {
  endsSentence,
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
import { isCreditOnly, splitCredit } from "./captions.js";
import { dateLine, findDate } from "./dates.js";
import { joinBrokenParagraphs } from "./join-paragraphs.js";
import { outletFromCue } from "./outlet.js";

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
/** Captions are short; a long paragraph before a lone credit line is prose. */
const MAX_CAPTION_CHARS = 400;

const isBody = (s: string) => s.length >= MIN_BODY_CHARS && endsSentence(s);
const isLinkList = (b: Block) =>
  b.linkChars > 0 && b.linkChars / b.text.length > MAX_LINK_DENSITY && !endsSentence(b.text);

/** Runs the cleaning rules, returning the kept blocks and recording what they found. */
export function cleanBlocks(input: readonly Block[], found: Findings): Block[] {
  const blocks = input.map((b) => ({ ...b }));
  const n = blocks.length;
  const drop = new Array<boolean>(n).fill(false);
  // 1. Furniture, block by block.
  let body = 0;
  for (let i = 0; i < n; i++) {
    const b = blocks[i]!;
    const s = b.text;
    const cue = outletFromCue(s);
    if (cue) found.outletCues.push(cue);
    if (!s) drop[i] = true;
    else if (isCutLine(s) && body >= MIN_BODY_BEFORE_CUT) {
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
    } else if (
      isMarkerLine(s) ||
      isStrongBoilerplate(s) ||
      isRelatedLine(s) ||
      isTagLine(s) ||
      isCutLine(s) ||
      isLinkList(b)
    ) {
      drop[i] = true;
    } else if (creditLineAgencies(s)) {
      found.agencies.push(...creditLineAgencies(s)!);
      drop[i] = true;
    } else if (isCreditOnly(s)) {
      drop[i] = true;
      const prev = lastKept(blocks, drop, i);
      if (prev && prev.kind === "p" && prev.text.length <= MAX_CAPTION_CHARS && body < 2) prev.kind = "caption";
    } else if (i < HEAD_BLOCKS && body === 0 && headLine(s, found)) {
      drop[i] = true;
    } else if (isBody(s)) body++;
  }
  // 2. Newsletter and donation prose beside furniture, repeated so that a box of several goes.
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 0; i < n; i++) {
      if (drop[i] || !hasWeakBoilerplate(blocks[i]!.text)) continue;
      if ((i > 0 && drop[i - 1]) || (i + 1 < n && drop[i + 1])) drop[i] = changed = true;
    }
  }
  let kept = blocks.filter((_, i) => !drop[i]);
  // 3. Headline-like lines and keyword lines left at the very end are list or tag remnants.
  while (kept.length > 1) {
    const last = kept[kept.length - 1]!;
    if (last.kind === "caption" || !(isHeadlineLike(last.text) || isKeywordLine(last.text) || last.text.length < 3))
      break;
    kept.pop();
  }
  // 4. Photo credits.
  kept = kept.map((b, i) => splitCaption(b, i === kept.length - 1, found));
  const first = kept.find((b) => b.kind === "p");
  const wire = first && datelineAgency(first.text);
  if (wire) found.agencies.push(wire);
  // 5 and 6.
  return dedupe(joinBrokenParagraphs(kept));
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
  const d = dateLine(s) ?? (BYLINE_DATE_RE.test(s) && s.length <= MAX_BYLINE_DATE_CHARS ? findDate(s) : null);
  if (d) found.dates.push(d.iso);
  return d !== null;
}

/** "von Tilde Amsel 12. März 2019", "by A. Writer, May 3, 2021": a byline that also dates the article. */
const BYLINE_DATE_RE = /^(by|von|par|por|di|door|av|af)\s+\p{Lu}/iu;
const MAX_BYLINE_DATE_CHARS = 80;

function splitCaption(b: Block, isLast: boolean, found: Findings): Block {
  if (b.kind !== "p" && b.kind !== "caption") return b;
  const split = splitCredit(b.text, b.trailingLink);
  if (!split) return b;
  // A credit closing the whole article credits the article, not a photo.
  if (isLast) {
    const agencies = agenciesIn(split.credit);
    if (!agencies.length || b.trailingLink) return b;
    found.agencies.push(...agencies);
    return { ...b, text: split.caption, trailingLink: null };
  }
  return { ...b, text: split.caption, kind: "caption", trailingLink: null };
}

/** Drops repeats, keeping the body's copy when a caption repeats a body paragraph. */
function dedupe(blocks: Block[]): Block[] {
  // Lower case is enough of a key: both copies come through the same reader and cleaning.
  const keys = blocks.map((b) => b.text.toLowerCase());
  const bodyTexts = new Set(keys.filter((_, i) => blocks[i]!.kind !== "caption"));
  const seen = new Set<string>();
  return blocks.filter((b, i) => {
    const key = keys[i]!;
    if (b.kind === "caption" && bodyTexts.has(key)) return false;
    if (key.length > 20 && seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

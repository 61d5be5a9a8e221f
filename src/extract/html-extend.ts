/**
 * Widens the chosen body container to the paragraphs that continue it outside (jusText's context
 * idea): templates often split one article over sibling boxes (a standfirst above, a second text
 * box after a photo), and a container choice that takes one box loses the rest. A run of blocks next
 * to the container joins it when it holds a good paragraph (long, few links, written in sentences),
 * and the widening stops at a link list or boilerplate, or after a few blocks without good text.
 * The other way, a container chosen too wide (a <main> with the author box and a promotion in it)
 * is cut after the last block of the box that holds most of its good paragraphs.
 */
import type { Block } from "./block.js";
import { isCutLine, isRelatedLine, isStrongBoilerplate } from "./boilerplate.js";
import type { MarkedBlocks } from "./html-blocks.js";
import type { El } from "./html-tree.js";

/** A good paragraph outside the container has at least this many characters. */
const GOOD_CHARS = 100;
/** ... and at most this share of link text. */
const GOOD_LINK_SHARE = 0.1;
/** A block with more link text than this share ends the widening. */
const BAD_LINK_SHARE = 0.4;
/** Blocks without good text that may sit between the container and a good paragraph. */
const MAX_GAP = 4;

/** A sentence end: terminal punctuation, maybe a closing quote, then a space or the end of the text. */
const SENTENCE_RE = /[.!?…。！？]["'”’»)]?(?:\s|$)/u;
const linkShare = (b: Block) => b.linkChars / (b.text.length || 1);

function isGood(b: Block): boolean {
  return (
    // A standfirst is often set as a heading: a long one written in sentences is prose.
    (b.kind === "p" || b.kind === "heading") &&
    b.text.length >= GOOD_CHARS &&
    linkShare(b) <= GOOD_LINK_SHARE &&
    SENTENCE_RE.test(b.text) &&
    !isStrongBoilerplate(b.text)
  );
}

/** A linked line shorter than this is a toggle or a label ("Mehr erfahren"), not a teaser headline. */
const MIN_BAD_LINK_CHARS = 25;

function isBad(b: Block): boolean {
  const s = b.text;
  return (
    (linkShare(b) > BAD_LINK_SHARE && s.length >= MIN_BAD_LINK_CHARS) ||
    isStrongBoilerplate(s) ||
    isCutLine(s) ||
    isRelatedLine(s)
  );
}

/** Shorter lines than this at the end of the body are labels and buttons. */
const MAX_TAIL_LABEL = 40;

/** A line announcing a list ("Read also:", "More on this topic:") is longer but ends in a colon. */
const MAX_TAIL_LIST_LABEL = 100;
const isTailFurniture = (b: Block) =>
  b.kind !== "caption" &&
  (b.text.length < MAX_TAIL_LABEL || isBad(b) || (b.text.length < MAX_TAIL_LIST_LABEL && b.text.endsWith(":")));

/** The container's blocks with the good runs beside them. */
export function extendBody({ blocks, inside, boxes }: MarkedBlocks): Block[] {
  const first = inside.indexOf(true);
  if (first < 0) return [];
  const last = inside.lastIndexOf(true);
  const take = inside.slice();
  widen(blocks, take, last + 1, 1);
  widen(blocks, take, first - 1, -1);
  if (boxes) trimAfterMainBox(blocks, take, boxes);
  const kept = blocks.filter((_, i) => take[i]);
  // The end of a container is where templates put their furniture ("About the author", "Share",
  // "More on this"): short lines there are labels, not the article's last words.
  while (kept.length > 1 && isTailFurniture(kept[kept.length - 1]!)) kept.pop();
  return kept;
}

/** Takes the good runs from `from` on, one way, until a bad block or too long a gap. */
function widen(blocks: readonly Block[], take: boolean[], from: number, step: 1 | -1): void {
  let gap: number[] = [];
  for (let j = from; j >= 0 && j < blocks.length; j += step) {
    const b = blocks[j]!;
    if (isBad(b)) break;
    if (isGood(b)) {
      for (const g of gap) take[g] = true;
      take[j] = true;
      gap = [];
    } else if (gap.push(j) > MAX_GAP) break;
  }
}

/**
 * The good paragraphs of a whole page and what lies between two of them, for pages whose
 * containers all hold too little (text in table cells or bare <div>s): jusText without a container.
 */
export function goodRuns(blocks: readonly Block[]): Block[] {
  const take = blocks.map(isGood);
  let prev = -1;
  for (let j = 0; j < blocks.length; j++) {
    if (!take[j]) continue;
    const between = blocks.slice(prev + 1, j);
    if (prev >= 0 && j - prev - 1 <= MAX_GAP && !between.some(isBad)) for (let g = prev + 1; g < j; g++) take[g] = true;
    prev = j;
  }
  return blocks.filter((_, i) => take[i]);
}

/** The main box holds at least this share of the good paragraphs ... */
const MAIN_BOX_SHARE = 0.7;
/** ... and at least this many. */
const MIN_MAIN_BOX_GOOD = 3;

function within(outer: El, inner: El): boolean {
  for (let e: El | null = inner; e; e = e.parent) if (e === outer) return true;
  return false;
}

/**
 * When most good paragraphs are children of one element (the article's text box), what follows
 * the last block of that box from outside it is the template's (an author box, a promotion).
 */
function trimAfterMainBox(blocks: readonly Block[], take: boolean[], boxes: readonly El[]): void {
  const counts = new Map<El, number>();
  let good = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (!take[i] || !isGood(blocks[i]!)) continue;
    good++;
    counts.set(boxes[i]!, (counts.get(boxes[i]!) ?? 0) + 1);
  }
  let main: El | null = null;
  let best = 0;
  for (const [el, c] of counts) if (c > best) [main, best] = [el, c];
  if (!main || best < MIN_MAIN_BOX_GOOD || best < good * MAIN_BOX_SHARE) return;
  let last = -1;
  for (let i = 0; i < blocks.length; i++) if (take[i] && within(main, boxes[i]!)) last = i;
  for (let i = last + 1; i < blocks.length; i++) if (take[i] && !within(main, boxes[i]!)) take[i] = false;
}

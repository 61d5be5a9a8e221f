/**
 * Widens the chosen body container to the paragraphs that continue it outside (jusText's context
 * idea): templates often split one article over sibling boxes (a standfirst above, a second text
 * box after a photo), and a container choice that takes one box loses the rest. A run of blocks next
 * to the container joins it when it holds a good paragraph (long, few links, written in sentences),
 * and the widening stops at a link list or boilerplate, or after a few blocks without good text.
 */
import type { Block } from "./block.js";
import { isCutLine, isRelatedLine, isStrongBoilerplate } from "./boilerplate.js";
import type { MarkedBlocks } from "./html-blocks.js";

/** A good paragraph outside the container has at least this many characters. */
const GOOD_CHARS = 100;
/** ... and at most this share of link text. */
const GOOD_LINK_SHARE = 0.1;
/** A block with more link text than this share ends the widening. */
const BAD_LINK_SHARE = 0.4;
/** Blocks without good text that may sit between the container and a good paragraph. */
const MAX_GAP = 4;

const SENTENCE_RE = /[.!?…。！？]["'”’»)]?\s/u;
const linkShare = (b: Block) => b.linkChars / (b.text.length || 1);

function isGood(b: Block): boolean {
  return (
    b.kind === "p" &&
    b.text.length >= GOOD_CHARS &&
    linkShare(b) <= GOOD_LINK_SHARE &&
    SENTENCE_RE.test(b.text + " ") &&
    !isStrongBoilerplate(b.text)
  );
}

function isBad(b: Block): boolean {
  const s = b.text;
  return linkShare(b) > BAD_LINK_SHARE || isStrongBoilerplate(s) || isCutLine(s) || isRelatedLine(s);
}

/** Shorter lines than this at the end of the body are labels and buttons. */
const MAX_TAIL_LABEL = 40;

/** A line announcing a list ("Read also:", "More on this topic:") is longer but ends in a colon. */
const MAX_TAIL_LIST_LABEL = 100;
const isTailFurniture = (b: Block) =>
  b.kind !== "caption" &&
  (b.text.length < MAX_TAIL_LABEL || isBad(b) || (b.text.length < MAX_TAIL_LIST_LABEL && b.text.endsWith(":")));

/** The container's blocks with the good runs beside them. */
export function extendBody({ blocks, inside }: MarkedBlocks): Block[] {
  const first = inside.indexOf(true);
  if (first < 0) return [];
  const last = inside.lastIndexOf(true);
  const take = inside.slice();
  const widen = (from: number, step: 1 | -1) => {
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
  };
  widen(last + 1, 1);
  widen(first - 1, -1);
  const kept = blocks.filter((_, i) => take[i]);
  // The end of a container is where templates put their furniture ("About the author", "Share",
  // "More on this"): short lines there are labels, not the article's last words.
  while (kept.length > 1 && isTailFurniture(kept[kept.length - 1]!)) kept.pop();
  return kept;
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

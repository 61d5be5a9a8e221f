/**
 * Paragraphs that scrapers broke in the middle of a sentence ("... less than 24 hours after" /
 * "Putin's decision ..."; "... bearing" / "in mind ...") are joined back, so that sentences and
 * quotes are not cut in two.
 */
import { withFields, type Block } from "./block.js";
import { dataLines } from "../data/data-files.js";

const CONTINUATION_WORDS = new Set(dataLines("extract/continuation-words.txt"));

/** A hard-wrapped line (no blank line after it) is at least this long; shorter ones are lists. */
const MIN_WRAPPED_LINE_CHARS = 60;

const CLOSERS = new Set(['"', "'", "”", "’", "»", ")", "]"]);
const CLOSING = new Set([".", "!", "?", "…", ":"]);
const OPEN_PUNCT = new Set([",", ";", "–", "—", "-"]);

/** Ends in a closing mark, possibly inside closing quotes (read from the end: no regex scan). */
function closed(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && CLOSERS.has(s[i]!)) i--;
  return i >= 0 && CLOSING.has(s[i]!);
}
const STARTS_LOWER_RE = /^["“‘']?\p{Ll}/u;

/** Whether `next` continues the sentence that `prev` leaves open. */
export function continues(prev: Block, next: Block): boolean {
  // 1. Only prose joins prose: captions, list items and headings the page marked stay apart.
  if (!isProse(prev) || !isProse(next)) return false;
  // 2. A paragraph that closed its sentence is complete.
  if (closed(prev.text)) return false;
  // 3. The next piece starts in lower case: no sentence or heading starts so.
  if (STARTS_LOWER_RE.test(next.text)) return true;
  // 4. A comma, semicolon or dash at the end leaves the clause open.
  if (OPEN_PUNCT.has(prev.text[prev.text.length - 1] ?? "")) return true;
  // 5. A function word at the end ("after", "the", "of") cannot end a sentence or a heading.
  const last = prev.text.slice(prev.text.lastIndexOf(" ") + 1);
  if (CONTINUATION_WORDS.has(last)) return true;
  // 6. Lines wrapped at a fixed width: no blank line between and a long first line.
  return !next.gap && prev.text.length >= MIN_WRAPPED_LINE_CHARS;
}

const isProse = (b: Block) => b.kind === "p" || b.kind === "quote";

/** Joins every broken paragraph to the piece that continues it. */
export function joinBrokenParagraphs(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    if (prev && continues(prev, b))
      out[out.length - 1] = withFields(prev, {
        text: `${prev.text} ${b.text}`,
        linkChars: prev.linkChars + b.linkChars,
      });
    else out.push(b);
  }
  return out;
}

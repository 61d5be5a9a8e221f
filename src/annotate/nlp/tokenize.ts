import type { Span, Token } from "../../model/schema.js";
import { wink } from "./wink.js";
import { isSpaceCode } from "../../text/space.js";

/** Sentences and tokens of a text, with offsets into it. */
export interface Tokenized {
  sentences: Span[];
  tokens: Token[];
}

const PARAGRAPH_BREAK = /\n\s*\n/;

/**
 * Tokenizes and tags `text` with wink-nlp in one pass. Offsets are rebuilt from each token's
 * preceding spaces and value, which together reproduce the text exactly. Sentences never cross a
 * paragraph break: wink sometimes joins a heading or caption to the next paragraph.
 */
export function tokenize(text: string): Tokenized {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  // wink's typings disagree with its lemma helper's signature; at run time it is an ordinary its function.
  const lemma = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const starts = new Array<number>(values.length);
  const tokens: Token[] = [];
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i]!.length;
    starts[i] = offset;
    const value = values[i]!;
    offset += value.length;
    if (pos[i] === "SPACE") continue;
    tokens.push({ start: starts[i]!, end: offset, pos: pos[i]!, lemma: lemma[i]! });
  }
  const sentences: Span[] = [];
  for (const [first, last] of doc.sentences().out(its.span) as [number, number][]) {
    // wink reports one empty sentence, [0, -1], for a text with no tokens.
    if (last < first || values[last] === undefined) continue;
    const start = starts[first]!;
    const end = starts[last]! + values[last]!.length;
    splitOnParagraphs(text, start, end, sentences);
  }
  return { sentences: joinLowerCaseStarts(text, sentences), tokens };
}

/**
 * Joins a "sentence" that starts with a lower-case letter to the one before it in the same
 * paragraph: wink ends a sentence at an abbreviation's full stop before a lower-case word
 * ("Rep. Ann Lee (D-Mass.) | said ..."), and no sentence of news prose starts in lower case.
 */
function joinLowerCaseStarts(text: string, sentences: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of sentences) {
    const c = text.charCodeAt(s.start);
    const prev = out[out.length - 1];
    if (prev && c >= 97 && c <= 122 && !text.slice(prev.end, s.start).includes("\n")) prev.end = s.end;
    else out.push(s);
  }
  return out;
}

/** Pushes the non-blank pieces of text[start, end) between paragraph breaks, trimmed. */
function splitOnParagraphs(text: string, start: number, end: number, out: Span[]): void {
  // Most sentences hold no line break: trim them in place without making strings.
  const nl = text.indexOf("\n", start);
  if (nl < 0 || nl >= end) {
    let a = start;
    let b = end;
    while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
    while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
    if (a < b) out.push({ start: a, end: b });
    return;
  }
  const slice = text.slice(start, end);
  let pos = 0;
  for (const piece of slice.split(PARAGRAPH_BREAK)) {
    const at = slice.indexOf(piece, pos);
    pos = at + piece.length;
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    if (trimmed) out.push({ start: start + at + lead, end: start + at + lead + trimmed.length });
  }
}

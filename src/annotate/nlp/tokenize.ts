import type { Span, Token } from "../../model/schema.js";
import { rawDocument, wink, winkAddons } from "./wink.js";
import { lemmaOf } from "./lemmas.js";
import { posIndex, precedingSpaceCount } from "./wink-tokens.js";
import { isSpaceCode } from "../../text/space.js";

/** Sentences and tokens of a text, with offsets into it. */
export interface Tokenized {
  sentences: Span[];
  tokens: Token[];
}

const PARAGRAPH_BREAK = /\n\s*\n/;

/** Names of wink's parts of speech by index, filled as met: the index-to-name list only grows. */
const posNames: string[] = [];

/**
 * Tokenizes and tags `text` with wink-nlp in one pass. Offsets are rebuilt from each token's
 * preceding spaces and value, which together reproduce the text exactly. Sentences never cross a
 * paragraph break: wink sometimes joins a heading or caption to the next paragraph.
 */
export function tokenize(text: string): Tokenized {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  // One pass over wink's packed tokens instead of an array per property from `tokens().out()`.
  const raw = rawDocument(doc);
  const n = doc.tokens().length();
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const tokens: Token[] = [];
  let offset = 0;
  for (let i = 0; i < n; i++) {
    offset += precedingSpaceCount(raw, i) ?? its.precedingSpaces(i, raw).length;
    starts[i] = offset;
    offset += its.value(i, raw).length;
    ends[i] = offset;
    const p = posIndex(raw, i);
    const pos = (posNames[p] ??= its.pos(i, raw));
    if (pos === "SPACE") continue;
    tokens.push({ start: starts[i]!, end: offset, pos, lemma: lemmaOf(its.lemma, raw, i, winkAddons) });
  }
  const sentences: Span[] = [];
  for (const [first, last] of doc.sentences().out(its.span) as [number, number][]) {
    // wink reports one empty sentence, [0, -1], for a text with no tokens.
    if (last < first || last >= n) continue;
    splitOnParagraphs(text, starts[first]!, ends[last]!, sentences);
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

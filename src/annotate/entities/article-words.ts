import type { Article } from "../../model/schema.js";
import { WordCase, wordSpans } from "../../kb/words.js";

/** The article as the matcher reads it: words with their offsets, case, sentence and tag. */
export interface ArticleWords {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
  /** How many words. */
  count: number;
  /** Per word, its WordCase: what lower-casing it takes. */
  cases: Uint8Array;
  /** The words made into strings so far: read them with wordAt, which makes them when first asked. */
  wordStrings: (string | undefined)[];
  /** The lower-cased words made so far: read them with lowerAt. */
  lowerStrings: (string | undefined)[];
  /** 1 when word i may continue a phrase begun before it (only spaces, a hyphen, an apostrophe or an abbreviation's dot between). */
  joinable: Uint8Array;
  /** Sentence index of each word (-1 outside every sentence). */
  sentence: Int32Array;
  /** 1 when the tagger called the token at word i a proper noun. */
  propn: Uint8Array;
  /** 1 when word i starts with a capital letter. */
  capital: Uint8Array;
  /** 1 when the tagger called the token at word i a common noun: "military" in "military support" is no army. */
  noun: Uint8Array;
}

const SPACE = 0x20;
const NBSP = 0xa0;
const DOT = 0x2e;
const COMMA = 0x2c;
const HYPHEN = 0x2d;
const isSpace = (c: number) => c === SPACE || c === NBSP;
const isDash = (c: number) => c === HYPHEN || c === 0x2010 || c === 0x2011 || c === 0x2013;
const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;

/**
 * Separators a multi-word name may span: "Secretary-General", "People’s", "St. Petersburg",
 * "Washington, D.C." — one or two spaces, a dash, an apostrophe (and a space), a dot (and a space
 * after an abbreviation), ", " or " - ". Read by character codes: this runs for every word.
 */
function joinableGap(text: string, from: number, to: number, prevLength: number): boolean {
  const len = to - from;
  const a = text.charCodeAt(from);
  if (len === 1) return isSpace(a) || isDash(a) || isApostrophe(a) || a === DOT;
  if (len === 2) {
    const b = text.charCodeAt(from + 1);
    if (isSpace(a) && isSpace(b)) return true;
    if (isApostrophe(a) && b === SPACE) return true;
    if (a === DOT && b === SPACE) return prevLength <= ABBREVIATION_MAX;
    return a === COMMA && b === SPACE;
  }
  return len === 3 && a === SPACE && text.charCodeAt(from + 1) === HYPHEN && text.charCodeAt(from + 2) === SPACE;
}
/** A dot followed by a space joins only after an abbreviation ("St.", "U.S."), not at a sentence end. */
const ABBREVIATION_MAX = 2;

/** From an ASCII capital to its lower case: "A" (65) + 32 = "a" (97). */
const CASE_OFFSET = 32;

/**
 * Splits the article text into words and lines them up with sentences and tokens. The words are
 * made into strings only when asked for (wordAt, lowerAt): most are never looked up.
 */
export function articleWords(article: Article): ArticleWords {
  const text = article.text;
  const spans = wordSpans(text);
  const n = spans.count;
  // Copied out of wordSpans' buffers word by word below (TypedArray.slice costs more). The arrays
  // are views of one buffer: a typed array of its own gets a backing store outside the JavaScript
  // heap, allocated and later swept by the garbage collector one by one.
  const INT = Int32Array.BYTES_PER_ELEMENT;
  const buffer = new ArrayBuffer(n * (3 * INT + 5));
  const starts = new Int32Array(buffer, 0, n);
  const ends = new Int32Array(buffer, INT * n, n);
  const sentence = new Int32Array(buffer, 2 * INT * n, n).fill(-1);
  const cases = new Uint8Array(buffer, 3 * INT * n, n);
  const joinable = new Uint8Array(buffer, (3 * INT + 1) * n, n);
  const propn = new Uint8Array(buffer, (3 * INT + 2) * n, n);
  const capital = new Uint8Array(buffer, (3 * INT + 3) * n, n);
  const noun = new Uint8Array(buffer, (3 * INT + 4) * n, n);
  const wordStrings = new Array<string | undefined>(n);
  const lowerStrings = new Array<string | undefined>(n);
  const sentences = article.sentences;
  const tokens = article.tokens ?? [];
  // The current sentence and token, and their bounds, kept in locals as both walks move forward.
  let s = 0;
  let sentenceStart = sentences.length ? sentences[0]!.start : 0;
  let sentenceEnd = sentences.length ? sentences[0]!.end : 0;
  let t = 0;
  let tokenStart = tokens.length ? tokens[0]!.start : 0;
  let tokenEnd = tokens.length ? tokens[0]!.end : 0;
  for (let i = 0; i < n; i++) {
    const start = (starts[i] = spans.starts[i]!);
    const end = (ends[i] = spans.ends[i]!);
    const shape = (cases[i] = spans.cases[i]!);
    if (shape === WordCase.INITIAL) capital[i] = 1;
    else if (shape === WordCase.OTHER) {
      // Capitals inside or letters outside ASCII: the word and its lower case are made now.
      const w = (wordStrings[i] = text.slice(start, end));
      const lw = (lowerStrings[i] = w.toLowerCase());
      capital[i] = w.charCodeAt(0) !== lw.charCodeAt(0) ? 1 : 0;
    }
    if (i > 0 && joinableGap(text, ends[i - 1]!, start, ends[i - 1]! - starts[i - 1]!)) joinable[i] = 1;
    while (s < sentences.length && sentenceEnd <= start) {
      if (++s < sentences.length) ({ start: sentenceStart, end: sentenceEnd } = sentences[s]!);
    }
    if (s < sentences.length && sentenceStart <= start) sentence[i] = s;
    while (t < tokens.length && tokenEnd <= start) {
      if (++t < tokens.length) ({ start: tokenStart, end: tokenEnd } = tokens[t]!);
    }
    if (t < tokens.length && tokenStart <= start) {
      const pos = tokens[t]!.pos;
      if (pos === "PROPN") propn[i] = 1;
      else if (pos === "NOUN") noun[i] = 1;
    }
  }
  return {
    text,
    starts,
    ends,
    count: n,
    cases,
    wordStrings,
    lowerStrings,
    joinable,
    sentence,
    propn,
    capital,
    noun,
  };
}

/** The index of the word covering text offset `at` (words are in text order), or -1. */
export function wordCovering(aw: ArticleWords, at: number): number {
  let lo = 0;
  let hi = aw.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (aw.ends[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < aw.count && aw.starts[lo]! <= at ? lo : -1;
}

/** Word i as written (undefined past the last word). */
export function wordAt(aw: ArticleWords, i: number): string | undefined {
  if (i < 0 || i >= aw.count) return undefined;
  return (aw.wordStrings[i] ??= aw.text.slice(aw.starts[i], aw.ends[i]));
}

/** The words [from, to), as written. */
export function wordsOf(aw: ArticleWords, from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) out.push(wordAt(aw, i)!);
  return out;
}

/** Word i lower-cased (undefined past the last word), by the case shape the scan saw. */
export function lowerAt(aw: ArticleWords, i: number): string | undefined {
  if (i < 0 || i >= aw.count) return undefined;
  let lw = aw.lowerStrings[i];
  if (lw !== undefined) return lw;
  const shape = aw.cases[i];
  if (shape === WordCase.LOWER) lw = wordAt(aw, i)!;
  else if (shape === WordCase.INITIAL) {
    const start = aw.starts[i]!;
    const end = aw.ends[i]!;
    lw =
      String.fromCharCode(aw.text.charCodeAt(start) + CASE_OFFSET) +
      (end - start > 1 ? aw.text.slice(start + 1, end) : "");
  } else lw = wordAt(aw, i)!.toLowerCase();
  return (aw.lowerStrings[i] = lw);
}

/**
 * Whether word i lower-cased is `word` (`lowerAt(aw, i) === word`), compared in the text without
 * making the word's string when it is ASCII with at most an initial capital.
 */
export function lowerIs(aw: ArticleWords, i: number, word: string): boolean {
  if (i < 0 || i >= aw.count) return false;
  const shape = aw.cases[i];
  if (shape !== WordCase.LOWER && shape !== WordCase.INITIAL) return lowerAt(aw, i) === word;
  const start = aw.starts[i]!;
  if (aw.ends[i]! - start !== word.length) return false;
  const first = aw.text.charCodeAt(start) + (shape === WordCase.INITIAL ? CASE_OFFSET : 0);
  if (first !== word.charCodeAt(0)) return false;
  for (let k = 1; k < word.length; k++) if (aw.text.charCodeAt(start + k) !== word.charCodeAt(k)) return false;
  return true;
}

import type { Article } from "../../model/schema.js";
import { wordSpans } from "../../kb/words.js";

/** The article as the matcher reads it: words with their offsets, case, sentence and tag. */
export interface ArticleWords {
  text: string;
  starts: number[];
  ends: number[];
  words: string[];
  lower: string[];
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

/** Splits the article text into words and lines them up with sentences and tokens. */
export function articleWords(article: Article): ArticleWords {
  const text = article.text;
  const { starts, ends } = wordSpans(text);
  const n = starts.length;
  const words = new Array<string>(n);
  const lower = new Array<string>(n);
  const joinable = new Uint8Array(n);
  const sentence = new Int32Array(n).fill(-1);
  const propn = new Uint8Array(n);
  const capital = new Uint8Array(n);
  const noun = new Uint8Array(n);
  const sentences = article.sentences;
  const tokens = article.tokens ?? [];
  let s = 0;
  let t = 0;
  for (let i = 0; i < n; i++) {
    const w = text.slice(starts[i], ends[i]);
    words[i] = w;
    const lw = w.toLowerCase();
    lower[i] = lw;
    capital[i] = w[0] !== lw[0] ? 1 : 0;
    if (i > 0 && joinableGap(text, ends[i - 1]!, starts[i]!, words[i - 1]!.length)) joinable[i] = 1;
    while (s < sentences.length && sentences[s]!.end <= starts[i]!) s++;
    if (s < sentences.length && sentences[s]!.start <= starts[i]!) sentence[i] = s;
    while (t < tokens.length && tokens[t]!.end <= starts[i]!) t++;
    if (t < tokens.length && tokens[t]!.start <= starts[i]!) {
      const pos = tokens[t]!.pos;
      if (pos === "PROPN") propn[i] = 1;
      else if (pos === "NOUN") noun[i] = 1;
    }
  }
  return { text, starts, ends, words, lower, joinable, sentence, propn, capital, noun };
}

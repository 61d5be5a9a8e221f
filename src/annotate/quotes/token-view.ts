import type { Span, Token } from "../../model/schema.js";
import { paragraphs } from "./marks.js";

/** The article as the quotes stage reads it: tokens, sentences and paragraphs, with offset look-ups. */
export interface TokenView {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Span[];
  paragraphs: readonly [number, number][];
}

/** Builds the view once per article. */
export function tokenView(text: string, tokens: readonly Token[], sentences: readonly Span[]): TokenView {
  return { text, tokens, sentences, paragraphs: paragraphs(text) };
}

/** The surface form of token `i`, or "" past either end (rules look one token beyond a phrase). */
export function word(v: TokenView, i: number): string {
  const t = v.tokens[i];
  return t ? v.text.slice(t.start, t.end) : "";
}

/** Whether token `i` is written `w` (false past either end): `word(v, i) === w` without making the string. */
export function isWord(v: TokenView, i: number, w: string): boolean {
  const t = v.tokens[i];
  return t !== undefined && t.end - t.start === w.length && v.text.startsWith(w, t.start);
}

/** Index of the first token that starts at or after `offset`. */
export function tokenAtOrAfter(v: TokenView, offset: number): number {
  let lo = 0;
  let hi = v.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last token that ends at or before `offset`, or -1. */
export function tokenBefore(v: TokenView, offset: number): number {
  let lo = 0;
  let hi = v.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The span of the sentence holding `offset`, or of the paragraph when no sentence does. */
export function sentenceAt(v: TokenView, offset: number): Span {
  let lo = 0;
  let hi = v.sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.sentences[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  const s = v.sentences[lo];
  if (s && s.start <= offset) return s;
  const [ps, pe] = paragraphAt(v, offset);
  return { start: ps, end: pe };
}

/** The [start, end) of the paragraph holding `offset` (or the one just after it). */
export function paragraphAt(v: TokenView, offset: number): [number, number] {
  return v.paragraphs[paragraphIndex(v, offset)] ?? [0, v.text.length];
}

/** Index of the paragraph holding `offset` (or the one just after it). */
export function paragraphIndex(v: TokenView, offset: number): number {
  let lo = 0;
  let hi = v.paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.paragraphs[mid]![1] < offset) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, v.paragraphs.length - 1);
}

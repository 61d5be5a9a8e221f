/**
 * Pairs quotation marks into quoted spans: straight, curly, low-high and guillemet doubles, and
 * single marks told apart from apostrophes. Works paragraph by paragraph so that a missing closing
 * mark cannot swallow the rest of the article.
 */
import { isSpaceCode } from "../../text/space.js";

/** A span of text between an opening mark and its closing mark (or the end of its paragraph). */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the quoted words (after the opening mark, which may be two characters: ''). */
  inner: number;
  /** Offset of the closing mark, or the end of the last paragraph when no mark closes it. */
  close: number;
  /** Offset just after the closing mark. */
  after: number;
  /** Whether a closing mark was found. */
  closed: boolean;
  /** 0 for a quotation not inside another one. */
  depth: number;
}

type MarkClass = "double" | "guillemet" | "single";

interface Opener {
  pos: number;
  cls: MarkClass;
  width: number;
}

/** How many paragraphs without marks a quotation may run through to reach its closing mark. */
const MAX_CONTINUATION = 5;
const LETTER = /[\p{L}\p{N}]/u;
const SPACE_BEFORE = /[\s([{\u2014\u2013\-/]/;
const SPACE_AFTER = /[\s,.;:!?)\]}]/;

/** Every character that may be a quotation mark, to jump from one to the next. */
const MARK = /["\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019'\u2039\u203a]/g;
const APOSTROPHE = 0x27;

const MARKS = new Set([
  '"',
  "\u201c",
  "\u201d",
  "\u201e",
  "\u00ab",
  "\u00bb",
  "\u2018",
  "\u2019",
  "'",
  "\u2039",
  "\u203a",
]);

/** Every quoted span of `text`, in order of their opening marks. */
export function findQuoteSpans(text: string, paras: readonly [number, number][] = paragraphs(text)): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: Opener[] = [];
  let carried = false;
  for (let p = 0; p < paras.length; p++) {
    const [ps, pe] = paras[p]!;
    let i = ps;
    // 1. A quotation carried over from the previous paragraph: a mark opening this one repeats it.
    if (carried) i = ps + opensWithDouble(text, ps);
    // `test` rather than `exec`: the mark is one character, found at lastIndex - 1, and no match
    // object is made per mark.
    MARK.lastIndex = i;
    while (MARK.test(text) && (i = MARK.lastIndex - 1) < pe) {
      // Two apostrophes stand for a double mark in some newspaper archives ('' ... '').
      if (text.charCodeAt(i) === APOSTROPHE && text.charCodeAt(i + 1) === APOSTROPHE) {
        scanDoubled(text, i, ps, pe, stack, spans);
        MARK.lastIndex = i + 2;
        continue;
      }
      scanMark(text, i, ps, pe, stack, spans);
    }
    // 2. At the paragraph's end, an unclosed quotation opening the paragraph may go on; others stop here.
    carried = false;
    if (!stack.length) continue;
    const outer = stack[0]!;
    const opensParagraph = outer.pos === ps || (outer.pos < ps && stack.length > 0);
    if (opensParagraph && outer.cls !== "single" && continues(text, paras, p, outer.cls)) {
      stack.length = 1;
      carried = true;
      continue;
    }
    if (pe - outer.pos > 1 && text.slice(outer.pos + 1, pe).trim()) {
      const end = trimEnd(text, pe);
      spans.push({ open: outer.pos, inner: outer.pos + outer.width, close: end, after: end, closed: false, depth: 0 });
    }
    stack.length = 0;
  }
  if (stack.length) {
    const outer = stack[0]!;
    const end = trimEnd(text, text.length);
    spans.push({ open: outer.pos, inner: outer.pos + outer.width, close: end, after: end, closed: false, depth: 0 });
  }
  return spans.sort((a, b) => a.open - b.open);
}

/** Decides whether the mark at `i` opens, closes or is neither, and updates the stack. */
function scanMark(text: string, i: number, ps: number, pe: number, stack: Opener[], out: QuoteSpan[]): void {
  const c = text[i]!;
  const prev = i > ps ? text[i - 1]! : " ";
  const next = i + 1 < pe ? text[i + 1]! : " ";
  const spaceBefore = SPACE_BEFORE.test(prev) || MARKS.has(prev);
  const spaceAfter = SPACE_AFTER.test(next);
  const letterAfter = LETTER.test(next);
  switch (c) {
    case '"':
      if (spaceBefore && !spaceAfter) return open(stack, i, "double");
      if (has(stack, "double") || !spaceBefore) return close(stack, i, "double", out);
      return;
    case "\u201c":
      // A left mark followed by a space or punctuation is a misused closing mark ("measures “, read").
      if (spaceAfter) return void (has(stack, "double") && close(stack, i, "double", out));
      if (!spaceBefore && top(stack)?.cls === "double" && !letterAfter) return close(stack, i, "double", out);
      return open(stack, i, "double");
    case "\u201d":
      if (spaceBefore && letterAfter && !has(stack, "double")) return open(stack, i, "double");
      return close(stack, i, "double", out);
    case "\u201e":
      return open(stack, i, "double");
    case "\u00ab":
      return open(stack, i, "guillemet");
    case "\u00bb":
      return close(stack, i, "guillemet", out);
    case "\u2039":
      return open(stack, i, "single");
    case "\u203a":
      return close(stack, i, "single", out);
    case "\u2018":
      if (spaceBefore && letterAfter) return open(stack, i, "single");
      if (!letterAfter && has(stack, "single")) return close(stack, i, "single", out);
      return;
    case "\u2019":
    case "'":
      // An apostrophe inside a word or a plural possessive, unless a single quotation is open.
      if (c === "'" && spaceBefore && letterAfter) return open(stack, i, "single");
      if (!letterAfter && !spaceBefore && has(stack, "single")) return close(stack, i, "single", out);
      return;
  }
}

function open(stack: Opener[], pos: number, cls: MarkClass, width = 1): void {
  stack.push({ pos, cls, width });
}

/** A doubled apostrophe used as a double mark. */
function scanDoubled(text: string, i: number, ps: number, pe: number, stack: Opener[], out: QuoteSpan[]): void {
  const prev = i > ps ? text[i - 1]! : " ";
  const next = i + 2 < pe ? text[i + 2]! : " ";
  if (SPACE_BEFORE.test(prev) && !SPACE_AFTER.test(next)) return open(stack, i, "double", 2);
  if (has(stack, "double")) close(stack, i, "double", out, 2);
}

/** Closes the innermost open quotation of the class; quotations left open inside it are dropped. */
function close(stack: Opener[], pos: number, cls: MarkClass, out: QuoteSpan[], width = 1): void {
  for (let k = stack.length - 1; k >= 0; k--) {
    if (stack[k]!.cls !== cls) continue;
    const o = stack[k]!;
    out.push({ open: o.pos, inner: o.pos + o.width, close: pos, after: pos + width, closed: true, depth: k });
    stack.length = k;
    return;
  }
}

function has(stack: Opener[], cls: MarkClass): boolean {
  return stack.some((o) => o.cls === cls);
}

function top(stack: Opener[]): Opener | undefined {
  return stack[stack.length - 1];
}

function isDoubleOpener(c: string | undefined): boolean {
  return c === "\u201c" || c === '"' || c === "\u201e" || c === "\u00ab";
}

function opensWithDouble(text: string, at: number): number {
  if (isDoubleOpener(text[at])) return 1;
  return text.startsWith("''", at) ? 2 : 0;
}

/**
 * Whether a quotation left open at the end of paragraph `p` goes on: the next paragraph opens with
 * a mark (the usual convention), or the first mark after some paragraphs without marks closes it.
 */
function continues(text: string, paras: readonly [number, number][], p: number, cls: MarkClass): boolean {
  for (let q = p + 1; q < paras.length && q <= p + MAX_CONTINUATION; q++) {
    const [qs, qe] = paras[q]!;
    if (opensWithDouble(text, qs)) return true;
    const first = firstMark(text, qs, qe);
    if (first < 0) continue;
    const c = text[first]!;
    const next = first + 1 < qe ? text[first + 1]! : " ";
    const closes =
      cls === "guillemet"
        ? c === "\u00bb"
        : c === "\u201d" || ((c === '"' || c === "\u201c") && SPACE_AFTER.test(next));
    return closes;
  }
  return false;
}

function firstMark(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c === '"' || c === "\u201c" || c === "\u201d" || c === "\u201e" || c === "\u00ab" || c === "\u00bb") return i;
  }
  return -1;
}

/**
 * The [start, end) of each paragraph, trimmed of surrounding white space. Any line break ends a
 * paragraph here (with the white space after it): a quotation never runs on over a bare line break.
 */
export function paragraphs(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    let s = start;
    let e = end;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push([s, e]);
    if (nl < 0) break;
    // A paragraph break is a line break and all white space after it.
    start = nl + 1;
    while (start < text.length && isSpaceCode(text.charCodeAt(start))) start++;
  }
  return out;
}

/** Whether `offset` falls between the marks of one of `spans` (sorted, not overlapping). */
export function insideSpan(spans: readonly QuoteSpan[], offset: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.close <= offset) lo = mid + 1;
    else hi = mid;
  }
  const s = spans[lo];
  return s !== undefined && s.inner <= offset && offset < s.close;
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return e;
}

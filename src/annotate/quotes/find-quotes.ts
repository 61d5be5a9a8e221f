/**
 * The quotes cascade: quoted spans, direct quotations and their attributions, reported speech,
 * then speakers resolved in text order so that "he said" and "the statement added" can refer back.
 */
import type { Entity, Quote, Span, Token } from "../../model/schema.js";
import { type DirectQuote, attributeDirect, isDirect } from "./direct.js";
import { type IndirectQuote, findIndirect, sentenceTokens } from "./indirect.js";
import { type QuoteSpan, findQuoteSpans, insideSpan } from "./marks.js";
import { type ResolveContext, type Resolved, type SaidBefore, resolveSpeaker } from "./resolve-speaker.js";
import { type TokenRange, subjectBefore } from "./speaker-phrase.js";
import { type TokenView, paragraphIndex, sentenceAt, tokenAtOrAfter, tokenView, word } from "./token-view.js";

/** One attribution before its speaker is resolved. */
interface Finding {
  kind: Quote["kind"];
  start: number;
  end: number;
  /** Where it sits in reading order: the earlier of its words and its cue. */
  at: number;
  cue: number | null;
  cueLast: number;
  speaker: TokenRange | null;
  inherits: boolean;
}

/** How many paragraphs back a quotation without a cue may continue an earlier speaker. */
const CONTINUATION_PARAGRAPHS = 1;

/** The quotations of an article, in text order. */
export function findQuotes(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Span[],
  entities: readonly Entity[],
): Quote[] {
  const v = tokenView(text, tokens, sentences);
  // 1. Quoted spans, split into direct quotations and fragments inside a sentence.
  const top = findQuoteSpans(text, v.paragraphs).filter((s) => s.depth === 0);
  const direct: DirectQuote[] = [];
  const fragments: QuoteSpan[] = [];
  for (const s of top) {
    if (isDirect(v, s)) direct.push(attributeDirect(v, s));
    else fragments.push(s);
  }
  // 2. Reported speech, outside direct quotations and their cues.
  const claimed = new Set<number>();
  for (const d of direct) if (d.cue !== null) claimed.add(d.cue);
  const directSpans = direct.map((d) => d.span);
  const indirect: IndirectQuote[] = [];
  const ranges = sentenceRanges(v);
  for (let k = 0; k < sentences.length; k++) {
    const first = ranges[2 * k]!;
    const last = ranges[2 * k + 1]!;
    if (first <= last) findIndirect(v, first, last, claimed, directSpans, indirect);
  }
  // 3. One list in reading order.
  const findings: Finding[] = direct.map((d) => ({
    kind: "direct" as const,
    start: d.start,
    end: d.end,
    at: Math.min(d.span.open, d.cue === null ? d.span.open : v.tokens[d.cue]!.start),
    cue: d.cue,
    cueLast: d.cue ?? -1,
    speaker: d.speaker,
    inherits: d.inherits,
  }));
  for (const q of indirect) {
    const mixed = fragments.some((f) => f.open >= q.start && f.open < q.end);
    // Written out rather than spread from q: V8 copies a spread object through a slow runtime path.
    findings.push({
      kind: mixed ? "mixed" : "indirect",
      start: q.start,
      end: q.end,
      at: Math.min(q.start, v.tokens[q.cue]!.start),
      cue: q.cue,
      cueLast: q.cueLast,
      speaker: q.speaker,
      inherits: q.inherits,
    });
  }
  findings.sort((a, b) => a.at - b.at || a.start - b.start);
  // 4. Speakers, each able to refer back to the ones before it.
  // The entities stage lists them in text order: then a sorted copy would hold the same list.
  const sorted = inTextOrder(entities) ? entities : [...entities].sort(byStart);
  const history: SaidBefore[] = [];
  const ctx: ResolveContext = { view: v, entities: sorted, history };
  const quotes: Quote[] = [];
  for (const f of findings) {
    const resolved = speakerOf(v, ctx, f, top);
    if (resolved) history.push({ speaker: resolved.speaker, kind: resolved.kind, at: f.at });
    const quote: Quote = {
      start: f.start,
      end: f.end,
      text: text.slice(f.start, f.end),
      kind: f.kind,
      speaker: resolved?.speaker ?? null,
    };
    if (f.cue !== null) quote.cue = cueText(v, f);
    quotes.push(quote);
  }
  return quotes.sort((a, b) => a.start - b.start);
}

/**
 * 1. the phrase next to the cue; 2. a participle's clause speaker; 3. a quotation without a cue
 * continues the speaker of the quotation just before it, or else the subject of the sentence
 * introducing it ("Stoltenberg condemned the move. “I condemn ...”").
 */
function speakerOf(v: TokenView, ctx: ResolveContext, f: Finding, quoted: readonly QuoteSpan[]): Resolved | null {
  // 1.
  if (f.speaker) return resolveSpeaker(ctx, f.speaker);
  const sentence = sentenceAt(v, f.cue !== null ? v.tokens[f.cue]!.start : f.at);
  // 2.
  if (f.inherits) {
    const same = lastSaid(ctx.history, sentence.start);
    if (same) return same;
    const subject = mainSubject(v, sentence, f.cue ?? tokenAtOrAfter(v, sentence.end), quoted);
    return subject ? resolveSpeaker(ctx, subject) : null;
  }
  if (f.cue !== null || f.kind !== "direct") return null;
  // 3.
  const previous = ctx.history[ctx.history.length - 1];
  const here = paragraphIndex(v, f.at);
  const gap = previous ? here - paragraphIndex(v, previous.at) : Infinity;
  if (gap === 0) return { speaker: previous!.speaker, kind: previous!.kind };
  const [ps] = v.paragraphs[here] ?? [0, 0];
  let b = f.at - 1;
  while (b > ps && /\s/.test(v.text[b]!)) b--;
  if (b > ps) {
    const before = sentenceAt(v, b);
    const subject =
      before.start >= ps ? mainSubject(v, before, tokenAtOrAfter(v, Math.min(before.end, f.at)), quoted) : null;
    if (subject) return resolveSpeaker(ctx, subject);
  }
  return gap <= CONTINUATION_PARAGRAPHS ? { speaker: previous!.speaker, kind: previous!.kind } : null;
}

/**
 * Per sentence k, its first and last token at [2k] and [2k + 1], as sentenceTokens finds them.
 * Sentences come in text order, so two indices moving forward find them all; a sentence out of
 * order is looked up by binary search.
 */
function sentenceRanges(v: TokenView): Int32Array {
  const { tokens, sentences } = v;
  const out = new Int32Array(2 * sentences.length);
  let first = 0;
  let after = 0;
  let prevStart = 0;
  let prevEnd = 0;
  for (let k = 0; k < sentences.length; k++) {
    const { start, end } = sentences[k]!;
    if (start < prevStart || end < prevEnd) {
      [first, after] = sentenceTokens(v, start, end);
      after++;
    } else {
      while (first < tokens.length && tokens[first]!.start < start) first++;
      while (after < tokens.length && tokens[after]!.end <= end) after++;
    }
    out[2 * k] = first;
    out[2 * k + 1] = after - 1;
    prevStart = start;
    prevEnd = end;
  }
  return out;
}

function byStart(a: Span, b: Span): number {
  return a.start - b.start;
}

function inTextOrder(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i]!.start < spans[i - 1]!.start) return false;
  return true;
}

function lastSaid(history: readonly SaidBefore[], from: number): Resolved | null {
  const h = history[history.length - 1];
  return h && h.at >= from ? { speaker: h.speaker, kind: h.kind } : null;
}

/** The subject of the first verb outside quotation marks in a sentence, before token `stop`. */
function mainSubject(v: TokenView, sentence: Span, stop: number, quoted: readonly QuoteSpan[]): TokenRange | null {
  let first = tokenAtOrAfter(v, sentence.start);
  for (let i = first; i < stop && v.tokens[i]!.start < sentence.end; i++) {
    if (insideSpan(quoted, v.tokens[i]!.start) || /^[\p{Pi}\p{Pf}"']+$/u.test(word(v, i))) {
      first = i + 1;
      continue;
    }
    const p = v.tokens[i]!.pos;
    if (i === first || (p !== "VERB" && p !== "AUX")) continue;
    const subject = subjectBefore(v, i, first);
    if (subject) return subject;
  }
  return null;
}

function cueText(v: TokenView, f: Finding): string {
  const first = v.tokens[f.cue!]!;
  const last = v.tokens[Math.max(f.cueLast, f.cue!)]!;
  return f.cueLast > f.cue! ? v.text.slice(first.start, last.end) : word(v, f.cue!);
}

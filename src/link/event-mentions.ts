/**
 * An event as the merger sees it: the coded event plus the words around it (its sentence), the
 * words of its trigger and any quotation it sits in, which tell two same-type events apart.
 */
import type { Article, Event, Span } from "../model/schema.js";
import { contentWords } from "./content-words.js";

/** Without sentence spans, this many characters either side stand in for the sentence. */
const CONTEXT_CHARS = 160;
const QUOTE_WORD = /[\p{L}\p{N}]+/gu;

export interface EventMention {
  article: string;
  event: Event;
  /** Content stems of the sentence holding the event. */
  context: Map<string, number>;
  /** Where that sentence starts: mentions of one article with the same value share a sentence. */
  sentence: number;
  /** Content stems of the event text. */
  trigger: Map<string, number>;
  /** Lower-cased words of the quotation the event is in or reports, if any. */
  quote: Set<string> | null;
  /** Its runs of QUOTE_RUN words, for quotations that one outlet gives whole and another in part. */
  quoteRuns: Set<string> | null;
}

/** The mentions of an article's events, in the article's order. */
export function articleMentions(a: Article): EventMention[] {
  return a.events.map((event) => {
    const span = sentenceOf(a, event.text_info);
    // A quotation in the event's sentence: the event is the quote itself or its report ("X warned: '…'").
    const quote =
      a.quotes.find((q) => q.start < event.text_info.end && event.text_info.start < q.end) ??
      a.quotes.find((q) => q.start < span.end && span.start < q.end);
    return {
      article: a.id,
      event,
      context: counts(contentWords(a.text.slice(span.start, span.end))),
      sentence: span.start,
      trigger: counts(contentWords(event.event_text)),
      quote: quote ? new Set(quoteWords(quote.text)) : null,
      quoteRuns: quote ? runs(quoteWords(quote.text)) : null,
    };
  });
}

/** A run this long of the same quoted words is the same statement, not a stock phrase. */
export const QUOTE_RUN = 5;

function quoteWords(text: string): string[] {
  return text.toLowerCase().match(QUOTE_WORD) ?? [];
}

function runs(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + QUOTE_RUN <= words.length; i++) out.add(words.slice(i, i + QUOTE_RUN).join(" "));
  return out;
}

/** The sentence that holds a span (binary search over sorted sentences), else a window around it. */
function sentenceOf(a: Article, at: Span): Span {
  const ss = a.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ss[mid]!;
    if (s.end <= at.start) lo = mid + 1;
    else if (s.start > at.start) hi = mid - 1;
    else return { start: s.start, end: Math.max(s.end, at.end) };
  }
  return { start: Math.max(0, at.start - CONTEXT_CHARS), end: Math.min(a.text.length, at.end + CONTEXT_CHARS) };
}

function counts(words: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

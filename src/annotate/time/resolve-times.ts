/**
 * Finds the time expressions of a text and resolves them against the publication date:
 * 1. rule candidates (days, calendar units, durations, sets) and chrono's explicit dates;
 * 2. of overlapping candidates the longest wins (on a tie, the earlier rule);
 * 3. the survivors, in text order, with their text.
 */
import type { Span, Time, Token } from "../../model/schema.js";
import { type Candidate, type RuleContext, runRules } from "./candidate.js";
import { parseDay } from "./calendar.js";
import { chronoCandidates } from "./chrono-dates.js";
import { CALENDAR_RULES } from "./rules-calendar.js";
import { DAY_RULES } from "./rules-days.js";
import { HOLIDAY_RULES } from "./rules-holidays.js";
import { SPAN_RULES } from "./rules-spans.js";
import { TenseIndex } from "./tense.js";

const RULES = [...DAY_RULES, ...CALENDAR_RULES, ...HOLIDAY_RULES, ...SPAN_RULES];

/**
 * The TIMEX3 time expressions of `text`. `anchor` is the publication date (ISO date or
 * date-time); with null, relative expressions keep X's ("XXXX-WXX-2") and absolute ones resolve.
 */
export function resolveTimes(
  text: string,
  sentences: readonly Span[],
  tokens: readonly Token[],
  anchor: string | null,
): Time[] {
  const sentenceSpans = sentences.length ? sentences : [{ start: 0, end: text.length }];
  let tenses: TenseIndex | undefined;
  const ctx: RuleContext = {
    text,
    anchor: parseDay(anchor),
    // Built on first use: many articles have no expression whose value depends on tense.
    tense: (start, end) => (tenses ??= new TenseIndex(text, sentenceSpans, tokens)).at(start, end),
    posAt(pos) {
      let lo = 0;
      let hi = tokens.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const t = tokens[mid]!;
        if (t.start === pos) return t.pos;
        if (t.start < pos) lo = mid + 1;
        else hi = mid - 1;
      }
      return "";
    },
    sentence(pos) {
      const s = (tenses ??= new TenseIndex(text, sentenceSpans, tokens)).sentenceOf(pos);
      return s ? text.slice(s.start, s.end) : "";
    },
  };
  const candidates: Candidate[] = [];
  const spans = joinSplitDates(text, sentenceSpans);
  runRules(RULES, spans, ctx, candidates);
  chronoCandidates(spans, ctx, candidates);
  const kept = pickLongest(candidates);
  const times: Time[] = [];
  for (const c of kept)
    times.push({ start: c.start, end: c.end, type: c.type, value: c.value, text: text.slice(c.start, c.end) });
  return times;
}

/** A sentence that ends on a month's abbreviation ("through Oct.") and one that opens with its day. */
const ENDS_ON_MONTH = /\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.\s*$/;
const OPENS_WITH_DAY = /^\s*\d{1,2}\b/;

/**
 * The sentences with those split after a month's abbreviation joined again: a sentence splitter
 * may take the period of "Oct. 19" for a full stop, which would cut the date in two.
 */
function joinSplitDates(text: string, sentences: readonly Span[]): readonly Span[] {
  let out: Span[] | null = null;
  for (let i = 1; i < sentences.length; i++) {
    const prev = (out ? out[out.length - 1] : sentences[i - 1])!;
    const s = sentences[i]!;
    if (
      ENDS_ON_MONTH.test(text.slice(Math.max(prev.start, prev.end - 8), prev.end)) &&
      OPENS_WITH_DAY.test(text.slice(s.start, s.start + 4))
    ) {
      out ??= sentences.slice(0, i).map((x) => ({ start: x.start, end: x.end }));
      out[out.length - 1] = { start: prev.start, end: s.end };
    } else out?.push({ start: s.start, end: s.end });
  }
  return out ?? sentences;
}

/** Non-overlapping candidates, longest first (stable: an earlier candidate wins a tie). */
function pickLongest(candidates: Candidate[]): Candidate[] {
  const order = candidates.map((_, i) => i);
  order.sort((a, b) => {
    const ca = candidates[a]!;
    const cb = candidates[b]!;
    return cb.end - cb.start - (ca.end - ca.start) || a - b;
  });
  const kept: Candidate[] = [];
  for (const i of order) {
    const c = candidates[i]!;
    if (!overlapsAny(c, kept)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function overlapsAny(c: Candidate, kept: readonly Candidate[]): boolean {
  for (const k of kept) if (c.end > k.start && c.start < k.end) return true;
  return false;
}

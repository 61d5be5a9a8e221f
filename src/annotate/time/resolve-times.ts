/**
 * Finds the time expressions of a text and resolves them against the publication date:
 * 1. rule candidates (days, calendar units, durations, sets) and chrono's explicit dates;
 * 2. of overlapping candidates the longest wins (on a tie, the earlier rule);
 * 3. the survivors, in text order, with their text.
 */
import type { Span, Time, Token } from "../../model/schema.js";
import { type Candidate, type RuleContext, runRules } from "./candidate.js";
import { type Day, parseDay } from "./calendar.js";
import { chronoCandidates } from "./chrono-dates.js";
import { CALENDAR_RULES } from "./rules-calendar.js";
import { DAY_RULES } from "./rules-days.js";
import { HOLIDAY_RULES } from "./rules-holidays.js";
import { SPAN_RULES } from "./rules-spans.js";
import { type Tense, TenseIndex } from "./tense.js";

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
  const ctx = new ArticleContext(text, sentenceSpans, tokens, parseDay(anchor));
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

/**
 * The context rules resolve values in, for one article. A class rather than an object of arrow
 * functions: those would be made again for every article.
 */
class ArticleContext implements RuleContext {
  private tenses: TenseIndex | undefined;

  constructor(
    readonly text: string,
    private readonly sentenceSpans: readonly Span[],
    private readonly tokens: readonly Token[],
    readonly anchor: Day | null,
  ) {}

  /** Built on first use: many articles have no expression whose value depends on tense. */
  private tenseIndex(): TenseIndex {
    return (this.tenses ??= new TenseIndex(this.text, this.sentenceSpans, this.tokens));
  }

  tense(start: number, end: number): Tense {
    return this.tenseIndex().at(start, end);
  }

  posAt(pos: number): string {
    const { tokens } = this;
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
  }

  sentence(pos: number): string {
    const s = this.tenseIndex().sentenceOf(pos);
    return s ? this.text.slice(s.start, s.end) : "";
  }
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
    // The rarer of the two first: few sentences open with a number.
    if (
      OPENS_WITH_DAY.test(text.slice(s.start, s.start + 4)) &&
      ENDS_ON_MONTH.test(text.slice(Math.max(prev.start, prev.end - 8), prev.end))
    ) {
      out ??= sentences.slice(0, i).map((x) => ({ start: x.start, end: x.end }));
      out[out.length - 1] = { start: prev.start, end: s.end };
    } else out?.push({ start: s.start, end: s.end });
  }
  return out ?? sentences;
}

/**
 * Non-overlapping candidates, longest first (an earlier candidate wins a tie: the sort is stable).
 * The comparators are made once, at module load, not for every article.
 */
function pickLongest(candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const c of candidates.slice().sort(byLengthDescending)) if (!overlapsAny(c, kept)) kept.push(c);
  return kept.sort(byStart);
}

function byLengthDescending(a: Candidate, b: Candidate): number {
  return b.end - b.start - (a.end - a.start);
}

function byStart(a: Candidate, b: Candidate): number {
  return a.start - b.start;
}

function overlapsAny(c: Candidate, kept: readonly Candidate[]): boolean {
  for (const k of kept) if (c.end > k.start && c.start < k.end) return true;
  return false;
}

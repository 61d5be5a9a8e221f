/**
 * Explicit dates and clock times through chrono-node: "February 22, 2022", "Nov. 9", "22 March",
 * "2022-02-21", "10:35 a.m.", "5 p.m. EST Nov. 9", "noon Saturday". chrono is the costly part of
 * the stage, so it only sees sentences that a cheap regex says hold such an expression; relative
 * expressions ("on Monday", "last week") are left to the rule files, which follow news usage.
 */
import * as chrono from "chrono-node";
import type { Span } from "../../model/schema.js";
import type { Candidate, RuleContext } from "./candidate.js";
import { formatDay } from "./calendar.js";
import { dayValue, monthDayValue, weekdayValue } from "./values.js";

const MONTH_ABBR = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
/**
 * A month next to a day number, a clock time, an ISO or slashed date, noon or midnight. (One
 * `\b` for all the alternatives: the regex engine then tries them only at word boundaries.)
 */
const WORTH_PARSING = new RegExp(
  `\\b(?:${MONTH_ABBR}\\s+\\d{1,2}\\b|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_ABBR}|` +
    `\\d{1,2}(?::\\d\\d)?\\s*[ap]\\.?m\\b|\\d{1,2}:\\d\\d\\b|\\d{4}-\\d\\d-\\d\\d\\b|` +
    `\\d{1,2}/\\d{1,2}/\\d{2,4}\\b|(?:noon|midnight)\\b)`,
  "i",
);
/** What every match of WORTH_PARSING holds: a digit, "noon" or "midnight" (a cheaper first test). */
const MAY_BE_WORTH = /\d|noon|midnight/i;
const CLOCK_LIKE =
  /\d:\d\d|\d\s*[ap]\.?m\b|\bnoon\b|\bmidnight\b|o['’]clock|\bin\s+the\s+(?:morning|afternoon|evening)/i;
const BARE_AT_HOUR = /\s+at\s+\d{1,2}$/;
const PART_OF_DAY_OF = /^(?:the\s+)?(?:morning|afternoon|evening|night)\s+of\s+/i;
const LEADING_WORDS = /^(?:(?:on|at|in|by|from|since|until|of|the|around)\s+)+/i;
const TRAILING_PUNCTUATION = /[\s,;:]+$/;

/**
 * chrono's casual English parser without its range merging ("this year through Oct. 19" and "last
 * Thursday, to Nov. 6" are two expressions each in TIMEX3, and the rules cannot find the date
 * after the range word on their own) and without its parsers of relative expressions ("two days
 * ago", "next week", "within a month"), which the rules value and which cost time.
 */
const RELATIVE_PARSERS = new Set([
  "ENTimeUnitWithinFormatParser",
  "ENTimeUnitAgoFormatParser",
  "ENTimeUnitLaterFormatParser",
  "ENRelativeDateFormatParser",
  "ENTimeUnitCasualRelativeFormatParser",
]);
export const PARSER = (() => {
  const parser = chrono.casual.clone();
  parser.refiners = parser.refiners.filter((r) => r.constructor.name !== "ENMergeDateRangeRefiner");
  parser.parsers = parser.parsers.filter((p) => !RELATIVE_PARSERS.has(p.constructor.name));
  return parser;
})();

/** chrono's month words all start with these (its patterns are case-insensitive, as are these tests). */
const MONTH_START = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
/**
 * What some of chrono's parsers need in a text to match at all, read off their patterns in
 * chrono-node 2.10 (a word or form that is not optional there): the weekday parser needs a
 * weekday ("sun" to "sat") or "weekend"/"weekday", the slash-date parser a digit, a separator and
 * a digit, and so on. chrono runs every parser's pattern over the whole sentence, which is most of
 * its cost; a parser whose need is missing would find nothing, so leaving it out of the parse
 * gives exactly the same results (the others' results, in the same order).
 */
export const PARSER_NEEDS: Readonly<Record<string, RegExp>> = {
  ENWeekdayParser: /sun|mon|tue|wed|thu|fri|sat|week/i,
  SlashDateFormatParser: /\d[/.-]\d/,
  ENSlashMonthFormatParser: /\d\/\d/,
  ISOFormatParser: /\d-\d/,
  ENTimeExpressionParser: /\d/,
  // "midnight" and "last night" hold "night"; "tmrw" holds "tmr".
  ENCasualTimeParser: /morning|afternoon|evening|night|midday|noon/i,
  ENCasualDateParser: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night/i,
  ENEndOfCurrentMonthParser: /month/i,
  ENMonthNameLittleEndianParser: MONTH_START,
  ENMonthNameMiddleEndianParser: MONTH_START,
  ENMonthNameParser: MONTH_START,
  ENYearMonthNameParser: MONTH_START,
};

/**
 * The same for some of chrono's refiners, which run over every parse: what a sentence must hold
 * for the refiner to change a result. A result's text is always a piece of the sentence, so what
 * the refiner looks for in a result's text, or around it, is in the sentence too. Without its
 * need a refiner returns the results as they are (ENUnlikelyFormatFilter: a copy of the list
 * with every result kept, which is the same to the caller).
 */
export const REFINER_NEEDS: Readonly<Record<string, RegExp>> = {
  // "end of" or "last day of" just before a result.
  ENEndOfPeriodRefiner: /end|last/i,
  // A result whose text starts with "+" or "-".
  ENMergeRelativeAfterDateRefiner: /[+-]/,
  // A result whose text ends with "before", "from", "after" or "since".
  ENMergeRelativeFollowByDateRefiner: /before|from|after|since/i,
  // A sign and a digit after a result ("+05:00", "UTC-3").
  ExtractTimezoneOffsetRefiner: /[+-]\d/,
  // A result reading "may" or ending with "the second".
  ENUnlikelyFormatFilter: /may|second/i,
};

/** Where a parser's and a refiner's bits lie in a set left out: parsers from bit 0, refiners from this one. */
const REFINER_BIT = 16;

/** Each distinct need and the bits of PARSER.parsers and PARSER.refiners (by index) that have it. */
const NEEDS: { re: RegExp; bits: number }[] = (() => {
  if (PARSER.parsers.length > REFINER_BIT || REFINER_BIT + PARSER.refiners.length > 31)
    throw new Error("chrono's parsers and refiners do not fit the bits of a set left out");
  const byRegex = new Map<RegExp, number>();
  const add = (re: RegExp | undefined, bit: number) => {
    if (re) byRegex.set(re, (byRegex.get(re) ?? 0) | (1 << bit));
  };
  PARSER.parsers.forEach((p, i) => add(PARSER_NEEDS[p.constructor.name], i));
  PARSER.refiners.forEach((r, i) => add(REFINER_NEEDS[r.constructor.name], REFINER_BIT + i));
  return [...byRegex].map(([re, bits]) => ({ re, bits }));
})();
const PARSERS_LEFT_OUT = new Map<number, chrono.Chrono>([[0, PARSER]]);

/** PARSER without the parsers and refiners whose needs `text` lacks (one clone per set left out, made once). */
export function parserFor(text: string): chrono.Chrono {
  let out = 0;
  for (const need of NEEDS) if (!need.re.test(text)) out |= need.bits;
  let parser = PARSERS_LEFT_OUT.get(out);
  if (!parser) {
    parser = PARSER.clone();
    parser.parsers = PARSER.parsers.filter((_, i) => !(out & (1 << i)));
    parser.refiners = PARSER.refiners.filter((_, i) => !(out & (1 << (REFINER_BIT + i))));
    PARSERS_LEFT_OUT.set(out, parser);
  }
  return parser;
}

/** Candidates for the explicit dates and times in the sentences worth parsing. */
export function chronoCandidates(sentences: readonly Span[], ctx: RuleContext, out: Candidate[]): void {
  // chrono needs some reference; with no anchor its guesses are replaced by X's below.
  const anchor = ctx.anchor ?? { y: 2000, m: 1, d: 1 };
  const ref = { instant: new Date(Date.UTC(anchor.y, anchor.m - 1, anchor.d, 12)), timezone: 0 };
  for (const s of sentences) {
    const sentence = ctx.text.slice(s.start, s.end);
    if (!MAY_BE_WORTH.test(sentence) || !WORTH_PARSING.test(sentence)) continue;
    for (const r of parserFor(sentence).parse(sentence, ref)) {
      const found = fromChrono(r, s.start, ctx);
      if (found) out.push(found);
      else {
        // chrono joins "night of" to a date and loses the date's certainty: parse the date alone.
        const pod = PART_OF_DAY_OF.exec(r.text)?.[0].length;
        if (!pod) continue;
        for (const inner of PARSER.parse(r.text.slice(pod), ref)) {
          const again = fromChrono(inner, s.start + r.index + pod, ctx);
          if (again) out.push(again);
        }
      }
    }
  }
}

function fromChrono(r: chrono.ParsedResult, offset: number, ctx: RuleContext): Candidate | null {
  const c = r.start;
  const tags = [...c.tags()].join(" ");
  // "a day after", "two days later": offsets from another event, which the rules value as spans.
  if (/relativeDate/.test(tags)) return null;
  const dated = c.isCertain("month") && (c.isCertain("day") || c.isCertain("year"));
  // chrono reads "Jan. 1, 1990 at 1" as one o'clock; a time needs a clock-like form.
  const clocked = c.isCertain("hour") && CLOCK_LIKE.test(r.text);
  if (!dated && !clocked) return null;
  if (/^\d{1,2}\/\d{1,2}$/.test(r.text)) return null;
  // 1. The extent: TimeML leaves out the preposition ("on February 22") and trailing commas.
  const lead = LEADING_WORDS.exec(r.text)?.[0].length ?? 0;
  let text = r.text.slice(lead).replace(TRAILING_PUNCTUATION, "");
  if (!clocked) text = text.replace(BARE_AT_HOUR, "");
  if (!text) return null;
  const start = offset + r.index + lead;
  const end = start + text.length;
  // 2. The date: explicit, or a weekday resolved as the rules do, or the anchor's own day.
  const y = c.isCertain("year") ? String(c.get("year")).padStart(4, "0") : ctx.anchor ? String(c.get("year")) : "XXXX";
  const mm = String(c.get("month")).padStart(2, "0");
  const dd = String(c.get("day")).padStart(2, "0");
  let date: string;
  if (c.isCertain("month") && c.isCertain("day"))
    date = c.isCertain("year")
      ? `${y}-${mm}-${dd}`
      : monthDayValue(ctx.anchor, c.get("month")!, c.get("day")!, () => ctx.tense(start, end));
  else if (c.isCertain("weekday"))
    date = weekdayValue(ctx.anchor, c.get("weekday") || 7, null, () => ctx.tense(start, end));
  else if (dated) date = `${y}-${mm}`;
  else if (ctx.anchor)
    date = /casualReference/.test(tags)
      ? formatDay({ y: c.get("year")!, m: c.get("month")!, d: c.get("day")! })
      : dayValue(ctx.anchor, 0);
  else date = dayValue(null, 0);
  if (!clocked) return { start, end, type: "DATE", value: date };
  const hh = String(c.get("hour")).padStart(2, "0");
  const min = String(c.get("minute") ?? 0).padStart(2, "0");
  return { start, end, type: "TIME", value: `${date}T${hh}:${min}` };
}

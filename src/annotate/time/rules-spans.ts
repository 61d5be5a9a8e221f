/**
 * Durations ("24 hours", "the last three years", "an hour and a half", "five-year"), sets ("every
 * week", "daily", "twice a month", "$5 a day") and references to the present, past or future
 * ("now", "recently", "soon").
 */
import type { Rule, RuleContext } from "./candidate.js";
import {
  FREQUENCIES,
  FREQUENCY_RE,
  NUMBER_RE,
  REFERENCES,
  REFERENCE_RE,
  UNIT_RE,
  numberValue,
  unitOf,
} from "./lexicon.js";

const CLOCK_DESIGNATORS = new Set(["hour", "minute", "second"]);
const MODAL_BEFORE = /\b(?:will|would|may|might|could|can|shall|'ll)\s+(?:\w+\s+)?$/i;
/** A rate's "a year" ("$5 million a year", "twice a week") is a set, not a duration. */
const NUMBER_BEFORE = /\d(?:[\d,.]*\d)?%?(?:\s+[a-z]+){0,2}\s+$/i;
const RATE_BEFORE = /(?:\d(?:[\d,.]*\d)?%?(?:\s+[a-z]+){0,2}|\b(?:once|twice|times|thrice))\s+$/i;

const HALF_UNIT: Record<string, string> = { hour: "30M", minute: "30S", day: "T12H", month: "15D", year: "6M" };

/** The TIMEX3 duration of `n` (or "X") of a unit word, with an optional half more. */
function durationValue(n: number | "X", unitWord: string, half: boolean): string | null {
  const unit = unitOf(unitWord);
  if (!unit) return null;
  const [designator, times] = unit;
  // (Two replacements rather than one with a replacer function, which would be made on every call.)
  const singular = unitWord.toLowerCase().replace(/ies$/, "y").replace(/s$/, "");
  const clock = CLOCK_DESIGNATORS.has(singular);
  const prefix = clock ? "PT" : "P";
  if (n === "X") return `${prefix}X${designator}`;
  const amount = n * times;
  if (!half) return `${prefix}${amount}${designator}`;
  // Half a unit is written in the next smaller one where it is whole: an hour and a half is
  // PT1H30M, two and a half years P2Y6M, a day and a half P1DT12H; else a decimal (P1.5W).
  const smaller = HALF_UNIT[singular];
  if (smaller) return `${prefix}${amount}${designator}${smaller}`;
  return `${prefix}${amount + times / 2}${designator}`;
}

/** "24 hours", "the last 24 hours", "less than a day", "an hour and a half", "five-year". */
const durationRule: Rule = {
  name: "duration",
  gate: /\b(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur)/i,
  re: new RegExp(
    String.raw`(?<![\w-])(?:(?:about|around|nearly|almost|roughly|approximately|some|more\s+than|less\s+than|fewer\s+than|` +
      String.raw`at\s+least|at\s+most|up\s+to|over|under|just\s+over|just\s+under|only|barely|within|another|an\s+additional|a\s+further|a\s+full)\s+)?` +
      String.raw`(?:the\s+(?:(?:past|last|next|first|final|coming|previous|following|remaining|initial|latest)\s+)?)?` +
      String.raw`(?<num>${NUMBER_RE})(?<half1>\s+and\s+a\s+half|\s+1/2|½)?(?:[\s-]+(?:more|additional|full|straight|consecutive|trading|business|working))?` +
      String.raw`[\s-]+(?<unit>${UNIT_RE})(?<half2>\s+and\s+a\s+half)?(?![\w-])`,
    "gi",
  ),
  build(m, ctx) {
    const g = m.groups!;
    const num = g.num!.toLowerCase();
    const unit = g.unit!.toLowerCase();
    const single = /^(?:an?|one)$/.test(num);
    // "a second attack", "a quarter of the vote": ordinals and fractions, not spans of time.
    if (single && (unit === "second" || unit === "quarter")) return null;
    if (/^(?:some|many|few)$/.test(num) && !/s$/.test(unit)) return null;
    // "three-quarters" is a fraction; a hyphen makes a duration only as an adjective ("five-year").
    if (m[0].includes(`-${g.unit}`) && /s$/.test(unit)) return null;
    // "52 years old": an age, which TimeBank leaves unmarked (as it does "a 52-year-old").
    if (/^\s+old\b/i.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 5))) return null;
    // "the 1988 quarter": a year, not 1988 units.
    if (/^(?:1[5-9]|20)\d\d$/.test(num)) return null;
    if (single && RATE_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 30), m.index))) return null;
    // "will one day be", "may some day return": an unspecified future time, not a day's span.
    if (/^(?:one|some)\s+day$/i.test(m[0]) && MODAL_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 24), m.index)))
      return { type: "DATE", value: "FUTURE_REF" };
    const value = durationValue(numberValue(g.num!), unit, Boolean(g.half1 || g.half2));
    return value ? { type: "DURATION", value } : null;
  },
};

const AFTER_SPAN_PREPOSITION = /\b(?:for|over|within|after|in)\s+$/i;

/** "recent years", "the coming weeks", "for months", "the days ahead": a vague number of units. */
const vagueDurationRule: Rule = {
  name: "vague-duration",
  gate: /\b(?:minutes|hours|days|weeks|months|years|decades|centuries)\b/i,
  re: /(?<![\w-])(?:the\s+(?<ahead>minutes|hours|days|weeks|months|years|decades)\s+ahead|(?<mod>(?:the\s+)?(?:recent|coming|past|next|last|following|previous|ensuing|early)\s+)?(?<unit>minutes|hours|days|weeks|months|years|decades|centuries))(?![\w-])/gi,
  build(m, ctx) {
    const g = m.groups!;
    if (g.ahead) return { type: "DURATION", value: durationValue("X", g.ahead, false)! };
    if (!g.mod && !AFTER_SPAN_PREPOSITION.test(ctx.text.slice(Math.max(0, m.index - 8), m.index))) return null;
    // TimeBank writes "recent years", "past weeks" as a reference to the past, but "recent days",
    // "recent months" as spans of a vague length.
    if (/^(?:the\s+)?past\s|^recent\s+years/i.test(m[0])) return { type: "DATE", value: "PAST_REF" };
    const value = durationValue("X", m.groups!.unit!, false);
    return value ? { type: "DURATION", value } : null;
  },
};

/** "every week", "each year", "every two months", "twice a week", "$5 a day", "per hour". */
const everyUnitRule: Rule = {
  name: "every-unit",
  gate: /\b(?:every|each)\b|\b(?:per|an?)\s+(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|century)\b/i,
  re: new RegExp(
    String.raw`(?<![\w-])(?:(?:every|each)\s+(?:(?<other>other)\s+|(?<num>${NUMBER_RE})\s+)?|per\s+|` +
      String.raw`(?:(?:once|twice|thrice|${NUMBER_RE}\s+times)\s+)?(?:an?|per|each)\s+)(?<unit>${UNIT_RE})(?![\w-])`,
    "gi",
  ),
  build(m, ctx) {
    const g = m.groups!;
    const lead = m[0].toLowerCase();
    const rate = /^(?:per|once|twice|thrice)\b|times\s/.test(lead);
    // A bare "a year" is a set only after a rate ("$5 a year"); otherwise the duration rule has it.
    if (/^an?\s/.test(lead) && !RATE_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 30), m.index))) return null;
    if (!/^(?:every|each)/.test(lead) && !rate && !/^an?\s/.test(lead)) return null;
    const n = g.other ? 2 : g.num ? numberValue(g.num) : 1;
    const value = durationValue(n, g.unit!.replace(/s$/i, ""), false);
    return value ? { type: "SET", value } : null;
  },
};

/** "daily", "weekly", "annually" (lower case: "the Daily Mail" is a newspaper). */
const frequencyRule: Rule = {
  name: "frequency",
  gate: new RegExp(String.raw`\b${FREQUENCY_RE}\b`),
  re: new RegExp(String.raw`(?<![\w-])${FREQUENCY_RE}(?![\w-])`, "g"),
  build(m, ctx) {
    // "rise 8% annually", "10,000 units annually": a rate, which TimeBank leaves unmarked.
    if (NUMBER_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 30), m.index))) return null;
    const value = FREQUENCIES.get(m[0]);
    return value ? { type: "SET", value } : null;
  },
};

/** "current" as an adjective: a lower-case word follows that is no verb ("the ocean current is"). */
function currentBeforeNoun(ctx: RuleContext, end: number): boolean {
  const next = /^\s+(?=[a-z])/.exec(ctx.text.slice(end, end + 4));
  if (!next) return false;
  const pos = ctx.posAt(end + next[0].length);
  return pos !== "AUX" && pos !== "VERB";
}

/** "now", "currently", "current" (an adjective), "recently", "the future", "soon" (not "as soon as"). */
const referenceRule: Rule = {
  name: "reference",
  gate: /\b(?:now|current|currently|present|nowadays|these\s+days|recently|lately|past|future|near\s+term|short\s+term)\b/i,
  re: new RegExp(String.raw`(?<![\w-])${REFERENCE_RE}(?![\w-])`, "gi"),
  build(m, ctx) {
    const word = m[0].toLowerCase().replace(/\s+/g, " ");
    if (word === "soon" && /\bas\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 4), m.index))) return null;
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    // "current" only as an adjective before its noun ("current market conditions").
    if (word === "current" && !currentBeforeNoun(ctx, m.index + m[0].length)) return null;
    // "the past three summers" is a span or a set of its own, not "the past".
    if (word === "the past" && new RegExp(String.raw`^\s+${NUMBER_RE}\s`, "i").test(after)) return null;
    const value = REFERENCES.get(word);
    return value ? { type: "DATE", value } : null;
  },
};

export const SPAN_RULES: readonly Rule[] = [
  durationRule,
  vagueDurationRule,
  everyUnitRule,
  frequencyRule,
  referenceRule,
];

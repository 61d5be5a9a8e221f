/**
 * Calendar units: "this week", "last month", "earlier this year", "a year ago", bare years
 * ("2014"), decades ("the 1990s"), centuries, months ("in March", "last June", "August 1988"),
 * seasons ("last summer") and quarters or halves ("the third quarter", "Q1 2022").
 */
import type { Rule } from "./candidate.js";
import { MONTHS, MONTH_RE, NUMBER_RE, SEASONS, SEASON_RE, UNIT_RE, monthOf, numberValue, unitOf } from "./lexicon.js";
import { formatWeek, parseDay } from "./calendar.js";
import { monthDayValue, monthValue, offsetValue, quarterValue, seasonValue, shiftOf, unitValue } from "./values.js";

const YEAR = String.raw`(?:1[5-9]\d\d|20\d\d)`;
/** A year of the 1900s said in words, as broadcast transcripts write it: "nineteen ninety-four". */
const SPOKEN_YEAR = String.raw`nineteen[\s-]+${NUMBER_RE}(?![\w-])`;

/** The year of a SPOKEN_YEAR match, or undefined. */
function spokenYear(words: string | undefined): string | undefined {
  const n = words ? numberValue(words.replace(/^nineteen[\s-]+/i, "")) : NaN;
  return typeof n === "number" && n >= 10 && n <= 99 ? String(1900 + n) : undefined;
}
const MOD = String.raw`(?:(?<mod>early|late|earlier|later|mid)[\s-]+(?:in\s+)?)?`;
/** The anchor year shifted by "this/last/next year", or by the explicit year. */
function yearOf(explicit: string | undefined, rel: string | undefined, anchorYear: number | undefined): string {
  if (explicit) return explicit;
  const shift = shiftOf(rel) ?? 0;
  return anchorYear === undefined ? "XXXX" : String(anchorYear + shift);
}

const ENDED_AFTER = /^\s+(?:ended|ending)\b/i;

/** "this week", "last month", "earlier this year", "the past year" (a duration), "next decade". */
const relativeUnitRule: Rule = {
  name: "relative-unit",
  gate: /\b(?:week|month|year|quarter|decade|century)/i,
  re: new RegExp(
    String.raw`(?<![\w-])${MOD}(?<rel>this\s+past|this\s+coming|this|last|next|the\s+current|current|` +
      String.raw`the\s+coming|coming|the\s+past|past|the\s+previous|previous|the\s+last|the\s+next|the\s+full|the\s+(?:current\s+)?fiscal)\s+` +
      String.raw`(?<unit>week|weekend|month|year|quarter|decade|century)(?![\w-])`,
    "gi",
  ),
  build(m, ctx) {
    const g = m.groups!;
    const rel = g.rel!.toLowerCase().replace(/\s+/g, " ");
    const unit = g.unit!.toLowerCase();
    // "the fiscal year ended June 30": a span of a year whose end date is its own expression.
    if (rel.endsWith("fiscal") && unit === "year" && ENDED_AFTER.test(ctx.text.slice(m.index + m[0].length)))
      return { type: "DURATION", value: "P1Y" };
    const shift = shiftOf(rel.replace(/^the /, "")) ?? 0;
    const value = unitValue(ctx.anchor, unit, shift);
    return value ? { type: "DATE", value } : null;
  },
};

/**
 * Results reports compare with "a year ago" meaning the same quarter of the year before; a text
 * that names a quarter of its own ("the third quarter", "the quarter") is such a report.
 */
const QUARTER_TALK = /\b(?:first|second|third|fourth|the|latest)[\s-]+quarter\b/i;
/** A sentence comparing periods longer than a quarter ("for the nine months ... a year earlier") compares years. */
const YEAR_LONG_PERIOD = /\b(?:nine|six)\s+months\b|\bfirst\s+half\b|\bfor\s+the\s+(?:fiscal\s+)?year\b/i;

/**
 * "three days ago", "two weeks from now": a point at the unit's grain. "a year earlier" is a
 * point too (results reports compare with the year before), but "two days earlier" counts from
 * the event next to it: a duration (P2D), as is "a day" in "a day after" (the duration rule's,
 * since "after" is the signal, not part of the expression), which the event coder turns into a
 * date when it knows that event's.
 */
const agoRule: Rule = {
  name: "ago",
  gate: /\b(?:second|minute|hour|day|week|month|quarter|year|decade|centur)[a-z]*\s+(?:ago|earlier|later|from\s+now|hence)\b/i,
  re: new RegExp(
    String.raw`(?<![\w-])(?:(?:about|around|nearly|almost|roughly|some|more\s+than|less\s+than|over|just|only)\s+)?` +
      String.raw`(?<num>${NUMBER_RE})\s+(?<unit>${UNIT_RE})\s+(?<dir>ago|earlier|later|from\s+now|hence)(?![\w-])`,
    "gi",
  ),
  build(m, ctx) {
    const g = m.groups!;
    const n = numberValue(g.num!);
    const unit = unitOf(g.unit!);
    const dir = g.dir!.toLowerCase();
    const forward = /^(?:from|hence|later)/.test(dir);
    if (!unit) return null;
    const clock = /^(?:second|minute|hour)/i.test(g.unit!);
    if (!/^(?:ago|from|hence)/.test(dir) && (clock || unit[0] === "D" || unit[0] === "W")) {
      // TimeBank keeps "earlier" in the extent ("A day earlier") but not "later" ("24 hours later").
      if (dir === "later") return null;
      const amount = n === "X" ? "X" : n * unit[1];
      return { type: "DURATION", value: `P${clock ? "T" : ""}${amount}${unit[0]}` };
    }
    if (n === "X") return { type: "DATE", value: forward ? "FUTURE_REF" : "PAST_REF" };
    if (
      n === 1 &&
      unit[0] === "Y" &&
      unit[1] === 1 &&
      !forward &&
      QUARTER_TALK.test(ctx.text) &&
      !YEAR_LONG_PERIOD.test(ctx.sentence(m.index))
    )
      return { type: "DATE", value: unitValue(ctx.anchor, "quarter", -5)! };
    const value = offsetValue(ctx.anchor, unit[0], (forward ? 1 : -1) * n * unit[1]);
    return value ? { type: "DATE", value } : null;
  },
};

/** "the first nine months of the year", "the rest of the year": a part of the anchor's year. */
const PART_OF_THE_YEAR = /\b(?:months|half|quarter|part|rest|remainder|balance|end|start|beginning)\s+of\s+$/i;

/**
 * "the year" of a results report: "for the year ended June 30" is a span of a year (the end date
 * is its own expression), "earlier in the year", "for the year" and "the first nine months of the
 * year" the anchor's year.
 */
const theYearRule: Rule = {
  name: "the-year",
  gate: /\bthe\s+year\b/i,
  re: /(?<![\w-])(?:(?<rel>earlier|later)\s+in\s+)?the\s+year(?=\s+(?<ended>ended|ending)\b|[\s,.;])(?!\s+(?:ago|earlier|before|after|two|of)\b)/gi,
  build(m, ctx) {
    const g = m.groups!;
    if (g.ended) return { type: "DURATION", value: "P1Y" };
    const before = ctx.text.slice(Math.max(0, m.index - 24), m.index);
    if (!g.rel && !/\bfor\s+$/i.test(before) && !PART_OF_THE_YEAR.test(before)) return null;
    return { type: "DATE", value: ctx.anchor ? String(ctx.anchor.y) : "XXXX" };
  },
};

/** A year: "2014", "mid-1996", "fiscal 1989", "the end of 1990"; not "$2014", "2014%", "1,2014". */
const yearRule: Rule = {
  name: "year",
  gate: /\b(?:1[5-9]|20)\d\d/,
  re: new RegExp(
    String.raw`(?<![\w$€£#.,:/'-]|\d[,.])(?:(?:fiscal(?:\s+year)?|calendar\s+year|the\s+year|the\s+(?:end|start|beginning|middle|spring|summer|autumn|fall|winter)\s+of|(?:early|late|mid)[\s-]+)\s*)?` +
      String.raw`(?<year>${YEAR})(?![\w%-]|[,.]\d|\s*(?:percent|per\s*cent))`,
    "gi",
  ),
  build(m) {
    return { type: "DATE", value: m.groups!.year! };
  },
};

/** "the 1990s", "the early 2000s", "the '80s": TIMEX3 writes a decade as its first three digits. */
const decadeRule: Rule = {
  name: "decade",
  gate: /\d0s\b/,
  re: /(?<![\w-])(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(?<dec>1[5-9]\d|20\d)0|['’](?<short>\d)0)s(?![\w-])/gi,
  build(m) {
    const g = m.groups!;
    const value = g.dec ?? (Number(g.short) >= 3 ? `19${g.short}` : `20${g.short}`);
    return { type: "DATE", value };
  },
};

const ORDINAL_CENTURY: Record<string, number> = { nineteenth: 19, twentieth: 20, "twenty-first": 21 };
/** "the 19th century", "the twentieth century": TIMEX3 writes it as the first two digits. */
const centuryRule: Rule = {
  name: "century",
  gate: /\bcentury/i,
  re: /(?<![\w-])(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?<ord>\d{1,2})(?:st|nd|rd|th)[\s-]+century(?![\w-])|(?<![\w-])(?:the\s+)?(?<word>nineteenth|twentieth|twenty-first)[\s-]+century(?![\w-])/gi,
  build(m) {
    const g = m.groups!;
    const n = g.ord ? Number(g.ord) : (ORDINAL_CENTURY[g.word!.toLowerCase()] ?? 0);
    return n ? { type: "DATE", value: String(n - 1).padStart(2, "0") } : null;
  },
};

/** Prepositions and modifiers that make "May" or "March" a month rather than a verb or a walk. */
const MONTH_CONTEXT =
  /\b(?:in|since|until|till|by|from|of|during|through|throughout|before|after|between|to|and|or|early|late|mid|last|next|this|around|end|start|beginning|middle)[\s-]+$/i;
const AMBIGUOUS_MONTHS = new Set([3, 5]);
const DAY_AFTER = /^\s+\d{1,2}(?!\d)/;

/** "in March", "last June", "August 1988", "January this year", "early December". */
const monthRule: Rule = {
  name: "month",
  gate: /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/,
  re: new RegExp(
    String.raw`(?<![\w-])${MOD}(?:(?<rel>this\s+past|this\s+coming|last|next|this|coming|past)\s+)?` +
      String.raw`(?<month>${MONTH_RE})(?![a-z])(?:,?\s+(?:of\s+)?(?:(?<year>${YEAR})(?![\w%])|(?<yrel>this|last|next)\s+year|(?<spoken>${SPOKEN_YEAR})))?`,
    "gi",
  ),
  build(m, ctx) {
    const g: Record<string, string | undefined> = {
      ...m.groups!,
      year: m.groups!.year ?? spokenYear(m.groups!.spoken),
    };
    if (g.spoken && !g.year) return null;
    const word = g.month!;
    const month = monthOf(word);
    if (!month || word[0] !== word[0]!.toUpperCase()) return null;
    // "Oct. 23" with its day is chrono's, not this rule's ("last Oct." would cut it short).
    if (!g.year && !g.yrel && DAY_AFTER.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 4)))
      return null;
    // An abbreviation needs its period or a year: "Jan Kavan", "Dec Wilson" are names.
    if (!MONTHS.has(word.toLowerCase()) && !word.endsWith(".") && !g.year) return null;
    const framed = g.year || g.yrel || g.rel || g.mod;
    const ambiguous = AMBIGUOUS_MONTHS.has(month) || word.length <= 4;
    if (!framed && ambiguous && !MONTH_CONTEXT.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))) return null;
    if (g.year || g.yrel) {
      const y = yearOf(g.year, g.yrel, ctx.anchor?.y);
      return { type: "DATE", value: `${y}-${String(month).padStart(2, "0")}` };
    }
    const tense = () => ctx.tense(m.index, m.index + m[0].length);
    return { type: "DATE", value: monthValue(ctx.anchor, month, shiftOf(g.rel), tense) };
  },
};

const SEASON_CONTEXT = /\b(?:in|during|over|through|throughout|since|until|by|before|after)\s+$/i;

/** "last summer", "this spring", "the winter of 2014", "in the autumn"; not "the fall of Rome". */
const seasonRule: Rule = {
  name: "season",
  gate: /\b(?:spring|summer|autumn|fall|winter)\b/i,
  re: new RegExp(
    String.raw`(?<![\w-])${MOD}(?:(?<rel>this\s+past|this\s+coming|last|next|this|coming|past|the)\s+)?` +
      String.raw`(?<season>${SEASON_RE})(?![\w-])(?:\s+(?:of\s+)?(?:(?<year>${YEAR})(?![\w%])|(?<spoken>${SPOKEN_YEAR})))?`,
    "gi",
  ),
  build(m, ctx) {
    const g: Record<string, string | undefined> = {
      ...m.groups!,
      year: m.groups!.year ?? spokenYear(m.groups!.spoken),
    };
    if (g.spoken && !g.year) return null;
    const word = g.season!.toLowerCase();
    const code = SEASONS.get(word)!;
    const rel = g.rel?.toLowerCase();
    const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
    const framed = g.year || (rel && rel !== "the") || g.mod;
    if (!framed && (word === "fall" || !SEASON_CONTEXT.test(before))) return null;
    if (g.year) return { type: "DATE", value: `${g.year}-${code}` };
    const tense = () => ctx.tense(m.index, m.index + m[0].length);
    return { type: "DATE", value: seasonValue(ctx.anchor, code, rel === "the" ? null : shiftOf(rel), tense) };
  },
};

const ORDINALS: Record<string, number> = {
  first: 1,
  "1st": 1,
  second: 2,
  "2nd": 2,
  third: 3,
  "3rd": 3,
  fourth: 4,
  "4th": 4,
};

/** "the third quarter", "third-quarter", "the first half of 2021", "Q1 2022", "the latest quarter". */
const quarterRule: Rule = {
  name: "quarter",
  gate: /\b(?:quarter|half|Q[1-4])\b/i,
  re: new RegExp(
    String.raw`(?<![\w-])(?:(?<det>the|its|their|this\s+year['’]s|last\s+year['’]s|next\s+year['’]s)\s+)?(?:(?<year0>${YEAR})\s+)?(?:fiscal[\s-]+)?` +
      String.raw`(?<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)` +
      String.raw`[\s-]+(?:fiscal[\s-]+)?(?<unit>quarter|half)(?![\w-])(?:\s+of\s+(?:(?<year>${YEAR})|(?<yrel>this|last|next)\s+year))?` +
      String.raw`|(?<![\w-])Q(?<q>[1-4])(?:\s+(?<qyear>${YEAR}))?(?![\w-])`,
    "gi",
  ),
  build(m, ctx) {
    const g = m.groups!;
    if (g.q) return { type: "DATE", value: `${g.qyear ?? (ctx.anchor ? ctx.anchor.y : "XXXX")}-Q${g.q}` };
    const half = g.unit!.toLowerCase() === "half";
    const ord = g.ord?.toLowerCase();
    const detYear = /year/i.test(g.det ?? "") ? g.det!.split(/\s+/)[0] : undefined;
    const explicitYear = g.year ?? g.year0;
    const explicit = explicitYear || g.yrel || detYear;
    const last = ord === "last" || ord === "final";
    // "the last quarter" (with no year): the one before the anchor's.
    if (last && !explicit) return half ? null : { type: "DATE", value: unitValue(ctx.anchor, "quarter", -1)! };
    const n = last ? (half ? 2 : 4) : (ORDINALS[ord!] ?? 0);
    if (!n || (half && n > 2)) return null;
    const code = half ? "H" : "Q";
    if (explicit)
      return { type: "DATE", value: `${yearOf(explicitYear, g.yrel ?? detYear, ctx.anchor?.y)}-${code}${n}` };
    if (!ctx.anchor) return { type: "DATE", value: `XXXX-${code}${n}` };
    const tense = () => ctx.tense(m.index, m.index + m[0].length);
    if (half) {
      const y = n === 2 && ctx.anchor.m <= 6 && tense() !== "future" ? ctx.anchor.y - 1 : ctx.anchor.y;
      return { type: "DATE", value: `${y}-H${n}` };
    }
    return { type: "DATE", value: quarterValue(ctx.anchor, n, tense) };
  },
};

/**
 * A quarter named by its place rather than its number, as results reports do: "the quarter" and
 * "the latest quarter" are the last one reported (before the anchor's), "the current quarter" the
 * anchor's, "the year-earlier quarter" (or period) the one a year before the last.
 */
const reportedQuarterRule: Rule = {
  name: "reported-quarter",
  gate: /\b(?:quarter|period|year-earlier|year-ago)\b/i,
  re: /(?<![\w-])(?:(?<det>the|this|its|their)\s+)?(?:(?<rel>latest|current|previous|most\s+recent|(?:comparable\s+)?year-(?:earlier|ago))\s+)?(?:fiscal\s+)?(?<unit>quarter|period)(?![\w-])|(?<![\w-])(?<adj>year-(?:earlier|ago))(?![\w-])/gi,
  build(m, ctx) {
    const g = m.groups!;
    const rel = (g.rel ?? g.adj ?? "").toLowerCase();
    const yearBack = rel.includes("year-");
    if (!g.adj && !g.det && !rel) return null;
    if (g.unit?.toLowerCase() === "period" && !yearBack && rel !== "latest") return null;
    const shift = yearBack ? -5 : rel === "current" || g.det?.toLowerCase() === "this" ? 0 : -1;
    return { type: "DATE", value: unitValue(ctx.anchor, "quarter", shift)! };
  },
};

const SPOKEN_TENS: Record<string, number> = {
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
};

/** Broadcast transcripts spell years and decades out: "nineteen ninety-six", "the nineties". */
const spokenYearRule: Rule = {
  name: "spoken-year",
  gate: /\b(?:nineteen|(?:twen|thir|for|fif|six|seven|eigh|nine)ties|two\s+thousand)\b/i,
  re: new RegExp(
    String.raw`(?<![\w-])nineteen[\s-]+(?<rest>${NUMBER_RE})(?![\w-])|(?<![\w-])the\s+(?<decade>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?![\w-])|` +
      String.raw`(?<![\w-])the\s+year\s+two\s+thousand(?:\s+and\s+(?<plus>${NUMBER_RE}))?(?![\w-])`,
    "gi",
  ),
  build(m) {
    const g = m.groups!;
    if (g.decade) return { type: "DATE", value: `19${SPOKEN_TENS[g.decade.toLowerCase()]}` };
    if (!g.rest) {
      const plus = g.plus ? numberValue(g.plus) : 0;
      return typeof plus === "number" && plus < 100 ? { type: "DATE", value: String(2000 + plus) } : null;
    }
    const n = numberValue(g.rest!);
    return typeof n === "number" && n >= 10 && n <= 99 ? { type: "DATE", value: String(1900 + n) } : null;
  },
};

/**
 * "the 1988 quarter": in a results report, the reported quarter (the last one before the
 * anchor's) of the year named.
 */
const yearQuarterRule: Rule = {
  name: "year-quarter",
  gate: /\bquarter\b/i,
  re: new RegExp(String.raw`(?<![\w-])the\s+(?<year>${YEAR})\s+(?:fiscal\s+)?quarter(?![\w-])`, "gi"),
  build(m, ctx) {
    const year = m.groups!.year!;
    if (!ctx.anchor) return { type: "DATE", value: `${year}-QX` };
    const reported = unitValue(ctx.anchor, "quarter", -1)!;
    return { type: "DATE", value: `${year}-${reported.slice(5)}` };
  },
};

/** "the week of March 6": the ISO week holding that day. */
const weekOfRule: Rule = {
  name: "week-of",
  gate: /\bweek\s+of\b/i,
  re: new RegExp(
    String.raw`(?<![\w-])the\s+week\s+of\s+(?<month>${MONTH_RE})\s+(?<day>\d{1,2})(?!\d)(?:,?\s+(?<year>${YEAR}))?`,
    "gi",
  ),
  build(m, ctx) {
    const g = m.groups!;
    const month = monthOf(g.month!);
    const day = Number(g.day);
    if (!month || day < 1 || day > 31) return null;
    const date = g.year ? `${g.year}-${String(month).padStart(2, "0")}-${g.day!.padStart(2, "0")}` : null;
    const iso = date ?? monthDayValue(ctx.anchor, month, day);
    const d = parseDay(iso);
    return { type: "DATE", value: d ? formatWeek(d) : "XXXX-WXX" };
  },
};

/**
 * "by year-end", "by the end of the year", "around year end": the anchor's year ("since year-end"
 * looks back to the last one).
 */
const yearEndRule: Rule = {
  name: "year-end",
  gate: /\byear(?:[\s-]end|['’]s\s+end)\b|\bend\s+of\s+the\s+year\b/i,
  re: /(?<=\b(?<prep>by|around|at|before|until|till|through|since|after|from|to)\s+)(?:year[\s-]end|year['’]s\s+end|the\s+end\s+of\s+the\s+year)(?![\w-])/gi,
  build(m, ctx) {
    if (!ctx.anchor) return { type: "DATE", value: "XXXX" };
    const back = /^(?:since|after|from)$/i.test(m.groups!.prep!);
    return { type: "DATE", value: String(ctx.anchor.y - (back ? 1 : 0)) };
  },
};

const LAST_YEAR_NAMED = new RegExp(String.raw`(?<![\w$€£#.,:/'-])(${YEAR})(?![\w%-]|[,.]\d)`, "g");

/** The last year written out before a position ("in 1995 ... that year"), or undefined. */
function yearNamedBefore(text: string, pos: number): number | undefined {
  let year: string | undefined;
  for (const m of text.slice(Math.max(0, pos - 2000), pos).matchAll(LAST_YEAR_NAMED)) year = m[1];
  return year === undefined ? undefined : Number(year);
}

/**
 * "that year", "later that year", "the same year", "the following year", "the previous year": a
 * year told from the last one the text names, not from the anchor (left out when none is named).
 */
const namedYearRule: Rule = {
  name: "named-year",
  gate: /\b(?:that|same|following|previous)\s+year\b/i,
  re: /(?<![\w-])(?:(?:earlier|later)\s+)?(?:that(?:\s+same)?|the\s+same|the\s+(?<rel>following|previous))\s+year(?![\w-])(?!['’])/gi,
  build(m, ctx) {
    const named = yearNamedBefore(ctx.text, m.index);
    if (named === undefined) return null;
    const rel = m.groups!.rel?.toLowerCase();
    return { type: "DATE", value: String(named + (rel === "following" ? 1 : rel === "previous" ? -1 : 0)) };
  },
};

export const CALENDAR_RULES: readonly Rule[] = [
  namedYearRule,
  yearQuarterRule,
  weekOfRule,
  yearEndRule,
  reportedQuarterRule,
  spokenYearRule,
  relativeUnitRule,
  agoRule,
  theYearRule,
  yearRule,
  decadeRule,
  centuryRule,
  monthRule,
  seasonRule,
  quarterRule,
];

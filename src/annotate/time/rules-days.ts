/**
 * Days: "yesterday", "tonight", "on Monday", "Tuesday evening", "last Friday", "the early hours
 * of Tuesday", "this morning", "overnight", and weekday sets ("every Monday", "on Tuesdays").
 */
import type { Rule } from "./candidate.js";
import { MONTH_RE, PARTS_OF_DAY, PART_OF_DAY_RE, WEEKDAYS, WEEKDAY_RE } from "./lexicon.js";
import { weekday } from "./calendar.js";
import { dayValue, shiftOf, unitValue, weekdayValue } from "./values.js";

const POD = "(?:morning|afternoon|evening|night|overnight)";
const DAY_WORDS: Record<string, number> = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 };

function podCode(word: string | undefined): string | undefined {
  return word ? PARTS_OF_DAY.get(word.toLowerCase().replace(/\s+/g, " ").replace(/^the /, "")) : undefined;
}

/** "for " right before a weekday. */
const FOR_BEFORE = /\bfor\s+$/i;

const DATE_AFTER = new RegExp(String.raw`^,?\s+${MONTH_RE}\s+\d{1,2}(?!\d)`, "i");

/** "mid-afternoon", "midmorning", "midday": TIMEX3 part-of-day codes, or noon for midday. */
const MID_POD = String.raw`mid[\s-]?(?:morning|afternoon)|midday`;

function midCode(word: string | undefined): string | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  return w === "midday" ? "12:00" : w.endsWith("morning") ? "MO" : "AF";
}

/** "earlier on Monday", "the early hours of Tuesday", "last Friday", "tomorrow evening", "mid-afternoon yesterday". */
const dayRule: Rule = {
  name: "day",
  gate: /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun|to|yester)day|tonight|tomorrow)\b/i,
  re: new RegExp(
    String.raw`(?<![\w-])(?:(?<mid>${MID_POD})\s+|(?<mod>early|late|earlier|later|mid)[\s-]+(?:on\s+)?)?` +
      String.raw`(?:the\s+(?<hours>${PART_OF_DAY_RE})\s+of\s+)?` +
      String.raw`(?:(?<rel>this\s+past|this\s+coming|last|next|this|coming|past|the\s+previous|previous)\s+)?` +
      String.raw`(?<day>yesterday|today|tomorrow|tonight|${WEEKDAY_RE})(?<plural>s)?` +
      String.raw`(?:\s+(?<pod>${POD}))?(?![\w-])`,
    "gi",
  ),
  build(m, ctx) {
    const g = m.groups!;
    const day = g.day!.toLowerCase();
    const pod = midCode(g.mid) ?? podCode(g.hours) ?? podCode(g.pod) ?? (day === "tonight" ? "NI" : undefined);
    const wd = Number(WEEKDAYS.get(day) ?? 0);
    // "Friday, Oct. 23" is a date with its weekday, chrono's to read whole.
    if (wd && DATE_AFTER.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 16))) return null;
    // "Mondays" is a set, but "today" must not come with an "s" glued on by the regex.
    if (g.plural) {
      if (!wd || g.rel) return null;
      return { type: "SET", value: `XXXX-WXX-${wd}${pod ? "T" + pod : ""}` };
    }
    let value: string;
    if (wd) {
      // "a rally for Monday", "talks set for Friday": what is planned for a weekday lies ahead of
      // the report, whatever the tense of the verb that announces it ("Monday's attack" aside).
      const planned = !g.rel && FOR_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 5), m.index));
      const after = ctx.text.charCodeAt(m.index + m[0].length);
      value =
        planned && after !== 39 && after !== 0x2019
          ? weekdayValue(ctx.anchor, wd, null, "future")
          : weekdayValue(ctx.anchor, wd, shiftOf(g.rel), () => ctx.tense(m.index, m.index + m[0].length));
    } else {
      if (g.rel) return null;
      value = dayValue(ctx.anchor, DAY_WORDS[day] ?? 0);
    }
    return pod ? { type: "TIME", value: `${value}T${pod}` } : { type: "DATE", value };
  },
};

/** "this morning", "last night", "overnight", "midday": a part of the anchor day or the night before it. */
const partOfDayRule: Rule = {
  name: "part-of-day",
  gate: /\b(?:morning|afternoon|evening|night|overnight)\b|\bmid(?:day|morning|afternoon)\b/i,
  re: new RegExp(
    String.raw`(?<![\w-])(?:(?:later|earlier)\s+)?(?:(?<rel>this|last)\s+(?<pod>morning|afternoon|evening|night)|(?<overnight>overnight)|(?<mid>${MID_POD}))(?![\w-])`,
    "gi",
  ),
  build(m, ctx) {
    const g = m.groups!;
    // "at midday", "by mid-afternoon": a part of the anchor day.
    if (g.mid) return { type: "TIME", value: `${dayValue(ctx.anchor, 0)}T${midCode(g.mid)}` };
    if (g.overnight) {
      // An adjective ("an overnight curfew") is no time; the adverb follows a verb or a comma.
      if (/\b(?:an|the)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 5), m.index))) return null;
      return { type: "TIME", value: `${dayValue(ctx.anchor, -1)}TNI` };
    }
    const back = g.rel!.toLowerCase() === "last";
    return { type: "TIME", value: `${dayValue(ctx.anchor, back ? -1 : 0)}T${podCode(g.pod)}` };
  },
};

/** "every Monday", "each morning", "every other Friday". */
const everyDayRule: Rule = {
  name: "every-day",
  gate: /\b(?:every|each)\b/i,
  re: new RegExp(
    String.raw`(?<![\w-])(?:every|each)\s+(?:(?<wd>${WEEKDAY_RE})|(?<pod>morning|afternoon|evening|night))(?![\w-])`,
    "gi",
  ),
  build(m) {
    const g = m.groups!;
    if (g.wd) return { type: "SET", value: `XXXX-WXX-${WEEKDAYS.get(g.wd.toLowerCase())}` };
    return { type: "SET", value: `XXXX-XX-XXT${podCode(g.pod)}` };
  },
};

/** "the weekend": the last one in a sentence about the past, else the coming one. */
const weekendRule: Rule = {
  name: "weekend",
  gate: /\bweekend\b/i,
  re: /(?<![\w-])the\s+weekend(?![\w-])/gi,
  build(m, ctx) {
    if (!ctx.anchor) return { type: "DATE", value: "XXXX-WXX-WE" };
    const onWeekend = weekday(ctx.anchor) >= 6;
    const ahead = ctx.tense(m.index, m.index + m[0].length) === "future";
    const shift = ahead ? (onWeekend ? 1 : 0) : onWeekend ? 0 : -1;
    return { type: "DATE", value: unitValue(ctx.anchor, "weekend", shift)! };
  },
};

export const DAY_RULES: readonly Rule[] = [dayRule, partOfDayRule, everyDayRule, weekendRule];

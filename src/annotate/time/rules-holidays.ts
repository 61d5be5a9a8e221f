/**
 * Holidays: "Thanksgiving", "last Christmas", "Election Day", "Easter week". The lexicon gives
 * each one's rule; the year follows the modifier or the tense, as for a weekday.
 */
import type { Rule } from "./candidate.js";
import { type Day, addDays, daysBetween, formatDay, formatWeek, weekday } from "./calendar.js";
import { HOLIDAYS, HOLIDAY_RE } from "./lexicon.js";
import { shiftOf } from "./values.js";
import type { Tense } from "./tense.js";

/** The Western Easter Sunday of a year (the anonymous Gregorian computus). */
function easter(y: number): Day {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** The day of a holiday in year `y`, from its lexicon rule, or null for a rule it cannot read. */
export function holidayIn(rule: string, y: number): Day | null {
  if (rule === "easter") return easter(y);
  const fixed = /^(\d\d)-(\d\d)$/.exec(rule);
  if (fixed) return { y, m: Number(fixed[1]), d: Number(fixed[2]) };
  const [month, nth, wd, plus] = rule.split(" ").map(Number);
  if (!month || !nth || !wd) return null;
  let day: Day;
  if (nth > 0) {
    const first = { y, m: month, d: 1 };
    day = addDays(first, ((wd - weekday(first) + 7) % 7) + 7 * (nth - 1));
  } else {
    const last = addDays({ y: month === 12 ? y + 1 : y, m: month === 12 ? 1 : month + 1, d: 1 }, -1);
    day = addDays(last, -((weekday(last) - wd + 7) % 7));
  }
  return addDays(day, plus || 0);
}

/**
 * The occurrence meant: "last" before the anchor, "next" after it, a holiday's week ("Easter
 * week began") the nearer one, else by the tense.
 */
function occurrence(rule: string, anchor: Day, shift: -1 | 0 | 1 | null, tense: Tense, nearest: boolean): Day | null {
  const around = [anchor.y - 1, anchor.y, anchor.y + 1].map((y) => holidayIn(rule, y));
  const before = around.filter((d): d is Day => d !== null && daysBetween(d, anchor) >= (shift === -1 ? 1 : 0)).at(-1);
  const after = around.find((d): d is Day => d !== null && daysBetween(anchor, d) >= (shift === 1 ? 1 : 0));
  if (shift === -1) return before ?? null;
  if (shift === 1 || shift === 0) return (shift === 0 ? around[1] : after) ?? null;
  if (nearest && before && after) return daysBetween(before, anchor) <= daysBetween(anchor, after) ? before : after;
  if (tense === "future") return after ?? null;
  return before ?? null;
}

const holidayRule: Rule = {
  name: "holiday",
  gate: /\b(?:christmas|new\s+year|independence|thanksgiving|memorial|labor|election|easter)\b/i,
  re: new RegExp(
    String.raw`(?<![\w-])(?:(?<rel>last|next|this)\s+)?(?<name>${HOLIDAY_RE})(?:\s+(?<week>week))?(?:,?\s+(?<year>(?:1[5-9]|20)\d\d))?(?![\w-])`,
    "gi",
  ),
  build(m, ctx) {
    const g = m.groups!;
    const name = g.name!;
    // Capitals tell the holiday from the words: "Labor Day" but not "a labor day".
    if (!/^[A-Z]/.test(name)) return null;
    const rule = HOLIDAYS.get(name.toLowerCase().replace(/\s+/g, " ").replace(/[’]/g, "'"));
    if (!rule) return null;
    let day: Day | null;
    if (g.year) day = holidayIn(rule, Number(g.year));
    else if (ctx.anchor) {
      const shift = shiftOf(g.rel) as -1 | 0 | 1 | null;
      day = occurrence(rule, ctx.anchor, shift, ctx.tense(m.index, m.index + m[0].length), Boolean(g.week));
    } else return { type: "DATE", value: g.week ? "XXXX-WXX" : "XXXX-XX-XX" };
    if (!day) return null;
    return { type: "DATE", value: g.week ? formatWeek(day) : formatDay(day) };
  },
};

export const HOLIDAY_RULES: readonly Rule[] = [holidayRule];

/**
 * TIMEX3 values relative to the anchor (the publication day), with X-filled values when the
 * anchor is unknown: a relative expression is never resolved against today's date.
 */
import {
  type Day,
  addDays,
  daysBetween,
  addMonths,
  formatDay,
  formatMonth,
  formatWeek,
  nearestWeekday,
  quarterOf,
  weekday,
} from "./calendar.js";
import type { Tense } from "./tense.js";

/**
 * A tense, or how to find it: finding it reads the verbs of the sentence, which the value often
 * does not depend on (a weekday that is the anchor's own, a month close to the anchor's), so the
 * functions below ask only where it makes a difference.
 */
export type TenseOf = Tense | (() => Tense);

function tenseOf(tense: TenseOf): Tense {
  return typeof tense === "function" ? tense() : tense;
}

/** "last"/"past"/"previous" go back, "next"/"coming" forward, "this" stays; anything else: null. */
export type Shift = -1 | 0 | 1;

export function shiftOf(word: string | undefined): Shift | null {
  switch (word?.toLowerCase()) {
    case "last":
    case "past":
    case "previous":
    case "the previous":
    case "this past":
      return -1;
    case "this":
    case "current":
    case "full":
    case "fiscal":
    case "current fiscal":
    case "the current":
      return 0;
    case "next":
    case "coming":
    case "the coming":
    case "this coming":
      return 1;
    default:
      return null;
  }
}

/** A day `n` days from the anchor ("yesterday" is -1). */
export function dayValue(anchor: Day | null, n: number): string {
  return anchor ? formatDay(addDays(anchor, n)) : "XXXX-XX-XX";
}

/**
 * A bare or modified weekday. "last Friday" is the one before the anchor, "next Friday" the one
 * after; a bare "Friday" is the next one in a sentence about the future, else the most recent one
 * on or before the anchor (news reports what happened; on TimeBank the present tense does too).
 */
export function weekdayValue(anchor: Day | null, wd: number, shift: Shift | null, tense: TenseOf): string {
  if (!anchor) return `XXXX-WXX-${wd}`;
  if (shift === -1) return formatDay(nearestWeekday(anchor, wd, "past", true));
  if (shift === 1) return formatDay(nearestWeekday(anchor, wd, "future", true));
  // On the anchor's own weekday the last and the next one are both the anchor.
  if (wd === weekday(anchor)) return formatDay(nearestWeekday(anchor, wd, "past"));
  const back = nearestWeekday(anchor, wd, "past");
  const ahead = nearestWeekday(anchor, wd, "future");
  return formatDay(tenseOf(tense) === "future" ? ahead : back);
}

/**
 * A month and day without a year: the nearer of the two candidate years (a date is written out
 * mostly for deadlines and schedules), except that a sentence about the past does not reach more
 * than a quarter ahead ("the fiscal year ended Jan. 31" written in October is the last one).
 */
export function monthDayValue(anchor: Day | null, month: number, day: number, tense?: TenseOf): string {
  const md = `${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  if (!anchor) return `XXXX-${md}`;
  const before = month < anchor.m || (month === anchor.m && day <= anchor.d);
  const back = before ? anchor.y : anchor.y - 1;
  const distance = (year: number): number => Math.abs(daysBetween(anchor, { y: year, m: month, d: day }));
  // The nearer year; a past tense can only turn "ahead" back, so it is asked only then.
  if (distance(back) <= distance(back + 1)) return `${back}-${md}`;
  if (tense !== undefined && tenseOf(tense) === "past" && distance(back + 1) > PAST_DAYS_AHEAD) return `${back}-${md}`;
  return `${back + 1}-${md}`;
}

/** How far ahead of the anchor a day-and-month in a past sentence may lie and still be ahead (a quarter). */
const PAST_DAYS_AHEAD = 90;

/** The calendar unit holding the anchor, shifted by `n` of that unit ("last month" is -1). */
export function unitValue(anchor: Day | null, unit: string, n: number): string | null {
  switch (unit) {
    case "day":
      return dayValue(anchor, n);
    case "week":
      return anchor ? formatWeek(anchor, n) : "XXXX-WXX";
    case "weekend":
      return anchor ? `${formatWeek(anchor, n)}-WE` : "XXXX-WXX-WE";
    case "month": {
      if (!anchor) return "XXXX-XX";
      const { y, m } = addMonths(anchor.y, anchor.m, n);
      return formatMonth(y, m);
    }
    case "quarter": {
      if (!anchor) return "XXXX-QX";
      const { y, m } = addMonths(anchor.y, anchor.m, 3 * n);
      return `${y}-Q${quarterOf(m)}`;
    }
    case "year":
      return anchor ? String(anchor.y + n) : "XXXX";
    case "decade":
      return anchor ? String(Math.floor(anchor.y / 10) + n) : "XXX";
    case "century":
      return anchor ? String(Math.floor(anchor.y / 100) + n) : "XX";
    default:
      return null;
  }
}

/**
 * How many months a bare month may lie against the tense and still be the anchor's year: "the
 * talks end in March" written in January, or "sales fell in November" written in October, are
 * mostly this year's (the tense of a news sentence is often the report's, not the event's).
 */
const MONTHS_OFF = 3;
/** In the present tense a month more than half a year ahead is last year's ("worth more in October"). */
const PRESENT_OFF = 6;

/**
 * A month without a year. With "last"/"next" the one strictly before or after the anchor's month;
 * otherwise the anchor's year, unless the tense points the other way by more than MONTHS_OFF (or, in
 * the present tense, the month lies more than PRESENT_OFF ahead).
 */
export function monthValue(anchor: Day | null, month: number, shift: Shift | null, tenseAsked: TenseOf): string {
  if (!anchor) return formatMonth(0, month).replace(/^0000/, "XXXX");
  let y = anchor.y;
  if (shift === 0) return formatMonth(y, month);
  if (shift === null) {
    // Close enough to the anchor's month on either side, every tense gives this year.
    if (month - anchor.m <= Math.min(MONTHS_OFF, PRESENT_OFF) && anchor.m - month <= MONTHS_OFF)
      return formatMonth(y, month);
    const tense = tenseOf(tenseAsked);
    if (tense === "past" && month - anchor.m > MONTHS_OFF) return formatMonth(y - 1, month);
    if (tense === "future" && anchor.m - month > MONTHS_OFF) return formatMonth(y + 1, month);
    if (tense === "present" && month - anchor.m > PRESENT_OFF) return formatMonth(y - 1, month);
    return formatMonth(y, month);
  }
  if (shift === 1) {
    if (month <= anchor.m) y++;
  } else if (month >= anchor.m) y--;
  return formatMonth(y, month);
}

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/**
 * A season. Seasons are named by the year they start in (winter 2021 runs into 2022). "last
 * summer" is the latest one over before the anchor; "this summer" the one holding the anchor, or
 * else the one of the anchor's year; a bare one follows the tense.
 */
export function seasonValue(anchor: Day | null, code: string, shift: Shift | null, tense: TenseOf): string {
  if (!anchor) return `XXXX-${code}`;
  const start = SEASON_START[code] ?? 3;
  // The latest season of this name to have begun by the anchor, and whether it is still on.
  const begun = anchor.m >= start ? anchor.y : anchor.y - 1;
  const inside = (anchor.y - begun) * 12 + anchor.m - start < 3;
  let y: number;
  if (shift === 0) y = inside ? begun : anchor.y;
  else if (shift === 1) y = begun + 1;
  else if (shift === -1) y = inside ? begun - 1 : begun;
  else y = !inside && tenseOf(tense) === "future" ? begun + 1 : begun;
  return `${y}-${code}`;
}

/**
 * A quarter without a year: of the anchor's year, unless it lies after the anchor's quarter in
 * a sentence about the past, when it is last year's.
 */
export function quarterValue(anchor: Day | null, q: number, tense: TenseOf): string {
  if (!anchor) return `XXXX-Q${q}`;
  const y = q > quarterOf(anchor.m) && tenseOf(tense) !== "future" ? anchor.y - 1 : anchor.y;
  return `${y}-Q${q}`;
}

/**
 * A point `n` units before (negative) or after the anchor, at the unit's granularity:
 * "three days ago" a day, "two weeks ago" a week, "five months ago" a month, "a year ago" a year.
 */
export function offsetValue(anchor: Day | null, designator: string, n: number): string | null {
  if (!Number.isInteger(n)) return null;
  switch (designator) {
    case "D":
      return dayValue(anchor, n);
    case "W":
      return anchor ? formatWeek(anchor, n) : "XXXX-WXX";
    case "M":
      return unitValue(anchor, "month", n);
    case "Q":
      return unitValue(anchor, "quarter", n);
    case "Y":
      return unitValue(anchor, "year", n);
    default:
      return null;
  }
}

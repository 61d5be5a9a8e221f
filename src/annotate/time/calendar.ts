/** Calendar arithmetic on plain days (no time zones: a publication date is a calendar day). */

/** A calendar day; month 1-12. */
export interface Day {
  y: number;
  m: number;
  d: number;
}

const MS_PER_DAY = 86_400_000;

/** The day of an ISO 8601 date or date-time ("2022-02-22", "2022-02-22T10:00:00Z"), or null. */
export function parseDay(iso: string | null | undefined): Day | null {
  const m = /^(\d{4})-(\d\d)-(\d\d)/.exec(iso ?? "");
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

function toEpochDays(day: Day): number {
  return Math.floor(Date.UTC(day.y, day.m - 1, day.d) / MS_PER_DAY);
}

function fromEpochDays(n: number): Day {
  const date = new Date(n * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** Days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: Day, b: Day): number {
  return toEpochDays(b) - toEpochDays(a);
}

export function addDays(day: Day, n: number): Day {
  return fromEpochDays(toEpochDays(day) + n);
}

/** ISO weekday: Monday 1 ... Sunday 7. */
export function weekday(day: Day): number {
  return ((((toEpochDays(day) + 3) % 7) + 7) % 7) + 1;
}

/**
 * The given weekday nearest to `day` in the direction asked: "past" is on or before it,
 * "future" on or after it; `strict` excludes the day itself ("last Friday", "next Friday").
 */
export function nearestWeekday(day: Day, wd: number, dir: "past" | "future", strict = false): Day {
  const diff = wd - weekday(day);
  if (dir === "past") {
    let back = (-diff + 7) % 7;
    if (strict && back === 0) back = 7;
    return addDays(day, -back);
  }
  let ahead = (diff + 7) % 7;
  if (strict && ahead === 0) ahead = 7;
  return addDays(day, ahead);
}

/** The ISO 8601 week-numbering year and week of a day. */
export function isoWeek(day: Day): { year: number; week: number } {
  const thursday = addDays(day, 4 - weekday(day));
  const jan1 = toEpochDays({ y: thursday.y, m: 1, d: 1 });
  return { year: thursday.y, week: Math.floor((toEpochDays(thursday) - jan1) / 7) + 1 };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

export function formatDay(day: Day): string {
  return `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
}

export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** TIMEX3 week value of the week holding `day`, shifted by `n` weeks: "2022-W08". */
export function formatWeek(day: Day, n = 0): string {
  const { year, week } = isoWeek(addDays(day, 7 * n));
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** Month `m` of year `y` shifted by `n` months. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + n;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

/** Quarter 1-4 of a month. */
export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

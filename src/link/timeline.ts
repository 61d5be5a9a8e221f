/**
 * Dates as the timeline needs them: a TIMEX3 value (2022-02-21, 2022-02-21T10:00, 2022-W08,
 * 2022-02, 2022-Q1, 2014) becomes the span of days it covers, so values of different precision
 * can be ordered (by their start) and compared (a day inside a week agrees with that week).
 */

/** A span of whole days, as days since 1970-01-01, both ends included. */
export interface DayRange {
  first: number;
  last: number;
}

const DAY_MS = 86_400_000;
const FULL = /^(\d{4})-(\d{2})-(\d{2})/;
const WEEK = /^(\d{4})-W(\d{2})/;
const MONTH = /^(\d{4})-(\d{2})(?!\d)/;
const QUARTER = /^(\d{4})-Q([1-4])/;
const YEAR = /^(\d{4})(?![\d-])|^(\d{4})-(?:SP|SU|FA|AU|WI|H[12])/;

const day = (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);

/** The days a TIMEX3 date value covers, or null for no date or an unanchored one (XXXX-…, PRESENT_REF). */
export function dayRange(value: string | null | undefined): DayRange | null {
  if (!value) return null;
  let m = FULL.exec(value);
  if (m) {
    const d = day(+m[1]!, +m[2]!, +m[3]!);
    return { first: d, last: d };
  }
  if ((m = WEEK.exec(value))) {
    // ISO week 1 is the week holding 4 January; weeks start on Monday.
    const jan4 = day(+m[1]!, 1, 4);
    const monday = jan4 - ((new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7);
    const first = monday + 7 * (+m[2]! - 1);
    return { first, last: first + 6 };
  }
  if ((m = MONTH.exec(value))) return { first: day(+m[1]!, +m[2]!, 1), last: day(+m[1]!, +m[2]! + 1, 1) - 1 };
  if ((m = QUARTER.exec(value))) {
    const q = +m[2]!;
    return { first: day(+m[1]!, 3 * q - 2, 1), last: day(+m[1]!, 3 * q + 1, 1) - 1 };
  }
  if ((m = YEAR.exec(value))) {
    const y = +(m[1] ?? m[2])!;
    return { first: day(y, 1, 1), last: day(y + 1, 1, 1) - 1 };
  }
  return null;
}

/** Timeline order: by first day, the more precise value first on a tie, undated last. */
export function compareDates(a: string | null, b: string | null): number {
  const ra = dayRange(a);
  const rb = dayRange(b);
  if (!ra || !rb) return ra ? -1 : rb ? 1 : 0;
  return ra.first - rb.first || ra.last - rb.last || (a! < b! ? -1 : a! > b! ? 1 : 0);
}

/**
 * Whether two event dates can be the same event's: true when either is unknown or one span lies
 * inside the other (2022-02-21 inside 2022-W08); two different days never agree.
 */
export function datesAgree(a: string | null, b: string | null): boolean {
  const ra = dayRange(a);
  const rb = dayRange(b);
  if (!ra || !rb) return true;
  return (ra.first <= rb.first && rb.last <= ra.last) || (rb.first <= ra.first && ra.last <= rb.last);
}

/** Days between two dates known to the day (b − a), or null when either is vaguer or unknown. */
export function dayGap(a: string | null, b: string | null): number | null {
  const ra = dayRange(a);
  const rb = dayRange(b);
  return ra && rb && ra.first === ra.last && rb.first === rb.last ? rb.first - ra.first : null;
}

/** Whether both dates are known to the day and the same day. */
export function sameDay(a: string | null, b: string | null): boolean {
  const ra = dayRange(a);
  const rb = dayRange(b);
  return !!ra && !!rb && ra.first === ra.last && rb.first === rb.last && ra.first === rb.first;
}

/** How many days a date covers (1 for a day); Infinity when unknown, so known beats unknown. */
export function dateWidth(value: string | null): number {
  const r = dayRange(value);
  return r ? r.last - r.first + 1 : Infinity;
}

/** The day an article was published, as days since 1970-01-01, or null. */
export function publishedDay(published: string | null): number | null {
  const r = dayRange(published);
  return r && r.first === r.last ? r.first : null;
}

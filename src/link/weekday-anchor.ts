/**
 * A weekday with no week ("on Tuesday" in an article that gives no publication date: TIMEX3
 * `XXXX-WXX-2`) anchored by the story's other reports of the same event. An article published on
 * day B that reports the event as past says it happened on or before B, so "Tuesday" is taken as
 * the last Tuesday on or before the earliest such B: news names a weekday for the days just past,
 * which is also how the time layer reads it when the publication date is known. The result is an
 * inference, and the story event says so (`date_inferred`).
 */

const WEEKDAY_ONLY = /^XXXX-WXX-([1-7])$/;
const DAY_MS = 86_400_000;
/** Statuses that say the event had happened when the article was written. */
const PAST: ReadonlySet<string> = new Set(["asserted", "reported", "alleged", "historical", "denied"]);

/** One report of the event: its date value, its status and its article's publication day. */
export interface WeekdayReport {
  date: string | null;
  status: string;
  /** Days since 1970-01-01, or null when the article's publication date is unknown. */
  publishedDay: number | null;
}

/** The ISO day (YYYY-MM-DD) that anchors a weekday-only date, or null when nothing anchors it. */
export function anchorWeekday(reports: readonly WeekdayReport[]): string | null {
  let weekday: number | null = null;
  for (const r of reports) {
    const m = r.date ? WEEKDAY_ONLY.exec(r.date) : null;
    if (!m) continue;
    const d = Number(m[1]);
    // Two reports naming different weekdays for one event: no single answer.
    if (weekday !== null && weekday !== d) return null;
    weekday = d;
  }
  if (weekday === null) return null;
  let bound = Infinity;
  for (const r of reports) if (r.publishedDay !== null && PAST.has(r.status)) bound = Math.min(bound, r.publishedDay);
  if (bound === Infinity) return null;
  // ISO weekdays run 1 (Monday) to 7 (Sunday); getUTCDay gives 0 for Sunday.
  const boundWeekday = ((new Date(bound * DAY_MS).getUTCDay() + 6) % 7) + 1;
  const day = bound - ((boundWeekday - weekday + 7) % 7);
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

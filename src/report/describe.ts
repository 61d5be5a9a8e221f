/**
 * Short human-readable labels shared by the timeline and the article view, so an actor or an
 * event reads the same everywhere in the report.
 */
import type { Actor, Article, PloverType } from "../model/schema.js";

/** PLOVER's quad class of each type (docs/EVENTS.md), for events that do not carry `quad_code`. */
const QUAD_OF: Record<PloverType, 1 | 2 | 3 | 4> = {
  AGREE: 1,
  CONSULT: 1,
  SUPPORT: 1,
  CONCEDE: 1,
  COOPERATE: 2,
  AID: 2,
  RETREAT: 2,
  REQUEST: 3,
  ACCUSE: 3,
  REJECT: 3,
  THREATEN: 3,
  PROTEST: 4,
  SANCTION: 4,
  MOBILIZE: 4,
  COERCE: 4,
  ASSAULT: 4,
};

/** The quad class to show: the event's own when it has a valid one, else its type's; 0 if unknown. */
export function quadOf(type: string, given?: number): number {
  if (given === 1 || given === 2 || given === 3 || given === 4) return given;
  return (QUAD_OF as Record<string, number>)[type] ?? 0;
}

/** The names the legend gives the four quad classes. */
export const QUAD_NAME: Record<1 | 2 | 3 | 4, string> = {
  1: "verbal cooperation",
  2: "material cooperation",
  3: "verbal conflict",
  4: "material conflict",
};

/** "Serbia (SRB GOV)": the actor's name with its country code and sector. */
export function actorLabel(a: Actor): string {
  const code = a.sector ? `${a.country} ${a.sector}` : a.country;
  return `${a.name} (${code})`;
}

/** Several actors joined for a one-line label; "—" when there are none. */
export function actorsLabel(actors: readonly Actor[]): string {
  return actors.length ? actors.map(actorLabel).join(", ") : "—";
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::[\d.]+)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * "Tue 3 Mar 2026" for an ISO day, "Tue 3 Mar 2026 19:40" for a date-time (the clock time as
 * written, in the source's own zone); any other value (TIMEX3 weeks, years, X-filled) as given.
 */
export function prettyDate(value: string): string {
  // "on Tuesday" in an article whose date nobody knows: the weekday is all there is.
  const weekday = /^XXXX-WXX-([1-7])$/.exec(value);
  if (weekday) return `a ${WEEKDAYS[+weekday[1]! % 7]} (week unknown)`;
  const m = ISO_DAY.exec(value);
  if (!m) return value;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  if (Number.isNaN(d.getTime()) || d.getUTCDate() !== +m[3]!) return value;
  const day = `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return m[4] ? `${day} ${m[4]}:${m[5]}` : day;
}

/** The outlet's name, else the host of the article's URL, so a page without a masthead is still credited. */
export function outletOf(a: Article): string | null {
  if (a.meta.outlet) return a.meta.outlet;
  const url = a.meta.url ?? a.source.url;
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

/** "1 article", "3 articles". */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/**
 * Publication dates as news pages write them ("February 22, 2022", "22 Feb 2022, 10:30 GMT",
 * "/ 12:20 PM February 23, 2022", "2022-02-22T09:00:00+03:00", "22.02.2022", a URL's /2022/02/22/),
 * read into ISO 8601: a date, or a date-time carrying a zone only when the page states one.
 */
import { dataLines, dataRows } from "../data/data-files.js";

const MONTHS = new Map(dataRows("extract/months.tsv").map(([name, n]) => [name!, Number(n)]));
const ZONES = new Map(dataRows("extract/time-zones.tsv").map(([abbr, off]) => [abbr!, off!]));

const MONTH_ALT = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join("|");
const ZONE_ALT = [...ZONES.keys()].sort((a, b) => b.length - a.length).join("|");
const ORD = "(?:st|nd|rd|th)?";

const ISO_RE = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
// A year may run into the next element's word ("15. April 2016Samstag, 4. März 2017" from a
// published and an updated date set side by side): only a further digit ends the match.
const MDY_RE = new RegExp(`(?<![\\p{L}])(${MONTH_ALT})\\.? (\\d{1,2})${ORD},? (\\d{4})(?!\\d)`, "iu");
const DMY_RE = new RegExp(`\\b(\\d{1,2})${ORD}\\.? (?:de )?(${MONTH_ALT})\\.?,? (?:de )?(\\d{4})(?!\\d)`, "iu");
/** "22.02.2022", and with (thin) spaces after the dots: "4. 2. 2022". */
const DOTTED_RE = /\b(\d{1,2})\.[ \u00a0\u2009\u202f]?(\d{1,2})\.[ \u00a0\u2009\u202f]?(\d{4})(?!\d)/;
/** "28.01.22", "Di 10.12.19": a German or French short date; not a version number ("4.10.22.1", "v1.2.22"). */
const DOTTED_SHORT_RE = /(?<![\p{L}\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.]\d|\d)/u;
/**
 * What a month-name date needs around its month, tested before the slow month-name patterns: a
 * letter, maybe a dot, a space and the day ("May 3, 2021"); or the day, maybe a suffix or a dot,
 * a space and a letter ("3rd May", "3. Mai", "3 de mayo"). Month names begin and end with a letter.
 */
const MDY_HINT_RE = /\p{L}\.? \d/u;
const DMY_HINT_RE = /\d(?:\p{L}{2})?\.? \p{L}/u;
const SLASHED_RE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;
const TIME_RE = new RegExp(
  `\\b(?<h>\\d{1,2}):(?<m>\\d{2})(?::\\d{2})?\\s*(?<half>a\\.?m\\.?|p\\.?m\\.?)?` +
    `(?:\\s*(?:\\(?(?<abbr>${ZONE_ALT})\\)?|(?:UTC|GMT)\\s*(?<gh>[+-]\\d{1,2})(?::?(?<gm>\\d{2}))?|(?<oh>[+-]\\d{2}):?(?<om>\\d{2})))?(?![\\p{L}\\d])` +
    `|\\b(?<h2>\\d{1,2})\\s*(?<half2>a\\.m\\.|p\\.m\\.|am|pm)\\b`,
  "iu",
);
const URL_DATE_RE = /\/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:\/|[-_]|$)/;
/** A date with the year last as a whole path segment or its start: "/29-10-2021", "/23-01-2022-final". */
const URL_END_YEAR_RE = /\/(\d{2})[-_.](\d{2})[-_.]((?:19|20)\d{2})(?:[/_.-]|$)/;
/** A path of folders for year, month and day without leading zeros: "/2017/7/12/". */
const URL_SHORT_DATE_RE = /\/((?:19|20)\d{2})\/([1-9]|1[0-2])\/([1-9]|[12]\d|3[01])(?:\/|$)/;

/** A date found in a string: its ISO value and where it sits. */
export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Web news begins here: earlier years are ids, page numbers or the history an article tells. */
const MIN_YEAR = 1995;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isoDate(y: number, m: number, d: number): string | null {
  if (y < MIN_YEAR || y > 2100 || m < 1 || m > 12 || d < 1 || d > DAYS_IN_MONTH[m - 1]!) return null;
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  // A date after tomorrow is an event announced, not a publication.
  return iso > latestDay() ? null : iso;
}

/** Tomorrow (UTC), the latest day a page can have been published: zones run a day ahead. */
function latestDay(): string {
  // Kept until the next UTC midnight: every date read asks, and building the string is not free.
  const now = Date.now();
  if (now >= latestUntil) {
    const day = Math.floor(now / 86_400_000);
    latest = new Date((day + 1) * 86_400_000).toISOString().slice(0, 10);
    latestUntil = (day + 1) * 86_400_000;
  }
  return latest;
}
let latest = "";
/** When {@link latest} goes stale (ms, UTC): the next midnight after it was made. */
let latestUntil = -Infinity;

/** A two-digit year: 95-99 are the 1990s, the rest this century. */
const fullYear = (yy: number) => (yy >= 95 ? 1900 + yy : 2000 + yy);

/** Which number comes first in an all-number slashed date ("03/04/2022"): the day or the month. */
export type SlashOrder = "dmy" | "mdy";

function zoneOffset(abbr: string | undefined, hours?: string, minutes?: string): string {
  if (abbr) {
    const off = ZONES.get(abbr.toUpperCase());
    return off === "+00:00" ? "Z" : (off ?? "");
  }
  if (hours) {
    const h = Number(hours);
    return `${h < 0 || hours.startsWith("-") ? "-" : "+"}${pad(Math.abs(h))}:${minutes ?? "00"}`;
  }
  return "";
}

/** The time of day written within a few characters of a date, as "THH:MM" plus a stated zone. */
function timeNear(s: string, from: number, to: number): string {
  // A time after the date, else one just before it ("12:20 PM February 23, 2022"): a time further
  // back belongs to the text's previous date.
  const g = (TIME_RE.exec(s.slice(to, to + 30)) ?? TIME_RE.exec(s.slice(Math.max(0, from - 15), from)))?.groups;
  if (!g) return "";
  let h = Number(g.h ?? g.h2);
  const min = g.m ? Number(g.m) : 0;
  const half = (g.half ?? g.half2 ?? "").toLowerCase().replace(/\./g, "");
  if (half === "pm" && h < 12) h += 12;
  if (half === "am" && h === 12) h = 0;
  if (h > 23 || min > 59) return "";
  const zone = g.oh ? normZone(`${g.oh}:${g.om}`) : zoneOffset(g.abbr, g.gh, g.gm);
  return `T${pad(h)}:${pad(min)}${zone}`;
}

/**
 * The first date in `s` (with its time of day when written next to it), or null. Slashed dates
 * whose day and month both fit under 12 are read only when `order` says which comes first.
 */
export function findDate(s: string, order?: SlashOrder | null): FoundDate | null {
  // Every form needs a digit, and all but the short dotted one a four-digit year: most texts of a
  // page have neither, and the month-name patterns are slow to try.
  if (!DIGIT_RE.test(s)) return null;
  if (!YEAR_RE.test(s)) return shortDotted(s);
  let isoFound: FoundDate | null = null;
  // Each pattern needs its separator ("-", ".", "/"): a text without it skips the pattern.
  const iso = s.includes("-") ? ISO_RE.exec(s) : null;
  if (iso) {
    const d = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (d) {
      const time = iso[4] ? `T${iso[4]}:${iso[5]}${iso[6] ? ":" + iso[6] : ""}${normZone(iso[7])}` : "";
      isoFound = { iso: d + time, index: iso.index, length: iso[0].length };
      if (iso.index === 0) return isoFound;
    }
  }
  // Each form in turn; a later one counts only when it starts before the date found so far. (One
  // function per form, not an array of closures built per call: findDate runs on every short text.)
  let best: FoundDate | null = null;
  best = earlier(best, MDY_HINT_RE.test(s) ? MDY_RE.exec(s) : null, FORM_MDY, order);
  best = earlier(best, DMY_HINT_RE.test(s) ? DMY_RE.exec(s) : null, FORM_DMY, order);
  const dotted = s.includes(".");
  best = earlier(best, dotted ? DOTTED_RE.exec(s) : null, FORM_DOTTED, order);
  best = earlier(best, dotted ? DOTTED_SHORT_RE.exec(s) : null, FORM_DOTTED_SHORT, order);
  best = earlier(best, s.includes("/") ? SLASHED_RE.exec(s) : null, FORM_SLASHED, order);
  if (isoFound && (!best || isoFound.index < best.index)) return isoFound;
  if (best) best.iso += timeNear(s, best.index, best.index + best.length);
  return best;
}

const DIGIT_RE = /\d/;
const YEAR_RE = /\d{4}/;

const FORM_MDY = 0;
const FORM_DMY = 1;
const FORM_DOTTED = 2;
const FORM_DOTTED_SHORT = 3;
const FORM_SLASHED = 4;

/** `m` read as a date of `form` when it starts before `best` and is a valid date, else `best`. */
function earlier(best: FoundDate | null, m: RegExpExecArray | null, form: number, order?: SlashOrder | null) {
  if (!m || (best && m.index >= best.index)) return best;
  const d = readForm(m, form, order);
  return d ? { iso: d, index: m.index, length: m[0].length } : best;
}

function readForm(m: RegExpExecArray, form: number, order?: SlashOrder | null): string | null {
  switch (form) {
    case FORM_MDY:
      return isoDate(Number(m[3]), MONTHS.get(m[1]!.toLowerCase())!, Number(m[2]));
    case FORM_DMY:
      return isoDate(Number(m[3]), MONTHS.get(m[2]!.toLowerCase())!, Number(m[1]));
    case FORM_DOTTED:
      return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
    case FORM_DOTTED_SHORT:
      return isoDate(fullYear(Number(m[3])), Number(m[2]), Number(m[1]));
    default:
      // Slashed dates are read in either order when the day is above 12, else in the order given.
      return slashed(Number(m[1]), Number(m[2]), Number(m[3]), order);
  }
}

/** The first short dotted date ("28.01.22") in a text without a four-digit number, as findDate reads it. */
function shortDotted(s: string): FoundDate | null {
  const m = s.includes(".") ? DOTTED_SHORT_RE.exec(s) : null;
  const d = m && isoDate(fullYear(Number(m[3])), Number(m[2]), Number(m[1]));
  if (!m || !d) return null;
  return { iso: d + timeNear(s, m.index, m.index + m[0].length), index: m.index, length: m[0].length };
}

function slashed(a: number, b: number, y: number, order?: SlashOrder | null): string | null {
  if (a > 12 && b <= 12) return isoDate(y, b, a);
  if (b > 12 && a <= 12) return isoDate(y, a, b);
  if (order === "dmy") return isoDate(y, b, a);
  if (order === "mdy") return isoDate(y, a, b);
  return null;
}

const SLASHED_ALL_RE = new RegExp(SLASHED_RE.source, "g");

/**
 * The order of slashed dates in a text, told by those that can be read only one way ("25/03/2022"
 * is day first); null when none does or they disagree.
 */
export function slashOrderIn(text: string): SlashOrder | null {
  // A slashed date has a slash: a text without one is spared the search (and its iterator).
  if (!text.includes("/")) return null;
  let dmy = 0;
  let mdy = 0;
  for (const m of text.matchAll(SLASHED_ALL_RE)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a > 12 && a <= 31 && b <= 12) dmy++;
    else if (b > 12 && b <= 31 && a <= 12) mdy++;
  }
  return dmy && !mdy ? "dmy" : mdy && !dmy ? "mdy" : null;
}

/**
 * The slashed-date order a language writes: month first in American English, day first in the
 * other languages of the outlets Storyline reads (British English and most of the world); null
 * for English whose country is not given.
 */
export function slashOrderOf(language: string | null | undefined): SlashOrder | null {
  if (!language) return null;
  const [lang, region] = language.toLowerCase().split(/[-_]/);
  if (lang === "en") return region === "us" ? "mdy" : region ? "dmy" : null;
  return /^[a-z]{2,3}$/.test(lang ?? "") ? "dmy" : null;
}

/** Every date in `s`, in order. */
export function findDates(s: string, order?: SlashOrder | null): FoundDate[] {
  const out: FoundDate[] = [];
  let from = 0;
  while (from < s.length) {
    const d = findDate(s.slice(from), order);
    if (!d) break;
    out.push({ iso: d.iso, index: d.index + from, length: d.length });
    from += d.index + Math.max(1, d.length);
  }
  return out;
}

const WEEKDAYS =
  "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|" +
  "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|" +
  "lunes|martes|miércoles|jueves|viernes|sábado|domingo";
/** What may stand between a cue and its date: signs, or a weekday ("Erstellt am Dienstag, den 6. Mai 2014"). */
const CUE_GAP = `(?:\\P{L}{0,12}|\\P{L}{1,3}(?:den |the )?(?:${WEEKDAYS})\\.?,?\\s*(?:den |the |le )?)$`;
const MODIFIED_RE = new RegExp(`(?:${dataLines("extract/date-modified.txt").join("|")})${CUE_GAP}`, "iu");
const PUBLISHED_RE = new RegExp(`(?:${dataLines("extract/date-published.txt").join("|")})${CUE_GAP}`, "iu");
/** How far before a date a "published" or "updated" cue is looked for. */
const CUE_WINDOW = 30;

/** A date in a date line and whether the line says it is the publication or a later update. */
export interface CuedDate extends FoundDate {
  cue: "published" | "modified" | null;
}

/**
 * The publication date a short date line gives ("Published 3 May 2021, updated 5 May 2021",
 * "Aktualisiert: 11.04.2020 · Publiziert: 03.04.2020"): the date a publication cue names, else the
 * first date no update cue names, else the update date (marked so).
 */
export function publishedDateIn(s: string, order?: SlashOrder | null): CuedDate | null {
  // Every date has a digit: most short texts of a page have none, and are spared the arrays below.
  if (!DIGIT_RE.test(s)) return null;
  const dates: CuedDate[] = findDates(s, order).map((d) => {
    const before = s.slice(Math.max(0, d.index - CUE_WINDOW), d.index);
    const cue = PUBLISHED_RE.test(before) ? "published" : MODIFIED_RE.test(before) ? "modified" : null;
    return { iso: d.iso, index: d.index, length: d.length, cue };
  });
  return dates.find((d) => d.cue === "published") ?? dates.find((d) => d.cue === null) ?? dates[0] ?? null;
}

function normZone(z: string | undefined): string {
  if (!z) return "";
  if (z === "Z") return "Z";
  const m = /^([+-]\d{2}):?(\d{2})$/.exec(z);
  return m ? (m[1] === "+00" && m[2] === "00" ? "Z" : `${m[1]}:${m[2]}`) : "";
}

/** A date-time string from page metadata (ISO, RFC 2822, or a written date) as ISO 8601, or null. */
export function parseDateValue(value: string, order?: SlashOrder | null): string | null {
  return findDate(value.trim(), order)?.iso ?? null;
}

/** The date in a URL's path (/2022/02/22/, /2022-02-22-, /20220222/, /2022/2/22/), or null. */
export function dateFromUrl(url: string): string | null {
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // Not an absolute URL: read it as a path.
  }
  const m = URL_DATE_RE.exec(path) ?? URL_SHORT_DATE_RE.exec(path);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  // Day and month before the year ("/meldungen/29-10-2021"): only when the day cannot be a month,
  // as American addresses put the month first.
  const e = URL_END_YEAR_RE.exec(path);
  return e ? slashed(Number(e[1]), Number(e[2]), Number(e[3])) : null;
}

const DATE_FILLER_RE = new RegExp(
  `\\b(?:published|updated|posted|last|modified|on|at|date|time|am|pm|a\\.m\\.|p\\.m\\.|uhr|um|le|den|am|de|${ZONE_ALT}|` +
    `${WEEKDAYS})\\b\\.?`,
  "giu",
);
const CLOCK_RE = /\b\d{1,2}:\d{2}(?::\d{2})?\b/g;

/** A line that only states a date (and time): "February 22, 2022", "/ 12:20 PM February 23, 2022". */
export function dateLine(line: string, order?: SlashOrder | null): FoundDate | null {
  if (line.length > 80) return null;
  const d = findDate(line, order);
  if (!d) return null;
  const rest = (line.slice(0, d.index) + " " + line.slice(d.index + d.length))
    .replace(CLOCK_RE, " ")
    .replace(DATE_FILLER_RE, " ")
    .replace(NON_LETTERS_RE, "");
  return rest.length <= 2 ? d : null;
}
const NON_LETTERS_RE = /[^\p{L}]+/gu;

const LANGUAGE_ZONES = new Map(
  dataRows("extract/language-zones.tsv").map(([tag, minutes, rule]) => [
    tag!,
    { minutes: Number(minutes), rule: rule! },
  ]),
);

/** The n-th (1-based; -1 the last) Sunday of a month, as a UTC timestamp at `hour`. */
function sunday(year: number, month: number, n: number, hour: number): number {
  if (n < 0) {
    const last = new Date(Date.UTC(year, month + 1, 0, hour));
    return last.getTime() - last.getUTCDay() * 86_400_000;
  }
  const first = new Date(Date.UTC(year, month, 1, hour));
  return first.getTime() + (((7 - first.getUTCDay()) % 7) + (n - 1) * 7) * 86_400_000;
}

/** Whether summer time is in force at `t` (ms, UTC) under a rule. */
function summerTime(t: number, rule: string, standard: number): boolean {
  const year = new Date(t).getUTCFullYear();
  if (rule === "eu") return t >= sunday(year, 2, -1, 1) && t < sunday(year, 9, -1, 1);
  // US: from 2 a.m. local standard time on March's second Sunday to 2 a.m. local summer time on November's first.
  if (rule === "us") return t >= sunday(year, 2, 2, 2 - standard / 60) && t < sunday(year, 10, 1, 1 - standard / 60);
  return false;
}

/**
 * A date-time stated in UTC ("2021-11-04T23:00Z") in the local time of the place a page's language
 * (and country) points to ("2021-11-05T00:00+01:00" for German), so its day is the day the page's
 * readers saw; other values, and languages spoken across several zones, are returned unchanged.
 */
export function inLocalTime(iso: string, language: string | null | undefined): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?Z$/.exec(iso);
  if (!m || !language) return iso;
  const tag = language.toLowerCase().replace("_", "-");
  // A country not listed ("fr-ca") does not fall back to the language's main one.
  const zone = LANGUAGE_ZONES.get(tag) ?? (tag.includes("-") ? undefined : LANGUAGE_ZONES.get(tag));
  if (!zone) return iso;
  const t = Date.parse(`${m[1]}T${m[2]}:${m[3]}:${m[4] ?? "00"}Z`);
  const offset = zone.minutes + (summerTime(t, zone.rule, zone.minutes) ? 60 : 0);
  const local = new Date(t + offset * 60_000).toISOString().slice(0, m[4] ? 19 : 16);
  const sign = offset < 0 ? "-" : "+";
  return `${local}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

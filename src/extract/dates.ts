/**
 * Publication dates as news pages write them ("February 22, 2022", "22 Feb 2022, 10:30 GMT",
 * "/ 12:20 PM February 23, 2022", "2022-02-22T09:00:00+03:00", "22.02.2022", a URL's /2022/02/22/),
 * read into ISO 8601: a date, or a date-time carrying a zone only when the page states one.
 */
import { dataRows } from "../data/data-files.js";

const MONTHS = new Map(dataRows("extract/months.tsv").map(([name, n]) => [name!, Number(n)]));
const ZONES = new Map(dataRows("extract/time-zones.tsv").map(([abbr, off]) => [abbr!, off!]));

const MONTH_ALT = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join("|");
const ZONE_ALT = [...ZONES.keys()].sort((a, b) => b.length - a.length).join("|");
const ORD = "(?:st|nd|rd|th)?";

const ISO_RE = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
const MDY_RE = new RegExp(`(?<![\\p{L}])(${MONTH_ALT})\\.? (\\d{1,2})${ORD},? (\\d{4})\\b`, "iu");
const DMY_RE = new RegExp(`\\b(\\d{1,2})${ORD}\\.? (?:de )?(${MONTH_ALT})\\.?,? (?:de )?(\\d{4})\\b`, "iu");
const DOTTED_RE = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;
const SLASHED_RE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;
const TIME_RE = new RegExp(
  `\\b(?<h>\\d{1,2}):(?<m>\\d{2})(?::\\d{2})?\\s*(?<half>a\\.?m\\.?|p\\.?m\\.?)?` +
    `(?:\\s*(?:\\(?(?<abbr>${ZONE_ALT})\\)?|(?:UTC|GMT)\\s*(?<gh>[+-]\\d{1,2})(?::?(?<gm>\\d{2}))?|(?<oh>[+-]\\d{2}):?(?<om>\\d{2})))?(?![\\p{L}\\d])` +
    `|\\b(?<h2>\\d{1,2})\\s*(?<half2>a\\.m\\.|p\\.m\\.|am|pm)\\b`,
  "iu",
);
const URL_DATE_RE = /\/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:\/|[-_]|$)/;

/** A date found in a string: its ISO value and where it sits. */
export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

const pad = (n: number) => String(n).padStart(2, "0");

function isoDate(y: number, m: number, d: number): string | null {
  // Years outside this range are page numbers or ids, not publication dates.
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

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
  const window = s.slice(Math.max(0, from - 30), to + 30);
  const g = TIME_RE.exec(window)?.groups;
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

/** The first date in `s` (with its time of day when written next to it), or null. */
export function findDate(s: string): FoundDate | null {
  const iso = ISO_RE.exec(s);
  if (iso) {
    const d = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (d) {
      const time = iso[4] ? `T${iso[4]}:${iso[5]}${iso[6] ? ":" + iso[6] : ""}${normZone(iso[7])}` : "";
      return { iso: d + time, index: iso.index, length: iso[0].length };
    }
  }
  const tries: [RegExpExecArray | null, (m: RegExpExecArray) => string | null][] = [
    [MDY_RE.exec(s), (m) => isoDate(Number(m[3]), MONTHS.get(m[1]!.toLowerCase())!, Number(m[2]))],
    [DMY_RE.exec(s), (m) => isoDate(Number(m[3]), MONTHS.get(m[2]!.toLowerCase())!, Number(m[1]))],
    [DOTTED_RE.exec(s), (m) => isoDate(Number(m[3]), Number(m[2]), Number(m[1]))],
    // Slashed dates are read only when unambiguous (the day is above 12), in either order.
    [SLASHED_RE.exec(s), (m) => slashed(Number(m[1]), Number(m[2]), Number(m[3]))],
  ];
  let best: FoundDate | null = null;
  for (const [m, read] of tries) {
    if (!m || (best && m.index >= best.index)) continue;
    const d = read(m);
    if (d) best = { iso: d, index: m.index, length: m[0].length };
  }
  if (best) best.iso += timeNear(s, best.index, best.index + best.length);
  return best;
}

function slashed(a: number, b: number, y: number): string | null {
  if (a > 12 && b <= 12) return isoDate(y, b, a);
  if (b > 12 && a <= 12) return isoDate(y, a, b);
  return null;
}

function normZone(z: string | undefined): string {
  if (!z) return "";
  if (z === "Z") return "Z";
  const m = /^([+-]\d{2}):?(\d{2})$/.exec(z);
  return m ? (m[1] === "+00" && m[2] === "00" ? "Z" : `${m[1]}:${m[2]}`) : "";
}

/** A date-time string from page metadata (ISO, RFC 2822, or a written date) as ISO 8601, or null. */
export function parseDateValue(value: string): string | null {
  return findDate(value.trim())?.iso ?? null;
}

/** The date in a URL's path (/2022/02/22/, /2022-02-22-, /20220222/), or null. */
export function dateFromUrl(url: string): string | null {
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // Not an absolute URL: read it as a path.
  }
  const m = URL_DATE_RE.exec(path);
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

const DATE_FILLER_RE = new RegExp(
  `\\b(?:published|updated|posted|last|modified|on|at|date|time|am|pm|a\\.m\\.|p\\.m\\.|uhr|um|le|den|am|de|${ZONE_ALT}|` +
    `mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|` +
    `montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\b\\.?`,
  "giu",
);
const CLOCK_RE = /\b\d{1,2}:\d{2}(?::\d{2})?\b/g;

/** A line that only states a date (and time): "February 22, 2022", "/ 12:20 PM February 23, 2022". */
export function dateLine(line: string): FoundDate | null {
  if (line.length > 80) return null;
  const d = findDate(line);
  if (!d) return null;
  const rest = (line.slice(0, d.index) + " " + line.slice(d.index + d.length))
    .replace(CLOCK_RE, " ")
    .replace(DATE_FILLER_RE, " ")
    .replace(/[^\p{L}]+/gu, "");
  return rest.length <= 2 ? d : null;
}

/**
 * Wire agencies (data/extract/agencies.tsv) and bylines: "By AFP", "By Jane Roe and John Doe",
 * "AFP contributed reporting", "(Reuters) -", "— AP", a lone trailing "AFP".
 */
import { dataRows } from "../data/data-files.js";
import { anchoredTable, mayOpenWith } from "./openings.js";

const CANONICAL = new Map<string, string>();
const caps: string[] = [];
const words: string[] = [];
for (const [name, variants] of dataRows("extract/agencies.tsv")) {
  for (const v of variants!.split("|")) {
    // Short all-capital acronyms ("AP", "PA") are only agencies when written in capitals.
    if (/^[\p{Lu}\d-]{2,5}$/u.test(v)) {
      caps.push(v);
      CANONICAL.set(v, name!);
    } else {
      words.push(v);
      CANONICAL.set(v.toLowerCase(), name!);
    }
  }
}
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const byLength = (a: string, b: string) => b.length - a.length;
const CAPS_SRC = caps.sort(byLength).map(esc).join("|");
const WORDS_SRC = words.sort(byLength).map(esc).join("|");
const CAPS_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${CAPS_SRC})(?![\\p{L}\\p{N}])`, "gu");
const WORDS_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${WORDS_SRC})(?![\\p{L}\\p{N}])`, "giu");

/** The source of a regular expression matching any agency name (for building credit patterns). */
export const AGENCY_PATTERN = `(?:${CAPS_SRC}|${WORDS_SRC})`;
/** The agency names AGENCY_PATTERN matches, as written. */
export const AGENCY_NAMES: readonly string[] = [...caps, ...words];

/** The agency a written name stands for ("Agence France-Presse" -> "AFP"), or null. */
export function agencyOf(name: string): string | null {
  const s = name.trim();
  return CANONICAL.get(s) ?? CANONICAL.get(s.toLowerCase()) ?? null;
}

/** Every agency named in `s`, canonical, in order of first mention. */
export function agenciesIn(s: string): string[] {
  const found: [number, string][] = [];
  for (const re of [CAPS_RE, WORDS_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const name = agencyOf(m[0]);
      if (name) found.push([m.index, name]);
    }
  }
  return [...new Set(found.sort((a, b) => a[0] - b[0]).map(([, n]) => n))];
}

const BYLINE_RE = /^(?:written |reported |words )?by[:\s]+(.{2,120})$/i;
/** How a byline opens: most lines open otherwise, and are not tried. */
const BYLINE_OPENS = anchoredTable(BYLINE_RE.source, BYLINE_RE.flags);
const NAME_SPLIT_RE = /\s*(?:,|;|\band\b|&|\||\bund\b|\bet\b|\by\b)\s*/i;
const ROLE_TAIL_RE =
  /\s+(?:in|at|from|for)\s+\p{Lu}[\p{L} .-]*$|\s*[-–—,]?\s*(?:staff (?:writer|reporter)|(?:senior |chief |foreign )?correspondent|reporter|editor|contributor)s?$/iu;
const PERSON_RE = /^\p{Lu}[\p{L}'’.-]*(?: (?:(?:de|van|von|der|da|di|la|le|bin|al|el)\s)?\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/** The names of a byline line ("By Jane Roe and AFP"), or null when the line is not a byline. */
export function parseByline(line: string): string[] | null {
  const s = line.trim();
  const m = mayOpenWith(BYLINE_OPENS, s) ? BYLINE_RE.exec(s) : null;
  if (!m || (/[.!?]$/.test(m[1]!) && !agencyOf(m[1]!.replace(/\.$/, "")))) return null;
  const names = m[1]!
    .split(NAME_SPLIT_RE)
    .map((n) => n.replace(ROLE_TAIL_RE, "").replace(/\.$/, "").trim())
    .filter(Boolean);
  if (!names.length || !names.every((n) => agencyOf(n) || PERSON_RE.test(n))) return null;
  return names;
}

const CONTRIBUTED_RE = new RegExp(
  `^(?:\\(?\\s*(?:[Ww]ith|[Aa]dditional reporting by|[Rr]eporting by|[Ss]ources?|[Aa]gencies|[Mm]it|[Aa]vec)[:\\s]+)?` +
    `(${AGENCY_PATTERN}(?:\\s*(?:,|and|&|/)\\s*${AGENCY_PATTERN})*)\\s*` +
    `(?:contributed (?:to )?(?:this )?(?:reporting|report|story)|contributed)?\\.?\\s*\\)?$`,
  "u",
);
const DASH_CREDIT_RE = new RegExp(`^[-–—]\\s*(${AGENCY_PATTERN}(?:\\s*/\\s*${AGENCY_PATTERN})*)\\.?$`, "u");
const DASH_CREDIT_OPENS = anchoredTable(DASH_CREDIT_RE.source, DASH_CREDIT_RE.flags);

/**
 * A line that only credits agencies: "AFP contributed reporting.", "With AFP", "— AP", "AFP",
 * "Reuters/AP". Returns the agencies, or null when the line says anything else.
 */
export function creditLineAgencies(line: string): string[] | null {
  const s = line.trim();
  if (s.length > 120) return null;
  const m = CONTRIBUTED_RE.exec(s) ?? (mayOpenWith(DASH_CREDIT_OPENS, s) ? DASH_CREDIT_RE.exec(s) : null);
  if (!m) {
    // Both patterns need an agency word, the first also "contributed": most lines have none.
    if (!holdsAgencyWord(s)) return null;
    const credit = s.includes("contributed") ? UNKNOWN_AGENCY_CREDIT_RE.exec(s) : null;
    return (credit ?? AGENCY_NAME_LINE_RE.exec(s))?.slice(1, 2) ?? null;
  }
  const found = agenciesIn(m[1]!);
  return found.length ? found : null;
}

/** Texts of which each of the two patterns below needs one (their words for an agency). */
const AGENCY_WORDS = ["Press", "Agency", "Wire", "Newswire", "Prensa"];
/** Whether `s` holds one of AGENCY_WORDS (a loop: `some` with an arrow makes a closure per line). */
function holdsAgencyWord(s: string): boolean {
  for (const w of AGENCY_WORDS) if (s.includes(w)) return true;
  return false;
}

/** A line that is only an agency's name, spelled with a word agencies use ("Northwind Press Agency"). */
const AGENCY_NAME_LINE_RE =
  /^((?:\p{Lu}[\p{L}-]+\s){1,3}(?:Press|Presse|News Agency|Agency|Newswire|Prensa)(?:\sAgency)?)\.?$/u;

/** "Meridian Press contributed reporting.": an agency the list does not know, named by a word agencies use. */
const UNKNOWN_AGENCY_CREDIT_RE =
  /^\(?((?:\p{Lu}[\p{L}-]+\s){0,3}(?:Press|Presse|News Agency|Agency|Wire|Newswire|Prensa)(?:\s(?:Agency|Service))?)\s+contributed(?: to)?(?: this)?(?: reporting| report| story)?\.?\)?$/u;

const DATELINE_RE = new RegExp(`^[^()]{0,60}\\((${AGENCY_PATTERN})\\)\\s*[-–—:]`, "u");
/**
 * A wire dateline of an agency the list does not know: a place in capitals, a date, and the
 * agency's code in brackets before the dash ("KESSIN, March 2 (WPA) - ..."). The capitals and the
 * date make it a dateline, so the bracketed code is the agency.
 */
const WIRE_DATELINE_RE =
  /^\p{Lu}[\p{Lu} .'’-]{2,40},?\s+(?:\p{L}+\.?\s+\d{1,2}|\d{1,2}\s+\p{L}+\.?)(?:,?\s+\d{4})?\s+\((\p{Lu}[\p{Lu}\d]{1,7})\)\s*[-–—]/u;

/** The agency of a wire dateline that opens the first paragraph: "MOSCOW (Reuters) - ...". */
export function datelineAgency(paragraph: string): string | null {
  const m = DATELINE_RE.exec(paragraph);
  if (m) return agencyOf(m[1]!);
  return WIRE_DATELINE_RE.exec(paragraph)?.[1] ?? null;
}

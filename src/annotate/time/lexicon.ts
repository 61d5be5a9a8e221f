/**
 * The times stage's word lists (data/time/lexicon.tsv), read once at module load, and the regex
 * alternations built from them. Longer words come first in each alternation so that "a couple of"
 * wins over "a".
 */
import { dataRows } from "../../data/data-files.js";

/** The rows of the lexicon grouped by kind: word -> value. */
function load(): Map<string, Map<string, string>> {
  const kinds = new Map<string, Map<string, string>>();
  for (const [kind, word, value] of dataRows("time/lexicon.tsv")) {
    if (!kind || !word) continue;
    let words = kinds.get(kind);
    if (!words) kinds.set(kind, (words = new Map()));
    words.set(word, value ?? "");
  }
  return kinds;
}

const KINDS = load();

function kind(name: string): Map<string, string> {
  const words = KINDS.get(name);
  if (!words) throw new Error(`data/time/lexicon.tsv has no "${name}" rows`);
  return words;
}

/** Escapes a word for a regex; a space matches any run of spaces, a "." is optional. */
function pattern(word: string): string {
  return word
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/ /g, "\\s+")
    .replace(/\\\.$/, "\\.?");
}

/** A non-capturing alternation of the words, longest first. */
function alternation(words: Iterable<string>): string {
  return `(?:${[...words]
    .sort((a, b) => b.length - a.length)
    .map(pattern)
    .join("|")})`;
}

export const WEEKDAYS = kind("weekday");
export const MONTHS = kind("month");
export const PARTS_OF_DAY = kind("part_of_day");
export const SEASONS = kind("season");
export const NUMBERS = kind("number");
export const FREQUENCIES = kind("frequency");
export const REFERENCES = kind("reference");
export const FUTURE_CUES = new Set(kind("future_cue").keys());
/** Holiday name -> its rule (see the lexicon's comment). */
export const HOLIDAYS = kind("holiday");

/** Unit word -> [ISO 8601 designator, multiplier]. */
export const UNITS = new Map(
  [...kind("unit")].map(([word, v]) => {
    const [designator, times] = v.split(" ");
    return [word, [designator!, Number(times)] as const];
  }),
);

export const WEEKDAY_RE = alternation(WEEKDAYS.keys());
export const MONTH_RE = alternation(MONTHS.keys());
export const PART_OF_DAY_RE = alternation(PARTS_OF_DAY.keys());
export const SEASON_RE = alternation(SEASONS.keys());
export const FREQUENCY_RE = alternation(FREQUENCIES.keys());
export const REFERENCE_RE = alternation(REFERENCES.keys());
/** Holiday names; an apostrophe matches either form ("New Year's", "New Year’s"). */
export const HOLIDAY_RE = alternation(HOLIDAYS.keys()).replace(/'/g, "['’]");
/** Unit words, singular or plural ("century" and "centuries"). */
export const UNIT_RE = `(?:centur(?:y|ies)|${alternation([...UNITS.keys()].filter((u) => u !== "century"))}s?)`;

const TENS = [...NUMBERS].filter(([, v]) => /^[2-9]0$/.test(v)).map(([w]) => w);
const UNITS_1_9 = [...NUMBERS].filter(([, v]) => /^[1-9]$/.test(v) && !/^an?$/.test(v)).map(([w]) => w);
/** A cardinal: digits ("24", "1,000", "2.5"), a compound ("twenty-four") or a word ("a few"). */
export const NUMBER_RE =
  `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${alternation(TENS)}[\\s-]${alternation(UNITS_1_9)}|` +
  `${alternation(NUMBERS.keys())})`;

/** The value of a cardinal matched by NUMBER_RE: a number, or "X" for vague ones ("several"). */
export function numberValue(text: string): number | "X" {
  const t = text.toLowerCase().replace(/\s+/g, " ");
  if (/^[\d,.]+$/.test(t)) return Number(t.replace(/,/g, ""));
  const known = NUMBERS.get(t);
  if (known !== undefined) return known === "X" ? "X" : Number(known);
  const [tens, ones] = t.split(/[\s-]/);
  return Number(NUMBERS.get(tens ?? "") ?? NaN) + Number(NUMBERS.get(ones ?? "") ?? NaN);
}

/** A unit word (any case, singular or plural) -> [designator, multiplier]. */
export function unitOf(word: string): readonly [string, number] | undefined {
  const w = word.toLowerCase();
  if (w.startsWith("centur")) return UNITS.get("century");
  return UNITS.get(w) ?? UNITS.get(w.replace(/s$/, ""));
}

/** A month word ("Sept.", "march") -> its number 1-12. */
export function monthOf(word: string): number {
  const w = word.toLowerCase();
  return Number(MONTHS.get(w) ?? MONTHS.get(w.endsWith(".") ? w : w + ".") ?? NaN);
}

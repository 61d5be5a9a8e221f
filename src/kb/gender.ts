/**
 * The gender a person entity is known by, for "he" and "she": a courtesy title just before the
 * name ("Mrs. Clinton", "Mr. Lynch") or a given name of data/kb/given-names.tsv ("Hillary
 * Clinton"). Unknown (null) for everyone else, which leaves a pronoun free to take them.
 */
import { dataRecords, listCell } from "../data/data-files.js";

export type Gender = "f" | "m";

const GIVEN = new Map<string, Gender>();
for (const r of dataRecords("kb/given-names.tsv"))
  for (const n of listCell(r.names)) GIVEN.set(n, r.gender === "f" ? "f" : "m");

const TITLE_F = /\b(?:mrs|ms|miss|madam|madame|mme|lady|queen|princess|congresswoman|chairwoman|spokeswoman)\.?\s*$/i;
const TITLE_M = /\b(?:mr|sir|lord|king|prince|congressman|chairman|spokesman)\.?\s*$/i;
const FIRST_WORD = /^[\p{L}'’-]+/u;

/** The pronoun a personal pronoun asks for: "she"/"her" f, "he"/"him"/"his" m. */
export function pronounGender(word: string): Gender | null {
  return word === "she" || word === "her" || word === "hers"
    ? "f"
    : word === "he" || word === "him" || word === "his"
      ? "m"
      : null;
}

/** The gender of the person named at text[start, end), or null when nothing tells. */
export function personGender(text: string, start: number, end: number, actorName?: string): Gender | null {
  const before = text.slice(Math.max(0, start - 16), start);
  if (TITLE_F.test(before)) return "f";
  if (TITLE_M.test(before)) return "m";
  return nameGender(text.slice(start, end)) ?? (actorName ? nameGender(actorName) : null);
}

/** Whether a lower-cased word is a given name of data/kb/given-names.tsv ("stephen", "maria"). */
export function isGivenName(word: string): boolean {
  return GIVEN.has(word);
}

/** The gender a name's given name tells ("Maria Lind" f), or null. */
export function nameGender(name: string): Gender | null {
  let g = nameGenders.get(name);
  if (g === undefined) {
    const first = FIRST_WORD.exec(name)?.[0]?.toLowerCase();
    g = (first && GIVEN.get(first)) || null;
    if (nameGenders.size >= MAX_CACHED_NAMES) nameGenders.clear();
    nameGenders.set(name, g);
  }
  return g;
}

/**
 * nameGender's answers by name: pronoun resolution asks again for every candidate of every "he"
 * and "she", and the same few names recur through an article. Cleared when full.
 */
const nameGenders = new Map<string, Gender | null>();
const MAX_CACHED_NAMES = 10_000;

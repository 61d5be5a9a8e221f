/**
 * The knowledge base every stage may consult: countries, roles, people, organisations and places
 * from the data files under data/kb, compiled once per process into a word trie that the entities
 * stage walks over each article.
 */
import { join } from "node:path";
import { PhraseTrie } from "./phrase-trie.js";
import type { ContextWordType, CountryRecord, KbEntry, OrgRecord, PersonRecord, RoleRecord } from "./records.js";
import {
  readContextWords,
  readCountries,
  readOrgs,
  readPeople,
  readPlaces,
  readRoles,
  surnameOf,
} from "./read-records.js";
import { phraseWords } from "./words.js";

export type { KbEntry } from "./records.js";

/** The compiled knowledge base. */
export interface KnowledgeBase {
  readonly version: string;
  /** Every name, alias, demonym, role and place, by its words. */
  readonly trie: PhraseTrie<KbEntry>;
  readonly countries: ReadonlyMap<string, CountryRecord>;
  /** Countries by ISO alpha-2, for flag emoji. */
  readonly byIso2: ReadonlyMap<string, CountryRecord>;
  readonly people: readonly PersonRecord[];
  readonly orgs: ReadonlyMap<string, OrgRecord>;
  readonly roles: ReadonlyMap<string, RoleRecord>;
  readonly contextWords: ReadonlyMap<string, ContextWordType>;
}

/**
 * English function words that some names end in ("Moon Jae In"): alone, capitalised at the start
 * of a sentence ("In a statement, ..."), they are the word, never the surname.
 */
const FUNCTION_WORDS = new Set([
  "in",
  "on",
  "at",
  "as",
  "an",
  "by",
  "to",
  "of",
  "or",
  "if",
  "it",
  "is",
  "so",
  "no",
  "do",
  "up",
  "us",
  "we",
  "he",
  "be",
  "my",
  "me",
  "and",
  "the",
  "for",
  "but",
  "not",
  "all",
  "can",
  "may",
  "new",
  "one",
]);

/** An empty knowledge base, for tests of stages that do not consult it. */
export function emptyKnowledgeBase(): KnowledgeBase {
  return {
    version: "empty",
    trie: new PhraseTrie(),
    countries: new Map(),
    byIso2: new Map(),
    people: [],
    orgs: new Map(),
    roles: new Map(),
    contextWords: new Map(),
  };
}

const DATA_DIR = join(import.meta.dirname, "..", "..", "data", "kb");
let cached: KnowledgeBase | undefined;

/** The knowledge base of data/kb, read synchronously on first call and shared by the process. */
export function loadKnowledgeBase(): KnowledgeBase {
  cached ??= buildKnowledgeBase(DATA_DIR);
  return cached;
}

/**
 * Reads the data files of `dir` and compiles them:
 * 1. places first, so capitals can point at their gazetteer entry;
 * 2. countries, demonyms and capitals; 3. roles; 4. organisations;
 * 5. people with their variants, and surnames that only one person has.
 */
export function buildKnowledgeBase(dir: string): KnowledgeBase {
  const trie = new PhraseTrie<KbEntry>();
  const add = (phrase: string, entry: KbEntry) => trie.insert(phraseWords(phrase), entry);

  // 1.
  const places = readPlaces(dir);
  for (const [name, list] of places) add(name, { type: "place", places: list });

  // 2.
  const countries = new Map<string, CountryRecord>();
  const byIso2 = new Map<string, CountryRecord>();
  for (const row of readCountries(dir)) {
    const c = row.record;
    countries.set(c.iso3, c);
    byIso2.set(c.iso2, c);
    for (const name of row.names) add(name, { type: "country", country: c });
    for (const d of row.demonyms) add(d, { type: "demonym", country: c, plural: /[^s]s$/.test(d) });
    for (const cap of row.capitals) {
      // "Washington" is also a small town; the capital is the biggest place of the country by any of its names.
      const capital = places.get(cap)?.find((p) => p.country === c.iso3);
      if (capital && (!c.capital || capital.population > c.capital.population)) c.capital = capital;
      add(cap, { type: "capital", country: c });
    }
  }

  // 3.
  const roles = new Map<string, RoleRecord>();
  for (const r of readRoles(dir)) {
    roles.set(r.phrase.toLowerCase(), r);
    add(r.phrase, { type: "role", role: r });
  }

  // 4.
  const orgs = new Map<string, OrgRecord>();
  for (const { record, names } of readOrgs(dir)) {
    orgs.set(record.id, record);
    for (const n of names) add(n, { type: "org", org: record });
  }

  // 5. A surname alone links only when no other known person shares it.
  const people = readPeople(dir, roles);
  const surnameOwners = new Map<string, Set<PersonRecord>>();
  const surnames = new Map<PersonRecord, Set<string>>();
  for (const { record, names } of people) {
    const own = new Set<string>();
    for (const n of names) {
      if (phraseWords(n).length > 1) add(n, { type: "person", person: record });
      own.add(surnameOf(n));
    }
    surnames.set(record, own);
    for (const s of own) {
      const key = s.toLowerCase();
      if (!surnameOwners.has(key)) surnameOwners.set(key, new Set());
      surnameOwners.get(key)!.add(record);
    }
  }
  for (const [p, own] of surnames) {
    for (const s of own)
      if (surnameOwners.get(s.toLowerCase())!.size === 1 && !FUNCTION_WORDS.has(s.toLowerCase()))
        add(s, { type: "surname", person: p });
  }
  const version = `kb:${trie.size}`;
  return {
    version,
    trie,
    countries,
    byIso2,
    people: people.map((p) => p.record),
    orgs,
    roles,
    contextWords: readContextWords(dir),
  };
}

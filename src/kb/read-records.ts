import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { EntityKind } from "../model/schema.js";
import type { ContextWordType, CountryRecord, OrgRecord, PersonRecord, PlaceRecord, RoleRecord } from "./records.js";
import { dataRecords, listCell } from "../data/data-files.js";

/** Rows of countries.tsv with the name lists each one is known by. */
export interface CountryRow {
  record: CountryRecord;
  names: string[];
  demonyms: string[];
  capitals: string[];
}

/** Particles that begin a surname: "von der Leyen", "Le Drian", "al-Sisi", "da Silva". */
const SURNAME_PARTICLES = new Set([
  "von",
  "van",
  "der",
  "den",
  "de",
  "da",
  "dos",
  "du",
  "le",
  "la",
  "al",
  "el",
  "bin",
  "ibn",
]);

/** The surname of a full name as news repeats it: from the first particle on, else the last word. */
export function surnameOf(name: string): string {
  const parts = name.split(/\s+/).filter(Boolean);
  for (let i = 1; i < parts.length - 1; i++) {
    const head = parts[i]!.split("-")[0]!.toLowerCase();
    if (SURNAME_PARTICLES.has(head)) return parts.slice(i).join(" ");
  }
  return parts[parts.length - 1] ?? name;
}

/** Drops a leading "the": the stage matches the name, the article's "the" is not part of it. */
export function withoutArticle(phrase: string): string {
  return phrase.replace(/^the\s+/i, "");
}

export function readCountries(dir: string): CountryRow[] {
  return dataRecords(join(dir, "countries.tsv")).map((r) => ({
    record: {
      iso3: r.iso3!,
      iso2: r.iso2!,
      name: r.name!,
      ...(listCell(r.demonyms)[0] ? { adjective: listCell(r.demonyms)[0] } : {}),
    },
    names: [r.name!, ...listCell(r.aliases)].map(withoutArticle),
    demonyms: listCell(r.demonyms),
    capitals: [...listCell(r.capital), ...listCell(r.capital_aliases)],
  }));
}

export function readRoles(dir: string): RoleRecord[] {
  return dataRecords(join(dir, "roles.tsv")).map((r) => {
    const role: RoleRecord = {
      phrase: r.phrase!,
      sector: r.sector!,
      kind: r.kind as EntityKind,
      classes: listCell(r.class),
      title: r.title === "y",
      bare: r.bare === "y",
    };
    if (r.home) role.home = r.home;
    return role;
  });
}

/** People with the names they go by (full name first). */
export function readPeople(dir: string, roles: Map<string, RoleRecord>): { record: PersonRecord; names: string[] }[] {
  return dataRecords(join(dir, "people.tsv")).map((r) => {
    const year = (s: string | undefined) => (s ? Number(s) : undefined);
    const record: PersonRecord = {
      id: r.id!,
      name: r.name!,
      country: r.country!,
      sector: r.sector!,
      role: r.role!,
      classes: roles.get(r.role!.toLowerCase())?.classes ?? [],
      surname: surnameOf(r.name!),
    };
    if (r.org) record.org = r.org;
    const start = year(r.start);
    const end = year(r.end);
    if (start !== undefined) record.start = start;
    if (end !== undefined) record.end = end;
    return { record, names: [r.name!, ...listCell(r.variants)] };
  });
}

export function readOrgs(dir: string): { record: OrgRecord; names: string[] }[] {
  return dataRecords(join(dir, "orgs.tsv")).map((r) => {
    const record: OrgRecord = { id: r.id!, name: r.name!, country: r.country!, kind: r.kind as EntityKind };
    if (r.sector) record.sector = r.sector;
    return { record, names: [r.name!, ...listCell(r.aliases)].map(withoutArticle) };
  });
}

/**
 * Places by every name they go by, biggest first. The gazetteer has tens of thousands of rows, so
 * it is parsed by column position rather than through dataRecords' per-row objects.
 */
export function readPlaces(dir: string): Map<string, PlaceRecord[]> {
  const byName = new Map<string, PlaceRecord[]>();
  const add = (name: string, p: PlaceRecord) => {
    const list = byName.get(name);
    if (!list) byName.set(name, [p]);
    else if (list[list.length - 1] !== p) list.push(p);
  };
  const lines = readFileSync(join(dir, "places.tsv"), "utf8").split("\n");
  // Line 0 is the source comment, line 1 the header: geonameid name alt country admin1 lat lon population kind.
  for (let i = 2; i < lines.length; i++) {
    const c = lines[i]!.split("\t");
    if (c.length < 9) continue;
    const p: PlaceRecord = {
      name: c[1]!,
      country: c[3]!,
      lat: +c[5]!,
      lon: +c[6]!,
      population: +c[7]!,
      region: c[8] === "region",
    };
    if (c[0]) p.geonameid = +c[0];
    if (c[4]) p.admin1 = c[4];
    add(p.name, p);
    if (c[2]) for (const alt of c[2].split("|")) add(alt, p);
  }
  // First-level regions go first in their name's list: a US state or Indian state named like a
  // small town elsewhere ("Florida", "Goa") is the region far more often than the town.
  for (const r of dataRecords(join(dir, "admin1.tsv"))) {
    const p: PlaceRecord = {
      name: r.name!,
      country: r.country!,
      lat: +r.lat!,
      lon: +r.lon!,
      population: 0,
      region: true,
      admin1: r.admin1!,
    };
    for (const name of [p.name, ...listCell(r.aliases)]) {
      const list = byName.get(name);
      if (!list) byName.set(name, [p]);
      else if (!list.includes(p)) list.unshift(p);
    }
  }
  for (const r of dataRecords(join(dir, "place-aliases.tsv"))) {
    for (const p of byName.get(r.name!) ?? []) if (p.country === r.country) add(r.alias!, p);
  }
  return byName;
}

export function readContextWords(dir: string): Map<string, ContextWordType> {
  return new Map(
    dataRecords(join(dir, "context-words.tsv")).map((r) => [r.word!.toLowerCase(), r.type as ContextWordType]),
  );
}

/**
 * The hard conditions for two mentions to be one event: compatible types, actors, recipients and
 * dates. These never merge anything by themselves; they only rule merges out.
 */
import type { Actor, Event } from "../model/schema.js";
import { dataLines } from "../data/data-files.js";
import { datesAgree } from "./timeline.js";

const COMPATIBLE = new Set<string>();
for (const line of dataLines("link/compatible-event-types.tsv")) {
  const [a, b] = line.split("\t");
  if (a && b) COMPATIBLE.add(`${a} ${b}`).add(`${b} ${a}`);
}

const SECTOR_PAIRS = new Set<string>();
for (const line of dataLines("link/compatible-sectors.tsv")) {
  const [a, b] = line.split("\t");
  if (a && b) SECTOR_PAIRS.add(`${a} ${b}`).add(`${b} ${a}`);
}

const SYMMETRIC = new Set(dataLines("link/symmetric-event-types.txt"));

/** Same PLOVER type, or a pair listed in data/link/compatible-event-types.tsv. */
export function typesCompatible(a: string, b: string): boolean {
  return a === b || COMPATIBLE.has(`${a} ${b}`);
}

/**
 * Actor lists agree when either is empty (not coded), or they share a country and, for the
 * shared countries, their sectors overlap wherever both sides give one.
 */
export function actorsAgree(a: readonly Actor[], b: readonly Actor[]): boolean {
  if (!a.length || !b.length) return true;
  const sectorsA = sectorsByCountry(a);
  const sectorsB = sectorsByCountry(b);
  let shared = false;
  for (const [country, sa] of sectorsA) {
    const sb = sectorsB.get(country);
    if (!sb) continue;
    shared = true;
    if (sa.size && sb.size && ![...sa].some((s) => [...sb].some((t) => s === t || SECTOR_PAIRS.has(`${s} ${t}`)))) {
      return false;
    }
  }
  return shared;
}

/** Whether two mentions may be one event, judged on their codes alone. */
export function eventsCompatible(a: Event, b: Event): boolean {
  if (!typesCompatible(a.event, b.event) || !datesAgree(a.date, b.date)) return false;
  if (actorsAgree(a.actor, b.actor) && actorsAgree(a.recipient, b.recipient)) return true;
  // A joint action may be told from either side.
  return (
    SYMMETRIC.has(a.event) &&
    SYMMETRIC.has(b.event) &&
    actorsAgree(a.actor, b.recipient) &&
    actorsAgree(a.recipient, b.actor)
  );
}

/**
 * Two events of one article are one only when the article restates the same thing (headline and
 * body, a lead and its quote): then type, countries and date all agree exactly.
 */
export function sameCodes(a: Event, b: Event): boolean {
  return (
    a.event === b.event &&
    a.date === b.date &&
    countryKey(a.actor) === countryKey(b.actor) &&
    countryKey(a.recipient) === countryKey(b.recipient)
  );
}

function countryKey(xs: readonly Actor[]): string {
  return [...new Set(xs.map((x) => x.country))].sort().join(",");
}

function sectorsByCountry(xs: readonly Actor[]): Map<string, Set<string>> {
  const m = new Map<string, Set<string>>();
  for (const x of xs) {
    let s = m.get(x.country);
    if (!s) m.set(x.country, (s = new Set()));
    if (x.sector) s.add(x.sector);
  }
  return m;
}

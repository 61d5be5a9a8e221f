/**
 * The hard conditions for two mentions to be one event: compatible types, actors, recipients and
 * dates. These never merge anything by themselves; they only rule merges out.
 */
import type { Actor, Event } from "../model/schema.js";
import { dataLines } from "../data/data-files.js";
import { datesAgree, dayGap } from "./timeline.js";

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
  return countriesAgree(a, b) && !sectorsClash(a, b);
}

/** Actor lists share a country, or either is empty (not coded). */
export function countriesAgree(a: readonly Actor[], b: readonly Actor[]): boolean {
  if (!a.length || !b.length) return true;
  return a.some((x) => b.some((y) => x.country === y.country));
}

/**
 * For some shared country, both lists give sectors and none of them match or pair up: the army
 * against the government. Coders disagree on sectors far more than on countries (an order to the
 * troops has the army or the separatist areas as its recipient), so this weighs against a merge
 * instead of ruling it out.
 */
export function sectorsClash(a: readonly Actor[], b: readonly Actor[]): boolean {
  if (!a.length || !b.length) return false;
  const sectorsA = sectorsByCountry(a);
  const sectorsB = sectorsByCountry(b);
  for (const [country, sa] of sectorsA) {
    const sb = sectorsB.get(country);
    if (!sb) continue;
    if (sa.size && sb.size && ![...sa].some((s) => [...sb].some((t) => s === t || SECTOR_PAIRS.has(`${s} ${t}`)))) {
      return true;
    }
  }
  return false;
}

/**
 * Dates that can be one event's: agreeing spans, or two days next to each other, since outlets in
 * other time zones, or that date a late-night event by its announcement, put it a day apart.
 */
export function datesCompatible(a: string | null, b: string | null): boolean {
  if (datesAgree(a, b)) return true;
  const gap = dayGap(a, b);
  return gap !== null && Math.abs(gap) <= 1;
}

/** Whether two mentions may be one event, judged on their codes alone. */
export function eventsCompatible(a: Event, b: Event): boolean {
  if (!typesCompatible(a.event, b.event) || !datesCompatible(a.date, b.date)) return false;
  if (countriesAgree(a.actor, b.actor) && countriesAgree(a.recipient, b.recipient)) return true;
  // A joint action may be told from either side.
  return (
    SYMMETRIC.has(a.event) &&
    SYMMETRIC.has(b.event) &&
    countriesAgree(a.actor, b.recipient) &&
    countriesAgree(a.recipient, b.actor)
  );
}

/**
 * Two events of one article are one only when the article restates the same thing (headline and
 * body, a lead and its quote): then type, countries and date all agree exactly.
 */
export function sameCodes(a: Event, b: Event): boolean {
  return (
    a.event === b.event &&
    knownDate(a.date) === knownDate(b.date) &&
    countryKey(a.actor) === countryKey(b.actor) &&
    countryKey(a.recipient) === countryKey(b.recipient)
  );
}

/**
 * A date as sameCodes compares it: an unanchored value ("on Tuesday" with no publication date,
 * XXXX-WXX-2) says no more than no date, so a lead without it and a body sentence with it still
 * restate one event.
 */
export function knownDate(d: string | null): string | null {
  return d && !d.startsWith("X") ? d : null;
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

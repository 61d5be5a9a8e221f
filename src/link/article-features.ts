/**
 * What the linker keeps of an article: weighted content words, linked actors and places, event
 * signatures and a MinHash of its wording. Computed once when the article arrives.
 */
import type { Article, Event } from "../model/schema.js";
import { contentWords } from "./content-words.js";
import { minhash } from "./minhash.js";
import { nameWords } from "./name-words.js";
import { outletName } from "./outlet.js";
import { publishedDay } from "./timeline.js";
import { wireCredits } from "./wire-credit.js";

/** A headline names the story; its words count as often as this many body mentions. */
const TITLE_WEIGHT = 3;
/** The words kept per article: enough to describe it, few enough to compare cheaply. */
const MAX_TERMS = 120;
/** Names and numbers kept per article. */
const MAX_NAMES = 40;
const LEAD_CHARS = 90;
const RAW_WORD = /[\p{L}\p{N}]+/gu;

export interface ArticleFeatures {
  id: string;
  /** Publication day (days since 1970-01-01), or null when unknown. */
  day: number | null;
  published: string | null;
  title: string | null;
  /** The opening words, a title of last resort. */
  lead: string;
  outlet: string;
  /** Wire agencies credited, upper-cased. */
  agencies: string[];
  /** Whether the publication date is the article's own, not inferred from its story. */
  ownDate: boolean;
  /** Content stems → 1 + ln(count), unit length. */
  terms: Map<string, number>;
  /** Names and numbers of the text → 1 + ln(count), unit length. */
  names: Map<string, number>;
  /** Actor, place and name keys → 1 + ln(count), unit length. */
  entities: Map<string, number>;
  /** "TYPE ACTOR>RECIPIENT" country signatures of its events, weight 1 each, unit length. */
  signatures: Map<string, number>;
  /** MinHash of the wording, for spotting copies. */
  shingles: Uint32Array;
}

/** The features of one article. */
export function articleFeatures(a: Article): ArticleFeatures {
  const counts = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string, by = 1) => m.set(k, (m.get(k) ?? 0) + by);
  if (a.meta.title) for (const w of contentWords(a.meta.title)) bump(counts, w, TITLE_WEIGHT);
  for (const w of contentWords(a.text)) bump(counts, w);
  const top = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, MAX_TERMS);

  const names = new Map<string, number>();
  for (const w of nameWords(a.text)) bump(names, w);
  // Headlines capitalise every word: a title word counts as a name only when the body names it too.
  if (a.meta.title) for (const w of nameWords(a.meta.title)) if (names.has(w)) bump(names, w, TITLE_WEIGHT);
  const topNames = [...names].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, MAX_NAMES);

  const ents = new Map<string, number>();
  for (const e of a.entities) {
    if (e.actor) bump(ents, "a:" + (e.actor.id ?? e.actor.name.toLowerCase()));
    if (e.place) bump(ents, "p:" + (e.place.geonameid ?? e.place.name.toLowerCase()));
    if (!e.actor && !e.place && e.kind !== "OTHER") bump(ents, "n:" + e.text.toLowerCase());
  }
  const sigs = new Map<string, number>();
  for (const ev of a.events) sigs.set(eventSignature(ev), 1);

  return {
    id: a.id,
    day: publishedDay(a.meta.published),
    published: a.meta.published,
    // Members keep these for the story's life: copies, so they do not keep the article's text alive.
    title: a.meta.title === null ? null : detached(a.meta.title),
    lead: detached(lead(a.text)),
    outlet: detached(outletName(a)),
    agencies: wireCredits(a).map(detached),
    ownDate: a.meta.published_source !== "inferred",
    terms: unit(logScale(new Map(top))),
    names: unit(logScale(new Map(topNames))),
    entities: unit(logScale(ents)),
    signatures: unit(sigs),
    shingles: minhash(a.text.toLowerCase().match(RAW_WORD) ?? []),
  };
}

/** An event's type with its actor and recipient countries: "SUPPORT RUS>UKR". */
export function eventSignature(e: Event): string {
  const cs = (xs: Event["actor"]) => [...new Set(xs.map((x) => x.country))].sort().join(",");
  return `${e.event} ${cs(e.actor)}>${cs(e.recipient)}`;
}

/**
 * A copy of a short string. V8 makes a cut of a long string (a slice, a split, a regex match) a view
 * into it, so a story member holding a 90-character lead would hold the whole article text.
 */
function detached(s: string): string {
  return Buffer.from(s, "utf8").toString("utf8");
}

function lead(text: string): string {
  const first = text.trim().split(/\n/, 1)[0] ?? "";
  return first.length > LEAD_CHARS
    ? first.slice(0, first.lastIndexOf(" ", LEAD_CHARS) + 1 || LEAD_CHARS).trimEnd() + "…"
    : first;
}

function logScale(m: Map<string, number>): Map<string, number> {
  for (const [k, v] of m) m.set(k, 1 + Math.log(v));
  return m;
}

function unit(m: Map<string, number>): Map<string, number> {
  let s = 0;
  for (const v of m.values()) s += v * v;
  const n = Math.sqrt(s);
  if (n > 0) for (const [k, v] of m) m.set(k, v / n);
  return m;
}

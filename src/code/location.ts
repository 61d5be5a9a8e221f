import type { Entity, Place } from "../model/schema.js";
import { CUE, isCue } from "./cues.js";
import type { DocView } from "./doc-view.js";

/** How far left of a place name its preposition may stand: "in the northern town of X". */
const PREP_WINDOW = 8;

/** Words that may stand inside "within the regions ” pro-Russian X". */
const SKIPPABLE = new Set(["of", "-", "pro", '"', "\u201c", "\u201d", "'"]);

/** A place named in a token range, and the entity that names it. */
export interface PlaceHit {
  token: number;
  entity: Entity;
  place: Place;
  /** The place names an actor too (a country, a capital), as view.entities index; else -1. */
  actor: number;
}

/** The place entity (with or without an actor) at token k, if any. */
function placeAtToken(v: DocView, k: number): PlaceHit | null {
  const p = v.placeAt[k]!;
  if (p >= 0) return { token: k, entity: v.places[p]!, place: v.places[p]!.place!, actor: -1 };
  const e = v.entityAt[k]!;
  const ent = e >= 0 ? v.entities[e]! : undefined;
  if (ent?.place && (ent.kind === "PLACE" || ent.kind === "ORG"))
    return { token: k, entity: ent, place: ent.place, actor: e };
  return null;
}

/**
 * Whether a locative preposition governs token k through a short phrase of articles, adjectives,
 * place nouns and "of": "in Odesa", "near the town of X", "in the Russian region of Belgorod".
 */
function locativeBefore(v: DocView, k: number, from: number, destination: boolean): boolean {
  for (let j = k - 1; j >= from && j >= k - PREP_WINDOW; j--) {
    const w = v.low[j]!;
    if (isCue(w, CUE.locative) || (destination && isCue(w, CUE.destination))) return true;
    const p = v.pos[j];
    if (p === "DET" || p === "ADJ" || p === "PROPN" || SKIPPABLE.has(w) || isCue(v.lemma[j]!, CUE.placeNoun)) continue;
    return false;
  }
  return false;
}

/** Whether only articles, adjectives and place nouns stand in [from, k): "shelled (the port city of) Odesa". */
function objectPosition(v: DocView, k: number, from: number): boolean {
  for (let j = from; j < k; j++) {
    const p = v.pos[j];
    if (p !== "DET" && p !== "ADJ" && v.low[j] !== "of" && !isCue(v.lemma[j]!, CUE.placeNoun)) return false;
  }
  return true;
}

/**
 * The first place in [from, to) that a locative preposition introduces ("to" counts when the event
 * is a move), skipping places that are the event's actor. With `object`, a place right after `from`
 * (the trigger's object: "shelled Kharkiv") counts too.
 */
export function locatedPlace(
  v: DocView,
  from: number,
  to: number,
  destination: boolean,
  skipActors: readonly number[],
  object = false,
): PlaceHit | null {
  for (let k = from; k < to; k++) {
    const hit = placeAtToken(v, k);
    if (!hit) continue;
    // A multi-token name is judged at its first token.
    if (k > from && placeAtToken(v, k - 1)?.entity === hit.entity) continue;
    if (hit.actor >= 0 && skipActors.includes(hit.actor)) continue;
    if (locativeBefore(v, k, from, destination) || (object && objectPosition(v, k, from))) return hit;
  }
  return null;
}

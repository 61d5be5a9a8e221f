import type { Actor, Quote } from "../model/schema.js";
import type { Clause } from "./clauses.js";
import { CUE, isCue } from "./cues.js";
import type { DocView } from "./doc-view.js";
import { FORMS } from "./lexicon.js";
import { findSubject } from "./participants.js";

/** Who a clause's content is attributed to, if anyone other than the writer. */
export interface Attribution {
  /** Entity index of the speaker (into view.entities), or -1. */
  entity: number;
  actor?: Actor;
  /** The attribution verb's lemma ("say", "claim", "deny"), when known. */
  cue?: string;
  /** The clause is inside a direct or indirect quote. */
  quoted: boolean;
}

const NOBODY: Attribution = { entity: -1, quoted: false };

/**
 * An attribution built field by field, in the interface's order, leaving out what is unknown:
 * spreads of optional parts would build and copy throw-away objects for every coded trigger.
 */
function said(entity: number, actor: Actor | undefined, cue: string | undefined, quoted: boolean): Attribution {
  const a = { entity } as Attribution;
  if (actor) a.actor = actor;
  if (cue !== undefined) a.cue = cue;
  a.quoted = quoted;
  return a;
}

/** The quote that covers offset `at`, if any. */
export function quoteAt(quotes: readonly Quote[], at: number): Quote | undefined {
  for (const q of quotes) if (q.start <= at && at < q.end) return q;
  return undefined;
}

/** Entity index covering [start, end), or -1. */
function entityOver(v: DocView, start: number | undefined, end: number | undefined): number {
  if (start === undefined || end === undefined) return -1;
  for (let e = 0; e < v.entities.length; e++) {
    const ent = v.entities[e]!;
    if (ent.start < end && start < ent.end) return e;
  }
  return -1;
}

/**
 * Attribution of clause ci, in order: (1) a quote from the quotes stage covering the trigger;
 * (2) the speech verb that introduces the clause ("officials say ..."); (3) a tail (", X said");
 * (4) "according to X" inside the clause.
 */
export function attributionOf(
  v: DocView,
  clauses: readonly Clause[],
  ci: number,
  trigger: number,
  quotes: readonly Quote[],
): Attribution {
  const c = clauses[ci]!;
  const q = quoteAt(quotes, v.start[trigger]!);
  if (q && !writersAside(v, c)) {
    const e = q.speaker ? entityOver(v, q.speaker.start, q.speaker.end) : -1;
    const actor = q.speaker?.actor ?? (e >= 0 ? v.entities[e]!.actor : undefined);
    return said(e, actor, q.cue ? cueLemma(q.cue) : undefined, true);
  }
  for (let k = ci; k >= 0; k--) {
    const o = clauses[k]!;
    if (o.sentence !== c.sentence) break;
    if (o.kind === "complement" && o.head !== undefined && !o.fear) {
      const owner = clauses.findIndex((x) => x.first <= o.head! && o.head! < x.last);
      if (owner < 0) break;
      const s = findSubject(v, clauses[owner]!, o.head, -1);
      const e = s.actors[0] ?? -1;
      return said(e, e >= 0 ? v.entities[e]!.actor! : undefined, v.lemma[o.head]!, false);
    }
    if (o.kind !== "coord") break;
  }
  const next = clauses[ci + 1];
  if (next && next.sentence === c.sentence && next.kind === "tail") {
    for (let k = next.first; k < next.last; k++) {
      if (v.verb[k] === 1 && isCue(v.lemma[k]!, CUE.speech)) {
        const e = findSubject(v, next, k, -1).actors[0] ?? -1;
        return said(e, e >= 0 ? v.entities[e]!.actor! : undefined, v.lemma[k]!, false);
      }
    }
  }
  for (let k = c.first; k < c.last - 2; k++) {
    if (v.low[k] === "according" && v.low[k + 1] === "to") {
      const e = v.entityAt[k + 2]! >= 0 ? v.entityAt[k + 2]! : v.entityAt[k + 3]!;
      if (e >= 0) return { entity: e, actor: v.entities[e]!.actor!, cue: "according to", quoted: false };
    }
  }
  return NOBODY;
}

/** A quote's cue as a lemma, like the coder's own cues: "denied" -> "deny"; phrases stay as written. */
function cueLemma(cue: string): string {
  const low = cue.toLowerCase();
  return FORMS.get(low) ?? low;
}

/**
 * Whether a clause is the writer's aside inside reported speech: a relative clause with a speech
 * verb of its own (", which Kyiv has denied") says who holds that view, not what the speaker said.
 */
function writersAside(v: DocView, c: Clause): boolean {
  if (c.kind !== "relative") return false;
  for (let k = c.first; k < c.last; k++) if (v.verb[k] === 1 && isCue(v.lemma[k]!, CUE.speech)) return true;
  return false;
}

/** Whether two actors are the same party for attribution: same country, and same sector when both have one. */
export function sameParty(a: Actor | undefined, b: Actor | undefined): boolean {
  if (!a || !b) return false;
  if (a.country !== b.country) return false;
  return !a.sector || !b.sector || a.sector === b.sector;
}

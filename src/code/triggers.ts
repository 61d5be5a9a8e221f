import type { Clause } from "./clauses.js";
import { CUE, isCue } from "./cues.js";
import type { DocView } from "./doc-view.js";
import type { Need, Pattern, PatternIndex } from "./patterns.js";
import { mayHold } from "./word-filter.js";

/** A trigger word found in a clause and the pattern row that coded it. */
export interface TriggerHit {
  token: number;
  pattern: Pattern;
  /** The trigger is a noun ("the recognition by Russia of ..."), not a verb. */
  noun: boolean;
}

/** How far left a negation may stand from its trigger ("did not immediately recognize"). */
const NEGATION_WINDOW = 4;
/** How far right of a subject noun its verb of happening may stand ("protests in the capital erupted"). */
const OCCUR_WINDOW = 4;
/** How far left a light verb may govern its noun ("made a coordinated appeal"). */
const LIGHT_WINDOW = 4;

function needHolds(v: DocView, c: Clause, i: number, need: Need): boolean {
  let found = false;
  if (need.side === "right") {
    for (let k = i + 1; k < c.last && k <= i + need.window && !found; k++) found = needWordAt(v, k, need);
  } else {
    for (let k = i - 1; k >= c.first && k >= i - need.window && !found; k--) found = needWordAt(v, k, need);
  }
  return found !== need.negated;
}

/** Whether token k's lemma or form is one of the need's words; the filter spares most look-ups. */
function needWordAt(v: DocView, k: number, need: Need): boolean {
  const lemma = v.lemma[k]!;
  if (mayHold(need.filter, lemma) && need.words.has(lemma)) return true;
  // Most tokens are their own lemma (one shared string): one look-up then.
  const low = v.low[k]!;
  return low !== lemma && mayHold(need.filter, low) && need.words.has(low);
}

function posFits(v: DocView, i: number, pos: Pattern["pos"]): boolean {
  const p = v.pos[i];
  if (pos === "V") return v.verb[i] === 1;
  if (pos === "N") return (p === "NOUN" || p === "PROPN") && v.verb[i] !== 1;
  return p === "VERB" || p === "NOUN" || p === "PROPN" || p === "ADJ";
}

/**
 * The trigger words of a view, found once per article (see `triggerWords` in code-events.ts):
 * `marked[k]` is 1 for a token a pattern row may match, and then `byLemma[k]` and `byForm[k]` hold
 * the index's rows for its lemma and (when it differs) its lower-case form, so that matching a
 * token in each clause looks nothing up again.
 *
 * A match depends on the token and the bounds of its clause only, so the last bounds' matches are
 * kept: `matched[k]` is token k's match when `stamp[k]` equals `round`, and `round` changes with
 * the bounds (`first`, `last`). A sentence that is one clause is then matched once, though the
 * coder asks first of the sentence and then of its clause.
 */
export interface TriggerWords {
  marked: Uint8Array;
  byLemma: (readonly Pattern[] | undefined)[];
  byForm: (readonly Pattern[] | undefined)[];
  matched: (Pattern | null)[];
  stamp: Int32Array;
  round: number;
  first: number;
  last: number;
}

/**
 * The first pattern row that fits token i, or null; a blocking row (event NONE) also stops the
 * search. With `words`, token i must be one it marks, and its rows are taken from there.
 */
export function matchToken(
  v: DocView,
  c: Clause,
  i: number,
  patterns: PatternIndex,
  words?: TriggerWords,
): Pattern | null {
  if (v.entityAt[i]! >= 0) return null;
  if (words) return matchMarked(v, c, i, words);
  return (
    matchKey(v, c, i, patterns.get(v.lemma[i]!)) ??
    (v.lemma[i] === v.low[i] ? null : matchKey(v, c, i, patterns.get(v.low[i]!)))
  );
}

/** `matchToken` of a token `words` marks, kept for as long as the clause bounds stay the same. */
function matchMarked(v: DocView, c: Clause, i: number, words: TriggerWords): Pattern | null {
  if (c.first !== words.first || c.last !== words.last) {
    words.first = c.first;
    words.last = c.last;
    words.round++;
  }
  if (words.stamp[i] === words.round) return words.matched[i]!;
  const p = matchKey(v, c, i, words.byLemma[i]) ?? matchKey(v, c, i, words.byForm[i]);
  words.stamp[i] = words.round;
  words.matched[i] = p;
  return p;
}

function matchKey(v: DocView, c: Clause, i: number, rows: readonly Pattern[] | undefined): Pattern | null {
  if (!rows) return null;
  for (const p of rows) {
    if (!posFits(v, i, p.pos)) continue;
    let ok = true;
    for (const n of p.needs)
      if (!needHolds(v, c, i, n)) {
        ok = false;
        break;
      }
    if (ok) return p;
  }
  return null;
}

/**
 * Whether a negation governs token i ("did not attack", "no sanctions", "refrained from", "has yet
 * to recognise"), or the clause's subject is "neither X nor Y".
 */
export function isNegated(v: DocView, c: Clause, i: number): boolean {
  if (v.low[c.first] === "neither" && nor(v, c.first + 1, i)) return true;
  for (let k = i - 1; k >= c.first && k >= i - NEGATION_WINDOW; k--) {
    if (isCue(v.low[k]!, CUE.negation) || isCue(v.lemma[k]!, CUE.negation)) return true;
    if (v.low[k] === "yet" && v.low[k + 1] === "to") return true;
    const p = v.pos[k];
    if (p !== "ADV" && p !== "AUX" && p !== "PART" && p !== "DET" && p !== "ADJ" && p !== "VERB") return false;
  }
  return false;
}

/** Whether "nor" stands in [from, to). */
function nor(v: DocView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (v.low[k] === "nor") return true;
  return false;
}

/** Whether the first verb of the clause comes after token i (i stands in subject position). */
function beforeMainVerb(v: DocView, c: Clause, i: number): boolean {
  for (let k = c.first; k < i; k++) if (v.verb[k] === 1 || v.pos[k] === "AUX") return false;
  return true;
}

function clauseHasVerb(v: DocView, c: Clause): boolean {
  for (let k = c.first; k < c.last; k++) if (v.verb[k] === 1) return true;
  return false;
}

/** Whether a light verb governs noun i through a short noun phrase ("made a coordinated appeal to"). */
function lightVerbGoverns(v: DocView, c: Clause, i: number): boolean {
  let from = i - LIGHT_WINDOW;
  let crossed = false;
  for (let k = i - 1; k >= c.first && k >= from; k--) {
    // "announced $40 million in aid", "held a new round of talks": a measure noun's "of"/"in"
    // phrase is crossed once, and the window reaches as far again before it.
    if (!crossed && (v.low[k] === "of" || v.low[k] === "in") && measureBefore(v, c, k)) {
      crossed = true;
      from = k - 1 - LIGHT_WINDOW;
      continue;
    }
    if (v.verb[k] === 1) {
      // "a coordinated appeal": a participle between determiner and noun is an adjective.
      const det = v.pos[k - 1];
      if (!isCue(v.lemma[k]!, CUE.light) && (det === "DET" || det === "ADJ") && k > c.first) continue;
      return isCue(v.lemma[k]!, CUE.light);
    }
    const p = v.pos[k];
    if (
      p !== "DET" &&
      p !== "ADJ" &&
      p !== "NUM" &&
      p !== "SYM" &&
      p !== "NOUN" &&
      p !== "ADV" &&
      p !== "PART" &&
      p !== "PRON" &&
      v.low[k] !== "-" &&
      !LIGHT_PARTICLES.has(v.low[k]!)
    )
      return false;
  }
  return false;
}

/** Whether token k ("of", "in") follows a measure noun or a number: "two days of", "$40 million in". */
function measureBefore(v: DocView, c: Clause, k: number): boolean {
  const m = k - 1;
  return m >= c.first && (v.pos[m] === "NUM" || isCue(v.lemma[m]!, CUE.measure));
}

/** Particles between a light verb and its noun: "went on strike", "put on alert", "carried out raids". */
const LIGHT_PARTICLES = new Set(["on", "out", "under", "into", "up"]);

/** Whether noun i names its agent: "Russia's recognition", "approval by X", "calls ... from X". */
function nounHasAgent(v: DocView, c: Clause, i: number): boolean {
  let k = i - 1;
  while (k >= c.first && (v.pos[k] === "ADJ" || v.pos[k] === "NOUN" || v.low[k] === "-")) k--;
  if (k >= c.first && v.low[k] === "'s" && v.entityAt[k - 1]! >= 0) return true;
  if (k >= c.first && v.entityAt[k]! >= 0) return true;
  for (let j = i + 1; j < c.last && j <= i + 6; j++) {
    if ((v.low[j] === "by" || v.low[j] === "from") && v.entityAt[j + 1]! >= 0) return true;
    if ((v.low[j] === "by" || v.low[j] === "from") && v.pos[j + 1] === "DET" && v.entityAt[j + 2]! >= 0) return true;
    if (v.verb[j] === 1) break;
  }
  return false;
}

/** Whether the first verb after subject noun i says that it happened: "protests erupted", "clashes broke out". */
function occurrenceAfter(v: DocView, c: Clause, i: number): boolean {
  for (let k = i + 1; k < c.last && k <= i + OCCUR_WINDOW; k++) {
    if (v.verb[k] === 1) return isCue(v.lemma[k]!, CUE.occur);
    if (v.low[k] === "," || v.pos[k] === "ADP") return false;
  }
  return false;
}

/**
 * A noun trigger names a new event only where the clause is about it: governed by a light verb,
 * as the subject with its agent named or of a verb of happening ("protests erupted"), or in a
 * clause without a verb (a headline, a caption). Elsewhere ("in response to Russia's recognition")
 * it refers back to an event told elsewhere.
 */
function nounIsEvent(v: DocView, c: Clause, i: number): boolean {
  if (lightVerbGoverns(v, c, i)) return true;
  if (!clauseHasVerb(v, c)) return true;
  return beforeMainVerb(v, c, i) && (nounHasAgent(v, c, i) || occurrenceAfter(v, c, i));
}

/**
 * The trigger of a clause: an evaluative trigger ("a violation of") if any, else the leftmost
 * trigger that is not negated; triggers to its right are its complement ("urged X to recognize")
 * and are not coded on their own. `words`, when given, marks the tokens whose lemma or form the
 * index holds (the others cannot match) and holds their rows.
 */
export function findTrigger(v: DocView, c: Clause, patterns: PatternIndex, words?: TriggerWords): TriggerHit | null {
  let first: TriggerHit | null = null;
  for (let i = c.first; i < c.last; i++) {
    if (words && !words.marked[i]) continue;
    // A month or weekday that is also a verb ("March 2", "May 5") names a time, not an act.
    if (v.inTime[i]) continue;
    const p = matchToken(v, c, i, patterns, words);
    if (!p) continue;
    if (!p.event) {
      if (!first) first = { token: i, pattern: p, noun: false };
      continue;
    }
    const noun = v.verb[i] !== 1;
    if (p.evaluative) return { token: i, pattern: p, noun };
    if (first && !(first.noun && first.pattern.event && beforeMainVerb(v, c, first.token))) continue;
    if (noun && !nounIsEvent(v, c, i)) continue;
    // A subject noun ("The proposal prompted condemnation") yields to the noun its light verb governs.
    if (first && !(noun && lightVerbGoverns(v, c, i))) continue;
    first = { token: i, pattern: p, noun };
  }
  if (!first || !first.pattern.event) return null;
  if (isNegated(v, c, first.token)) return null;
  return first;
}

/**
 * How the learned classifier backs the pattern coder: it re-weighs (and may veto) the matches the
 * patterns are least sure of, and proposes an event in a sentence no pattern covers only when it
 * is sure and the clause names both parties. Thresholds come from its held-out sentences: a best
 * non-NONE type with p >= 0.6 was right 93% of the time (but covered only 16% of events).
 */
import type { Article, PloverType } from "../model/schema.js";
import { sameParty } from "./attribution.js";
import type { Clause } from "./clauses.js";
import { CUE, isCue } from "./cues.js";
import type { DocView } from "./doc-view.js";
import type { EventLabel, EventModel } from "./model/index.js";
import type { Pattern } from "./patterns.js";
import { isNegated } from "./triggers.js";

/** The best type's probability from which the model may propose an event. */
export const PROPOSE_P = 0.6;
/** A weak match is dropped only when the model is this sure there is no event ... */
const VETO_NONE_P = 0.6;
/** ... and gives the matched type less than this. */
const VETO_TYPE_P = 0.05;

/** What the model says of one sentence: its best class and every class's probability. */
export interface SentenceScore {
  best: EventLabel;
  bestP: number;
  /** The probability of a type (0 for one the model does not know). */
  p(type: PloverType): number;
}

/** The model's scores of a sentence, computed on first use and shared by its clauses. */
export type SentenceScores = (sentence: number) => SentenceScore;

const labelIndexes = new WeakMap<EventModel, Map<string, number>>();

/**
 * A sentence's scores: a class, not an object literal with a closure, so that scoring a sentence
 * creates no function (under tsx each named closure also costs a `__name` call).
 */
class Score implements SentenceScore {
  constructor(
    readonly best: EventLabel,
    readonly bestP: number,
    private readonly probs: readonly number[],
    private readonly labelAt: ReadonlyMap<string, number>,
  ) {}

  p(type: PloverType): number {
    return this.probs[this.labelAt.get(type) ?? -1] ?? 0;
  }
}

/** A per-article scorer over the view's sentences: the model runs only on sentences asked for. */
export function sentenceScorer(model: EventModel, v: DocView): SentenceScores {
  let index = labelIndexes.get(model);
  if (!index) labelIndexes.set(model, (index = new Map(model.labels.map((l, i) => [l, i]))));
  const labelAt = index;
  const cache: (Score | undefined)[] = [];
  return (si) => (cache[si] ??= scoreSentence(model, v, si, labelAt));
}

/** The model's scores of sentence si of the view. */
function scoreSentence(model: EventModel, v: DocView, si: number, labelAt: ReadonlyMap<string, number>): Score {
  const [first, last] = v.sentences[si]!;
  // A plain copy of the model's shared buffer: a typed copy this size would be allocated
  // outside the heap, once per scored sentence.
  const shared = model.scores(v.text, v.start[first]!, v.end[last - 1]!);
  const probs: number[] = new Array(shared.length);
  for (let c = 0; c < shared.length; c++) probs[c] = shared[c]!;
  let b = 0;
  for (let c = 1; c < probs.length; c++) if (probs[c]! > probs[b]!) b = c;
  return new Score(model.labels[b]!, probs[b]!, probs, labelAt);
}

/**
 * The confidence of a weak pattern match backed by the model (half rule, half model), or null when
 * the model is sure the sentence codes no event and all but excludes the matched type.
 */
export function backedConfidence(score: SentenceScore, type: PloverType, rule: number): number | null {
  const p = score.p(type);
  if (score.best === "NONE" && score.bestP >= VETO_NONE_P && p < VETO_TYPE_P) return null;
  return 0.5 * rule + 0.5 * p;
}

/** The type the model proposes for a sentence without a pattern match, or null. */
export function proposedType(score: SentenceScore): PloverType | null {
  return score.best !== "NONE" && score.bestP >= PROPOSE_P ? score.best : null;
}

/**
 * Whether a sentence without trigger words is worth asking the model about (each call costs tens
 * of microseconds): outside captions and the title, with a subject before its first main verb and
 * another party after it, as a proposal will need both.
 */
export function mayPropose(v: DocView, article: Article, range: readonly [number, number]): boolean {
  const from = v.start[range[0]]!;
  // A loop, not `some` with a closure: this runs for most sentences of an article.
  for (const c of article.captions) if (c.start <= from && from < c.end) return false;
  const title = article.meta.title;
  if (title && v.end[range[1] - 1]! - from === title.length && v.text.startsWith(title, from)) return false;
  // A proposal needs a subject before the first main verb and another party after it.
  let subject = -1;
  let pronoun = false;
  let k = range[0];
  for (; k < range[1]; k++) {
    const e = v.entityAt[k]!;
    if (e >= 0) {
      if (subject < 0) subject = e;
      continue;
    }
    if (v.pos[k] === "PRON") pronoun = true;
    if (v.pos[k] === "VERB" && v.verb[k] === 1) break;
  }
  if (k >= range[1] || (subject < 0 && !pronoun)) return false;
  if (isCue(v.lemma[k]!, CUE.speech) || isCue(v.lemma[k]!, CUE.fear)) return false;
  const actor = subject >= 0 ? v.entities[subject]!.actor : undefined;
  for (let j = k + 1; j < range[1]; j++) {
    const e = v.entityAt[j]!;
    if (e >= 0 && e !== subject && !sameParty(actor, v.entities[e]!.actor)) return true;
  }
  return false;
}

/**
 * The verb a model proposal hangs on in clause c: its first main verb that is neither a speech
 * verb nor negated, with something before it to be its subject; -1 when there is none.
 */
export function proposalVerb(v: DocView, c: Clause): number {
  if (c.kind === "protasis" || c.kind === "relative" || c.kind === "tail") return -1;
  for (let k = c.first + 1; k < c.last; k++) {
    if (v.verb[k] !== 1 || v.pos[k] !== "VERB") continue;
    if (isCue(v.lemma[k]!, CUE.speech) || isCue(v.lemma[k]!, CUE.fear)) return -1;
    return isNegated(v, c, k) ? -1 : k;
  }
  return -1;
}

const modelRows = new Map<PloverType, Pattern>();

/** A pattern row standing for a model proposal: a verb whose object or "to/on/against/with" phrase is the recipient. */
export function modelPattern(type: PloverType): Pattern {
  let row = modelRows.get(type);
  if (!row) {
    row = {
      id: "model",
      triggers: [],
      pos: "V",
      needs: [],
      event: type,
      recipient: ["against", "on", "to", "with", "obj"],
      evaluative: false,
      anyActor: false,
      mutual: false,
    };
    modelRows.set(type, row);
  }
  return row;
}

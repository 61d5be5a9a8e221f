/**
 * The learned event classifier: a linear model over hashed words and bigrams, trained by
 * `npm run train:events` on the NGEC synthetic stories and data/events/examples.tsv. It backs the
 * pattern coder where the patterns are unsure; it does not find actors, status or spans.
 */
import { readFileSync } from "node:fs";
import { dataPath } from "../../data/data-files.js";
import { featurize, featurizeDocument, HASH_BITS, type FeatureVector } from "./hash-features.js";
import type { EventLabel } from "./labels.js";
import { softmaxInto } from "./softmax.js";
import { decodeModel, MODEL_HEADER, MODEL_WEIGHTS, type ModelHeader, type QuantisedModel } from "./weights-file.js";

export type { EventLabel } from "./labels.js";

/** One class and its probability. */
export interface LabelScore {
  type: EventLabel;
  p: number;
}

/** A loaded event model. */
export interface EventModel {
  /** The classes, in the order of `probabilities`. */
  readonly labels: readonly EventLabel[];
  /** The header the model was loaded from (training settings and scores). */
  readonly header: ModelHeader;
  /** Every class with its probability, most probable first, for text[start, end). */
  classify(text: string, start?: number, end?: number): LabelScore[];
  /** Every class with its probability for a whole article: headline and body. */
  classifyDocument(headline: string, body: string): LabelScore[];
  /** The most probable class of text[start, end) without sorting or allocating the full list. */
  best(text: string, start?: number, end?: number): LabelScore;
  /** The probability of one class for text[start, end); 0 for a label the model does not know. */
  probability(label: EventLabel, text: string, start?: number, end?: number): number;
  /**
   * Every class's probability for text[start, end), in `labels` order, without allocating: the
   * buffer is the model's own and is overwritten by its next call, so copy what must be kept.
   */
  scores(text: string, start?: number, end?: number): Float64Array;
}

/** Builds a model from a decoded weight file (exported for tests with hand-made weights). */
export function eventModel(header: ModelHeader, m: QuantisedModel): EventModel {
  if (header.hashBits !== HASH_BITS)
    throw new Error(`event model: trained with ${header.hashBits}-bit hashing, the featurizer uses ${HASH_BITS}`);
  const labels = header.labels as EventLabel[];
  const index = new Map(labels.map((l, i) => [l, i]));
  const C = m.classes;
  const acc = new Float64Array(C);
  const p = new Float64Array(C);
  const live = liveBuckets(m);

  /** Fills `p` with the class probabilities of a feature vector. */
  function probabilities(x: FeatureVector): Float64Array {
    acc.fill(0);
    for (let k = 0; k < x.n; k++) {
      const b = x.idx[k]!;
      // A bucket whose weights are all 0 adds nothing (+0 leaves every sum as it was): skipped
      // without reading its row, a cache miss in the 4.5 MB of weights.
      const bits = live[b >>> 5];
      if (bits !== undefined && ((bits >>> (b & 31)) & 1) === 0) continue;
      const base = b * C;
      const v = x.val[k]!;
      for (let c = 0; c < C; c++) acc[c]! += m.q[base + c]! * v;
    }
    for (let c = 0; c < C; c++) acc[c] = acc[c]! * m.scale[c]! + m.bias[c]!;
    softmaxInto(acc, p);
    return p;
  }

  function ranked(probs: Float64Array): LabelScore[] {
    return labels.map((type, c) => ({ type, p: probs[c]! })).sort((a, b) => b.p - a.p);
  }

  return {
    labels,
    header,
    classify: (text, start = 0, end = text.length) => ranked(probabilities(featurize(text, start, end))),
    classifyDocument: (headline, body) =>
      ranked(probabilities(featurizeDocument(headline, body, header.headlineWeight))),
    best(text, start = 0, end = text.length) {
      const probs = probabilities(featurize(text, start, end));
      let b = 0;
      for (let c = 1; c < C; c++) if (probs[c]! > probs[b]!) b = c;
      return { type: labels[b]!, p: probs[b]! };
    },
    scores: (text, start = 0, end = text.length) => probabilities(featurize(text, start, end)),
    probability(label, text, start = 0, end = text.length) {
      const c = index.get(label);
      return c === undefined ? 0 : probabilities(featurize(text, start, end))[c]!;
    },
  };
}

/**
 * One bit per hash bucket, set when some class weighs it: most buckets (unseen bigrams, collisions
 * of nothing) have only zero weights, and this 32 KB table answers for them without touching the
 * weight rows.
 */
function liveBuckets(m: QuantisedModel): Uint32Array {
  const C = m.classes;
  const buckets = Math.floor(m.q.length / C);
  const live = new Uint32Array((buckets + 31) >>> 5);
  for (let b = 0; b < buckets; b++) {
    for (let c = 0, base = b * C; c < C; c++)
      if (m.q[base + c] !== 0) {
        live[b >>> 5]! |= 1 << (b & 31);
        break;
      }
  }
  return live;
}

let cached: EventModel | undefined;

/** The shipped model (data/events/model/), read once and then shared. */
export function loadEventModel(): EventModel {
  if (!cached) {
    const { header, model } = decodeModel(
      readFileSync(dataPath(MODEL_HEADER), "utf8"),
      readFileSync(dataPath(MODEL_WEIGHTS)),
    );
    cached = eventModel(header, model);
  }
  return cached;
}

/**
 * The shipped event model: a small JSON header (labels, feature settings, per-class scales and
 * biases, training notes) and the weights as int8, one scale per class, gzip-compressed (most
 * quantised weights are 0 or ±1, so they pack to a fraction of their 4.5 MB). Int8 keeps the
 * argmax of every NGEC story and example the float model predicts, in a tenth of the space.
 */
import { gunzipSync, gzipSync } from "node:zlib";
import type { LinearModel } from "./softmax.js";

/** Version of the file layout; a loader refuses a header of another version. */
export const WEIGHTS_FORMAT = 1;

/** Paths of the shipped model, relative to data/. */
export const MODEL_HEADER = "events/model/event-model.json";
export const MODEL_WEIGHTS = "events/model/event-model.i8.gz";

/** The JSON header stored beside the weights. */
export interface ModelHeader {
  source: string;
  format: number;
  labels: string[];
  hashBits: number;
  headlineWeight: number;
  scale: number[];
  bias: number[];
  training: Record<string, unknown>;
}

/** A quantised model: w[bucket * classes + c] * scale[c] approximates the float weight. */
export interface QuantisedModel {
  classes: number;
  buckets: number;
  q: Int8Array;
  scale: Float64Array;
  bias: Float64Array;
}

/** Int8 weights with one scale per class (its largest weight maps to ±127). */
export function quantise(m: LinearModel): QuantisedModel {
  const { classes, buckets } = m;
  const scale = new Float64Array(classes);
  for (let j = 0; j < m.w.length; j++) {
    const c = j % classes;
    scale[c] = Math.max(scale[c]!, Math.abs(m.w[j]!));
  }
  for (let c = 0; c < classes; c++) scale[c] = scale[c]! > 0 ? scale[c]! / 127 : 1;
  const q = new Int8Array(m.w.length);
  for (let j = 0; j < m.w.length; j++) q[j] = Math.round(m.w[j]! / scale[j % classes]!);
  return { classes, buckets, q, scale, bias: Float64Array.from(m.bias) };
}

/** The header and compressed weight bytes of a quantised model. */
export function encodeModel(
  m: QuantisedModel,
  meta: Omit<ModelHeader, "format" | "scale" | "bias">,
): { header: string; weights: Buffer } {
  const header: ModelHeader = {
    ...meta,
    format: WEIGHTS_FORMAT,
    scale: [...m.scale],
    bias: [...m.bias].map((b) => Number(b.toPrecision(9))),
  };
  const bytes = Buffer.from(m.q.buffer, m.q.byteOffset, m.q.byteLength);
  return { header: JSON.stringify(header, null, 1) + "\n", weights: gzipSync(bytes, { level: 9 }) };
}

/** Reads a model back from its header text and compressed weights, checking they agree. */
export function decodeModel(headerText: string, weights: Buffer): { header: ModelHeader; model: QuantisedModel } {
  const header = JSON.parse(headerText) as ModelHeader;
  if (header.format !== WEIGHTS_FORMAT)
    throw new Error(`event model: format ${header.format}, expected ${WEIGHTS_FORMAT}`);
  const classes = header.labels.length;
  const buckets = 1 << header.hashBits;
  const raw = gunzipSync(weights);
  if (raw.length !== classes * buckets)
    throw new Error(`event model: ${raw.length} weights, expected ${classes} classes x ${buckets} buckets`);
  const q = new Int8Array(raw.buffer, raw.byteOffset, raw.length);
  return {
    header,
    model: { classes, buckets, q, scale: Float64Array.from(header.scale), bias: Float64Array.from(header.bias) },
  };
}

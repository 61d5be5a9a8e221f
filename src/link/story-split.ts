/**
 * Story splits. A story grown one article at a time can end up holding two events: an article
 * that could go either way joined it, and later articles of its own event followed it there. Each
 * member keeps a sketch (its strongest words, names and entities); when an article joins, it is
 * tied to the members it clearly resembles, and the story's members fall into connected groups.
 * When the newcomer's group and the rest of the story are far less alike to each other than their
 * members are among themselves, the smaller side leaves as a story of its own and the larger keeps
 * the id. Only the story the
 * article joined is looked at, and only up to SPLIT_MAX members: the corpus is never recomputed.
 */
import type { ArticleFeatures } from "./article-features.js";
import type { DocFreq } from "./doc-freq.js";
import type { Member } from "./story-cluster.js";

/** Keys kept per member: terms, names, entities (the strongest by weight × IDF), signatures. */
const SKETCH_TERMS = 16;
const SKETCH_NAMES = 8;
const SKETCH_ENTITIES = 4;
const SKETCH_SIGNATURES = 3;
/**
 * Two members at least this alike (sketch against sketch, mixed as story similarity) are tied:
 * clearly the same event, well above the join threshold, so one article that could go either way
 * does not tie two events together.
 */
export const EDGE = 0.35;
/**
 * Two sides of a story less alike than this share of their own members' likeness are two stories.
 * On the ECB+ and GVC dev sets no story came near (the lowest ratio seen was over 0.6), so splits
 * there change nothing; they are for stories glued by an article that told of both events.
 */
export const SPLIT_RATIO = 0.4;
/** Each side must have this many members: one or two odd articles are no evidence of a second story. */
export const MIN_PART = 3;
/** Larger stories are not checked (nor are their members tied): they are long-running and settled. */
export const SPLIT_MAX = 200;
/** Mixing weights as in story-similarity.ts: words, names. */
const W_TERMS = 0.5;
const W_NAMES = 0.4;

/** A member's strongest keys and their weights in its (unit) feature vectors. */
export interface Sketch {
  terms: [string, number][];
  names: [string, number][];
  entities: [string, number][];
  signatures: [string, number][];
}

/** The sketch of an article, its strongest keys by weight × IDF at the time it arrived. */
export function sketchOf(f: ArticleFeatures, df: DocFreq): Sketch {
  const top = (m: ReadonlyMap<string, number>, n: number): [string, number][] =>
    [...m]
      .map(([k, v]) => [k, v, v * df.idf(k)] as const)
      .sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : 1))
      .slice(0, n)
      .map(([k, v]) => [k, v]);
  return {
    terms: top(f.terms, SKETCH_TERMS),
    names: top(f.names, SKETCH_NAMES),
    entities: top(f.entities, SKETCH_ENTITIES),
    signatures: top(f.signatures, SKETCH_SIGNATURES),
  };
}

/** Words and names mixed as the story similarity mixes them; a side without names leaves names out. */
export function groupSimilarity(
  a: { terms: Iterable<[string, number]>; names: Iterable<[string, number]> },
  b: { terms: Iterable<[string, number]>; names: Iterable<[string, number]> },
  idf: (k: string) => number,
): number {
  const terms = cosine(a.terms, b.terms, idf);
  const names = cosine(a.names, b.names, idf);
  return names === null || terms === null ? (terms ?? 0) : (W_TERMS * terms + W_NAMES * names) / (W_TERMS + W_NAMES);
}

/** IDF-weighted cosine of two lists of [key, weight], or null when either is empty. */
function cosine(
  a: Iterable<[string, number]>,
  b: Iterable<[string, number]>,
  idf: (k: string) => number,
): number | null {
  const bm = b instanceof Map ? (b as Map<string, number>) : new Map(b);
  let dot = 0;
  let na = 0;
  let nb = 0;
  let any = false;
  for (const [k, v] of a) {
    any = true;
    const w = idf(k);
    na += v * v * w * w;
    const u = bm.get(k);
    if (u !== undefined) dot += v * u * w * w;
  }
  if (!any || !bm.size) return null;
  for (const [k, u] of bm) {
    const w = idf(k);
    nb += u * u * w * w;
  }
  return dot ? dot / Math.sqrt(na * nb) : 0;
}

/**
 * The members a newcomer is tied to: those whose sketches resemble its own. Members without a
 * sketch (restored from an older state) are never tied.
 */
export function tiesOf(sketch: Sketch, members: readonly Member[], idf: (k: string) => number): Member[] {
  const mine = { terms: new Map(sketch.terms), names: new Map(sketch.names) };
  return members.filter((m) => m.sketch && groupSimilarity(m.sketch, mine, idf) >= EDGE);
}

/** A part's members summed as IDF-weighted unit vectors, one sum per component. */
interface PartSum {
  n: number;
  terms: Map<string, number>;
  names: Map<string, number>;
  /** Members with names: names are mixed in only where both sides have some. */
  named: number;
}

function partSum(members: readonly Member[], idf: (k: string) => number): PartSum {
  const p: PartSum = { n: members.length, terms: new Map(), names: new Map(), named: 0 };
  for (const m of members) {
    const s = m.sketch!;
    addUnit(p.terms, s.terms, idf);
    if (s.names.length) p.named++;
    addUnit(p.names, s.names, idf);
  }
  return p;
}

function addUnit(sum: Map<string, number>, xs: readonly [string, number][], idf: (k: string) => number): void {
  let n = 0;
  for (const [k, v] of xs) n += (v * idf(k)) ** 2;
  if (!n) return;
  const norm = Math.sqrt(n);
  for (const [k, v] of xs) sum.set(k, (sum.get(k) ?? 0) + (v * idf(k)) / norm);
}

function dot(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [k, v] of small) s += v * (large.get(k) ?? 0);
  return s;
}

/** The mean similarity of two members of one part, from its sum: (|Σv|² − n) / (n(n − 1)). */
function cohesion(p: PartSum): number {
  const terms = (dot(p.terms, p.terms) - p.n) / (p.n * (p.n - 1));
  if (p.named < 2) return terms;
  const names = (dot(p.names, p.names) - p.named) / (p.named * (p.named - 1));
  return (W_TERMS * terms + W_NAMES * names) / (W_TERMS + W_NAMES);
}

/** The mean similarity of a member of one part to a member of the other. */
function crossSimilarity(a: PartSum, b: PartSum): number {
  const terms = dot(a.terms, b.terms) / (a.n * b.n);
  if (!a.named || !b.named) return terms;
  const names = dot(a.names, b.names) / (a.named * b.named);
  return (W_TERMS * terms + W_NAMES * names) / (W_TERMS + W_NAMES);
}

/**
 * The members that should leave the story, or null: the smaller of (the newcomer's group, the rest)
 * when it is one connected group of at least MIN_PART members, and a member of one side is on
 * average less than SPLIT_RATIO as alike to a member of the other as members of either side are
 * to each other. Average link, not centroids: a story's members differ among themselves (an
 * arrest, a trial, a funeral), so two sides count as two stories only against that spread.
 */
export function splitOff(members: readonly Member[], newcomer: Member, idf: (k: string) => number): Member[] | null {
  if (members.length < 2 * MIN_PART || members.length > SPLIT_MAX) return null;
  const group = members.filter((m) => m.comp === newcomer.comp);
  const rest = members.filter((m) => m.comp !== newcomer.comp);
  if (group.length < MIN_PART || rest.length < MIN_PART) return null;
  const smaller = group.length <= rest.length ? group : rest;
  // The side that leaves must hang together: a handful of unrelated strays is not a story.
  if (smaller === rest && new Set(rest.map((m) => m.comp)).size > 1) return null;
  if (members.some((m) => !m.sketch)) return null;
  const g = partSum(group, idf);
  const r = partSum(rest, idf);
  const cross = crossSimilarity(g, r);
  const within = Math.min(cohesion(g), cohesion(r));
  return cross < SPLIT_RATIO * within ? smaller : null;
}

/**
 * How alike an article is to a story: IDF-weighted cosines of their content words, of their
 * names and numbers, and of their event signatures, mixed and then decayed by
 * the days between the article and the story.
 */
import type { ArticleFeatures } from "./article-features.js";
import type { DocFreq } from "./doc-freq.js";
import type { StoryCluster } from "./story-cluster.js";
import { weightedCosine, weightedNorm } from "./weighted-cosine.js";

/**
 * Words say what kind of story it is; names and numbers say which one (tuned on the ECB+ and GVC
 * dev sets: look-alike events share words, rarely names). Event signatures are a hint. Linked
 * actors and places are left out of the score (they still find candidate stories): the same few
 * countries, cities and agencies recur across look-alike stories, and any weight on them cost
 * precision on both dev sets.
 */
const W_TERMS = 0.5;
const W_NAMES = 0.4;
const W_SIGNATURES = 0.05;
/**
 * Similarity halves for every this many days an article lies outside the story's dates: follow-ups
 * within weeks still join (charges, funerals, trials), while a look-alike event months later
 * starts its own story; names tell nearer look-alikes apart.
 */
export const HALF_LIFE_DAYS = 30;

/** The weighted norms of a vector set: terms, names, signatures. */
type Norms = [number, number, number];

/**
 * A story's centroid norms are kept until the story changes or the corpus grows by this share:
 * IDF drifts slowly, and recomputing them for every comparison was the linker's main cost.
 */
const NORM_REFRESH = 0.1;
const storyNorms = new WeakMap<StoryCluster, { version: number; docs: number; norms: Norms }>();

function norms(v: ArticleFeatures | StoryCluster, idf: (k: string) => number): Norms {
  return [weightedNorm(v.terms, idf), weightedNorm(v.names, idf), weightedNorm(v.signatures, idf)];
}

function clusterNorms(s: StoryCluster, df: DocFreq, idf: (k: string) => number): Norms {
  const c = storyNorms.get(s);
  if (c && c.version === s.version && df.docs <= c.docs * (1 + NORM_REFRESH)) return c.norms;
  const n = norms(s, idf);
  storyNorms.set(s, { version: s.version, docs: df.docs, norms: n });
  return n;
}

/** Scores an article against stories, computing the article's own norms once. */
export function similarityTo(f: ArticleFeatures, df: DocFreq): (s: StoryCluster) => number {
  const idf = (k: string) => df.idf(k);
  const fn = norms(f, idf);
  return (s) => {
    const sn = clusterNorms(s, df, idf);
    let score = W_TERMS * weightedCosine(f.terms, s.terms, idf, fn[0], sn[0]);
    let weight = W_TERMS;
    // A component the article or story lacks (no entity linking ran, no events) is left out, not counted as 0.
    if (f.names.size && s.names.size) {
      score += W_NAMES * weightedCosine(f.names, s.names, idf, fn[1], sn[1]);
      weight += W_NAMES;
    }
    if (f.signatures.size && s.signatures.size) {
      score += W_SIGNATURES * weightedCosine(f.signatures, s.signatures, idf, fn[2], sn[2]);
      weight += W_SIGNATURES;
    }
    return (score / weight) * timeDecay(f.day, s.firstDay, s.lastDay);
  };
}

/** The similarity of an article to a story, 0..1. */
export function storySimilarity(f: ArticleFeatures, s: StoryCluster, df: DocFreq): number {
  return similarityTo(f, df)(s);
}

/** 1 inside the story's dates or when either is undated, halving every HALF_LIFE_DAYS outside. */
export function timeDecay(day: number | null, first: number | null, last: number | null): number {
  if (day === null || first === null || last === null) return 1;
  const gap = day < first ? first - day : day > last ? day - last : 0;
  return Math.pow(0.5, gap / HALF_LIFE_DAYS);
}

/**
 * How alike an article is to a story: IDF-weighted cosines of their content words, of their
 * linked actors, places and names, and of their event signatures, mixed and then decayed by
 * the days between the article and the story.
 */
import type { ArticleFeatures } from "./article-features.js";
import type { DocFreq } from "./doc-freq.js";
import type { StoryCluster } from "./story-cluster.js";
import { weightedCosine } from "./weighted-cosine.js";

/** Words carry most of the signal; entities sharpen it when linked; events are sparse hints. */
const W_TERMS = 0.6;
const W_ENTITIES = 0.3;
const W_SIGNATURES = 0.1;
/**
 * Similarity halves for every this many days an article lies outside the story's dates: follow-ups
 * within days still join, while a look-alike event weeks later (another shooting, another summit)
 * starts its own story.
 */
export const HALF_LIFE_DAYS = 7;

/** The similarity of an article to a story, 0..1. */
export function storySimilarity(f: ArticleFeatures, s: StoryCluster, df: DocFreq): number {
  const idf = (k: string) => df.idf(k);
  let score = W_TERMS * weightedCosine(f.terms, s.terms, idf);
  let weight = W_TERMS;
  // A component the article or story lacks (no entity linking ran, no events) is left out, not counted as 0.
  if (f.entities.size && s.entities.size) {
    score += W_ENTITIES * weightedCosine(f.entities, s.entities, idf);
    weight += W_ENTITIES;
  }
  if (f.signatures.size && s.signatures.size) {
    score += W_SIGNATURES * weightedCosine(f.signatures, s.signatures, idf);
    weight += W_SIGNATURES;
  }
  return (score / weight) * timeDecay(f.day, s.firstDay, s.lastDay);
}

/** 1 inside the story's dates or when either is undated, halving every HALF_LIFE_DAYS outside. */
export function timeDecay(day: number | null, first: number | null, last: number | null): number {
  if (day === null || first === null || last === null) return 1;
  const gap = day < first ? first - day : day > last ? day - last : 0;
  return Math.pow(0.5, gap / HALF_LIFE_DAYS);
}

/**
 * An inverted index from a story's strongest keys (words, actors, places) to the story, so a new
 * article is compared with the few stories that share its strongest keys, not with all of them.
 */
import type { ArticleFeatures } from "./article-features.js";
import type { DocFreq } from "./doc-freq.js";
import type { StoryCluster } from "./story-cluster.js";

/** Keys of an article used to look up and to index stories: its most distinctive ones. */
const QUERY_TERMS = 25;
const QUERY_ENTITIES = 10;
/** Only the most recent stories under a key are kept: older ones have decayed out of reach. */
const POSTING_CAP = 100;
/** At most this many stories get the full similarity computed. */
const MAX_CANDIDATES = 40;

export class CandidateIndex {
  private readonly postings = new Map<string, StoryCluster[]>();

  /** The stories sharing the article's strongest keys, most shared (by IDF) first. */
  candidates(f: ArticleFeatures, df: DocFreq): StoryCluster[] {
    const hits = new Map<StoryCluster, number>();
    for (const k of strongestKeys(f, df)) {
      const w = df.idf(k);
      for (const s of this.postings.get(k) ?? []) hits.set(s, (hits.get(s) ?? 0) + w);
    }
    return [...hits]
      .sort((a, b) => b[1] - a[1] || a[0].seq - b[0].seq)
      .slice(0, MAX_CANDIDATES)
      .map(([s]) => s);
  }

  /** Lists the story under the article's strongest keys. */
  index(s: StoryCluster, f: ArticleFeatures, df: DocFreq): void {
    for (const k of strongestKeys(f, df)) {
      if (s.indexed.has(k)) continue;
      s.indexed.add(k);
      let list = this.postings.get(k);
      if (!list) this.postings.set(k, (list = []));
      list.push(s);
      if (list.length > POSTING_CAP) list.shift();
    }
  }
}

function strongestKeys(f: ArticleFeatures, df: DocFreq): string[] {
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .map(([k, v]) => [k, v * df.idf(k)] as const)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, n)
      .map(([k]) => k);
  return [...top(f.terms, QUERY_TERMS), ...top(f.entities, QUERY_ENTITIES)];
}

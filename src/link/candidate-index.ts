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
const QUERY_NAMES = 10;
/** Only the most recent stories under a key are kept: older ones have decayed out of reach. */
const POSTING_CAP = 100;
/** At most this many stories get the full similarity computed. */
const MAX_CANDIDATES = 20;

export class CandidateIndex {
  private readonly postings = new Map<string, StoryCluster[]>();

  /** The stories sharing these keys (an article's strongest), most shared (by IDF) first. */
  candidates(keys: readonly string[], df: DocFreq): StoryCluster[] {
    const hits = new Map<StoryCluster, number>();
    for (const k of keys) {
      const w = df.idf(k);
      for (const s of this.postings.get(k) ?? []) hits.set(s, (hits.get(s) ?? 0) + w);
    }
    return [...hits]
      .sort((a, b) => b[1] - a[1] || a[0].seq - b[0].seq)
      .slice(0, MAX_CANDIDATES)
      .map(([s]) => s);
  }

  /** Lists the story under these keys (an article's strongest). */
  index(s: StoryCluster, keys: readonly string[]): void {
    for (const k of keys) {
      if (s.indexed.has(k)) continue;
      s.indexed.add(k);
      this.post(k, s);
    }
  }

  /** Lists a story loaded from the store under the keys it was listed under before. */
  restore(s: StoryCluster): void {
    for (const k of s.indexed) this.post(k, s);
  }

  /** `gone` was merged into `keep`: its keys now lead to `keep`. */
  merge(keep: StoryCluster, gone: StoryCluster): void {
    for (const k of gone.indexed) {
      const list = this.postings.get(k);
      if (list) this.postings.set(k, (list.splice(0, list.length, ...list.filter((x) => x !== gone)), list));
    }
    this.index(keep, [...gone.indexed]);
  }

  private post(k: string, s: StoryCluster): void {
    let list = this.postings.get(k);
    if (!list) this.postings.set(k, (list = []));
    list.push(s);
    if (list.length > POSTING_CAP) list.shift();
  }
}

/** The keys an article is looked up and listed under: its most distinctive words, names and entities. */
export function strongestKeys(f: ArticleFeatures, df: DocFreq): string[] {
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .map(([k, v]) => [k, v * df.idf(k)] as const)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, n)
      .map(([k]) => k);
  return [...top(f.terms, QUERY_TERMS), ...top(f.names, QUERY_NAMES), ...top(f.entities, QUERY_ENTITIES)];
}

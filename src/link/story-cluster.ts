/** One story as the linker grows it: its members and the running sums that describe them. */
import type { ArticleFeatures } from "./article-features.js";

/** Centroids are pruned back to this many keys when they grow past twice as many. */
const CENTROID_KEYS = 300;

export class StoryCluster {
  readonly members: ArticleFeatures[] = [];
  readonly terms = new Map<string, number>();
  readonly entities = new Map<string, number>();
  readonly signatures = new Map<string, number>();
  /** Earliest and latest publication day among dated members. */
  firstDay: number | null = null;
  lastDay: number | null = null;
  /** Keys under which the candidate index lists this story. */
  readonly indexed = new Set<string>();
  /** Bumped on every change, so cached output knows when it is stale. */
  version = 0;

  constructor(
    readonly id: string,
    /** Creation order, for deterministic tie-breaks. */
    readonly seq: number,
  ) {}

  add(f: ArticleFeatures): void {
    this.members.push(f);
    addInto(this.terms, f.terms);
    addInto(this.entities, f.entities);
    addInto(this.signatures, f.signatures);
    if (f.day !== null) {
      this.firstDay = this.firstDay === null ? f.day : Math.min(this.firstDay, f.day);
      this.lastDay = this.lastDay === null ? f.day : Math.max(this.lastDay, f.day);
    }
    this.version++;
  }
}

function addInto(sum: Map<string, number>, v: ReadonlyMap<string, number>): void {
  for (const [k, x] of v) sum.set(k, (sum.get(k) ?? 0) + x);
  if (sum.size > 2 * CENTROID_KEYS) {
    // The weakest keys barely move a cosine; dropping them bounds the cost of a comparison.
    const keep = [...sum].sort((a, b) => b[1] - a[1]).slice(0, CENTROID_KEYS);
    sum.clear();
    for (const [k, x] of keep) sum.set(k, x);
  }
}

/** One story as the linker grows it: its members and the running sums that describe them. */
import type { ArticleFeatures } from "./article-features.js";

/** Centroids are pruned back to this many keys when they grow past twice as many. */
const CENTROID_KEYS = 300;

/** What a story keeps of each member once its words are summed into the centroid. */
export interface Member {
  id: string;
  day: number | null;
  title: string | null;
  lead: string;
  outlet: string;
  agencies: string[];
  ownDate: boolean;
  /** MinHash of the wording (not saved: restored members are found through the copy index only). */
  shingles?: Uint32Array;
}

/** A story as stored between runs: everything but the members' words, which live in the centroid. */
export interface ClusterState {
  id: string;
  seq: number;
  members: Member[];
  terms: [string, number][];
  names: [string, number][];
  entities: [string, number][];
  signatures: [string, number][];
  indexed: string[];
}

export class StoryCluster {
  readonly members: Member[] = [];
  readonly terms = new Map<string, number>();
  readonly names = new Map<string, number>();
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
    /** Creation order, for deterministic tie-breaks; the older of two merged stories keeps its id. */
    readonly seq: number,
  ) {}

  add(f: ArticleFeatures): void {
    const { id, day, title, lead, outlet, agencies, ownDate, shingles } = f;
    this.addMember({ id, day, title, lead, outlet, agencies, ownDate, ...(agencies.length ? { shingles } : {}) });
    addInto(this.terms, f.terms);
    addInto(this.names, f.names);
    addInto(this.entities, f.entities);
    addInto(this.signatures, f.signatures);
  }

  /** Takes in another story's members and sums (a merge). */
  absorb(other: StoryCluster): void {
    for (const m of other.members) this.addMember(m);
    addInto(this.terms, other.terms);
    addInto(this.names, other.names);
    addInto(this.entities, other.entities);
    addInto(this.signatures, other.signatures);
  }

  /** A member's publication day became known (inferred from the story). */
  dated(id: string, day: number): void {
    const m = this.members.find((x) => x.id === id);
    if (!m) return;
    m.day = day;
    m.ownDate = false;
    this.widen(day);
    this.version++;
  }

  toState(): ClusterState {
    return {
      id: this.id,
      seq: this.seq,
      members: this.members.map(({ shingles: _s, ...m }) => m),
      terms: [...this.terms],
      names: [...this.names],
      entities: [...this.entities],
      signatures: [...this.signatures],
      indexed: [...this.indexed],
    };
  }

  static fromState(s: ClusterState): StoryCluster {
    const c = new StoryCluster(s.id, s.seq);
    for (const m of s.members) c.addMember(m);
    for (const [k, v] of s.terms) c.terms.set(k, v);
    for (const [k, v] of s.names) c.names.set(k, v);
    for (const [k, v] of s.entities) c.entities.set(k, v);
    for (const [k, v] of s.signatures) c.signatures.set(k, v);
    for (const k of s.indexed) c.indexed.add(k);
    return c;
  }

  private addMember(m: Member): void {
    this.members.push(m);
    if (m.day !== null) this.widen(m.day);
    this.version++;
  }

  private widen(day: number): void {
    this.firstDay = this.firstDay === null ? day : Math.min(this.firstDay, day);
    this.lastDay = this.lastDay === null ? day : Math.max(this.lastDay, day);
  }
}

function addInto(sum: Map<string, number>, v: ReadonlyMap<string, number>): void {
  for (const [k, x] of v) sum.set(k, (sum.get(k) ?? 0) + x);
  if (sum.size > 2 * CENTROID_KEYS) {
    // The weakest keys barely move a cosine; dropping them bounds the cost of a comparison.
    const keep = [...sum].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, CENTROID_KEYS);
    sum.clear();
    for (const [k, x] of keep) sum.set(k, x);
  }
}

/** One story as the linker grows it: its members and the running sums that describe them. */
import type { ArticleFeatures } from "./article-features.js";
import type { Sketch } from "./story-split.js";

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
  /** Its strongest keys, for telling the story's groups apart (see story-split.ts). */
  sketch?: Sketch;
  /** Its group in the story: members tied directly or through others share this label. */
  comp?: string;
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

  add(f: ArticleFeatures, sketch?: Sketch): Member {
    const { id, day, title, lead, outlet, agencies, ownDate, shingles } = f;
    const member: Member = {
      id,
      day,
      title,
      lead,
      outlet,
      agencies,
      ownDate,
      ...(agencies.length ? { shingles } : {}),
      ...(sketch ? { sketch, comp: id } : {}),
    };
    this.addMember(member);
    addInto(this.terms, f.terms);
    addInto(this.names, f.names);
    addInto(this.entities, f.entities);
    addInto(this.signatures, f.signatures);
    return member;
  }

  /** Puts a member in one group with the members it resembles (relabelling the smaller groups). */
  tie(member: Member, others: readonly Member[]): void {
    const labels = new Set(others.map((m) => m.comp).filter((c): c is string => c !== undefined));
    if (member.comp === undefined || !labels.size) return;
    labels.add(member.comp);
    const size = new Map<string, number>();
    for (const m of this.members)
      if (m.comp !== undefined && labels.has(m.comp)) size.set(m.comp, (size.get(m.comp) ?? 0) + 1);
    const keep = [...size].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    for (const m of this.members) if (m.comp !== undefined && labels.has(m.comp)) m.comp = keep;
  }

  /**
   * Moves members out into `into` (a new story): their sketches leave this centroid and make that
   * one. Sketches hold only the strongest keys, which carry nearly all of a centroid's weight.
   */
  splitInto(moved: readonly Member[], into: StoryCluster): void {
    const out = new Set(moved);
    const stay = this.members.filter((m) => !out.has(m));
    this.members.length = 0;
    this.firstDay = this.lastDay = null;
    for (const m of stay) this.addMember(m);
    for (const m of moved) {
      into.addMember(m);
      if (!m.sketch) continue;
      for (const key of ["terms", "names", "entities", "signatures"] as const) {
        const sum = this[key];
        for (const [k, v] of m.sketch[key]) {
          const left = (sum.get(k) ?? 0) - v;
          if (left > 1e-9) sum.set(k, left);
          else sum.delete(k);
        }
        addInto(into[key], new Map(m.sketch[key]));
      }
    }
  }

  /** Takes in another story's members and sums (a merge): one story now, so one group. */
  absorb(other: StoryCluster): void {
    const label = this.members.find((m) => m.comp !== undefined)?.comp;
    for (const m of other.members) {
      if (label !== undefined && m.comp !== undefined) m.comp = label;
      this.addMember(m);
    }
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

  /** Keeps only the `n` strongest keys of each sum: an idle story needs little to be found again. */
  compact(n: number): void {
    for (const sum of [this.terms, this.names, this.entities, this.signatures]) prune(sum, n);
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
  // The weakest keys barely move a cosine; dropping them bounds the cost of a comparison.
  if (sum.size > 2 * CENTROID_KEYS) prune(sum, CENTROID_KEYS);
}

function prune(sum: Map<string, number>, n: number): void {
  if (sum.size <= n) return;
  const keep = [...sum].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n);
  sum.clear();
  for (const [k, x] of keep) sum.set(k, x);
}

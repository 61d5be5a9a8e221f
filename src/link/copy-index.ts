/**
 * Finds copies of a text among all articles seen so far without comparing it with each: MinHash
 * signatures are cut into bands, and only articles sharing a whole band with the new one are
 * compared (locality-sensitive hashing). Copies are tied into families (union-find) whose root is
 * the smallest id, so `independent_sources` can count a wire story once.
 */
import { jaccard, MINHASH_SLOTS } from "./minhash.js";
import { UnionFind } from "./union-find.js";

/** 16 bands of 4 slots: a pair at Jaccard 0.3 shares a band with probability ~0.12, at 0.5 ~0.65, at 0.7 ~0.98. */
const BANDS = 16;
const ROWS = MINHASH_SLOTS / BANDS;
/** Texts sharing this share of five-word shingles are the same text, edited. */
export const NEAR_DUPLICATE_JACCARD = 0.5;
/** Crediting the same agency lowers the bar: an outlet that trims and rewrites a wire story still copies it. */
export const WIRE_COPY_JACCARD = 0.2;
/** A band shared by this many articles is boilerplate (a standard footer), not a sign of copying. */
const BUCKET_CAP = 50;

/** What the index keeps of an article. */
export interface CopyKey {
  id: string;
  shingles: Uint32Array;
  agencies: readonly string[];
}

export class CopyIndex {
  readonly families = new UnionFind();
  private readonly buckets = new Map<number, CopyKey[]>();

  /** Lists an article loaded from the store without looking for its copies again. */
  restore(k: CopyKey): void {
    for (let b = 0; b < BANDS; b++) {
      const key = bandKey(k.shingles, b);
      let list = this.buckets.get(key);
      if (!list) this.buckets.set(key, (list = []));
      if (list.length < BUCKET_CAP) list.push(k);
    }
  }

  /** Adds an article and returns the ids of the earlier articles it copies (or that copy it). */
  add(k: CopyKey): string[] {
    if (!k.shingles.length) return [];
    const seen = new Set<string>();
    const copies: string[] = [];
    for (let b = 0; b < BANDS; b++) {
      const key = bandKey(k.shingles, b);
      let list = this.buckets.get(key);
      if (!list) this.buckets.set(key, (list = []));
      for (const other of list) {
        if (seen.has(other.id) || other.id === k.id) continue;
        seen.add(other.id);
        if (isCopy(k, other)) {
          copies.push(other.id);
          this.families.union(k.id, other.id);
        }
      }
      if (list.length < BUCKET_CAP) list.push(k);
    }
    return copies;
  }
}

/** The same text edited, or a looser match between two articles crediting the same agency. */
export function isCopy(a: CopyKey, b: CopyKey): boolean {
  const j = jaccard(a.shingles, b.shingles);
  if (j >= NEAR_DUPLICATE_JACCARD) return true;
  return j >= WIRE_COPY_JACCARD && a.agencies.some((x) => b.agencies.includes(x));
}

function bandKey(sig: Uint32Array, band: number): number {
  let h = 0x811c9dc5 ^ band;
  for (let i = band * ROWS; i < (band + 1) * ROWS; i++) h = Math.imul(h ^ sig[i]!, 0x01000193) >>> 0;
  return (h ^ Math.imul(band + 1, 0x9e3779b1)) >>> 0;
}

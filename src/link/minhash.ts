/**
 * MinHash signatures over word shingles: the share of equal slots between two signatures
 * estimates the Jaccard similarity of their shingle sets, which is how wire copies (the same
 * agency story, lightly edited by each outlet) are recognised.
 */
import { fnv1a } from "./hashing.js";

/** 64 slots give a standard error of about 0.06 on the Jaccard estimate: enough to tell copies apart. */
export const MINHASH_SLOTS = 64;
/** Five-word shingles: shorter ones match across unrelated texts on stock phrases. */
export const SHINGLE_WORDS = 5;

// Odd multipliers and offsets for the slot permutations, drawn once from a fixed LCG so every run agrees.
const MULT = new Uint32Array(MINHASH_SLOTS);
const ADD = new Uint32Array(MINHASH_SLOTS);
let seed = 0x9e3779b9;
for (let i = 0; i < MINHASH_SLOTS; i++) {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  MULT[i] = seed | 1;
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  ADD[i] = seed;
}

/** The signature of a word sequence; empty when it has fewer words than one shingle. */
export function minhash(words: readonly string[]): Uint32Array {
  if (words.length < SHINGLE_WORDS) return new Uint32Array(0);
  const sig = new Uint32Array(MINHASH_SLOTS).fill(0xffffffff);
  // Each word is hashed once; a shingle's hash combines its words' hashes (no string building).
  const wh = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) wh[i] = fnv1a(words[i]!);
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + SHINGLE_WORDS; j++) h = Math.imul(h ^ wh[j]!, 0x01000193) >>> 0;
    for (let k = 0; k < MINHASH_SLOTS; k++) {
      // xorshift mixing after the affine step keeps the permutations from being linear in h.
      let x = (Math.imul(h, MULT[k]!) + ADD[k]!) >>> 0;
      x = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d);
      x = (x ^ (x >>> 12)) >>> 0;
      if (x < sig[k]!) sig[k] = x;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of two signatures (0 when either text was too short). */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (!a.length || !b.length) return 0;
  let same = 0;
  for (let k = 0; k < MINHASH_SLOTS; k++) if (a[k] === b[k]) same++;
  return same / MINHASH_SLOTS;
}

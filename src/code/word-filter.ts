/**
 * Quick rejection for word-list look-ups in the coder's hot loops. A list's filter is a bitset of
 * the signatures (length and last letter) of its words: a word whose signature is not set is
 * surely not in the list, and costs two character reads instead of a hash look-up. Most words of
 * a text fail the filter of a short list; those that pass are looked up as before.
 */

/**
 * The low five bits of character i of `w`, 0 outside the word (as `charCodeAt`'s NaN gives): one
 * read past a short word's end deoptimises the caller, and V8 then compiles every such read of it
 * as a generic call, several times slower.
 */
export function low5(w: string, i: number): number {
  return i >= 0 && i < w.length ? w.charCodeAt(i) & 31 : 0;
}

/** A word's 10-bit signature: its length (31 for longer words) and the low five bits of its last character. */
export function signature(w: string): number {
  const n = w.length;
  return ((n > 31 ? 31 : n) << 5) | low5(w, n - 1);
}

/** The filter of a list of words: one bit per signature. */
export function wordFilter(words: Iterable<string>): Uint32Array {
  const bits = new Uint32Array(32);
  for (const w of words) {
    const s = signature(w);
    bits[s >>> 5]! |= 1 << (s & 31);
  }
  return bits;
}

/** Whether `w` may be in the filter's list (false: it surely is not). */
export function mayHold(filter: Uint32Array, w: string): boolean {
  const s = signature(w);
  return ((filter[s >>> 5]! >>> (s & 31)) & 1) === 1;
}

/**
 * A finer, 15-bit signature for longer lists (the trigger words of the patterns): the low five
 * bits of a word's first two and last characters.
 */
export function wideSignature(w: string): number {
  return (low5(w, 0) << 10) | (low5(w, 1) << 5) | low5(w, w.length - 1);
}

/**
 * The filter of a list of words over `wideSignature`: one bit per signature (4 KB, where a byte
 * per signature took 32 KB of the cache that the coder's other tables need).
 */
export function wideFilter(words: Iterable<string>): Uint32Array {
  const bits = new Uint32Array(1 << 10);
  for (const w of words) {
    const s = wideSignature(w);
    bits[s >>> 5]! |= 1 << (s & 31);
  }
  return bits;
}

/** Whether `w` may be in the wide filter's list (false: it surely is not). */
export function mayHoldWide(filter: Uint32Array, w: string): boolean {
  const s = wideSignature(w);
  return ((filter[s >>> 5]! >>> (s & 31)) & 1) === 1;
}

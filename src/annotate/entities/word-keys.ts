import { WordCase } from "../../kb/words.js";
import { type ArticleWords, lowerAt } from "./article-words.js";

/** From an ASCII capital to its lower case: "A" (65) + 32 = "a" (97). */
const CASE_OFFSET = 32;

/** Hash of code units, the same whether read from a key or from a word in the text. */
function step(h: number, c: number): number {
  return (Math.imul(h, 31) + c) | 0;
}

/** Spreads a hash's bits over the low ones that pick a slot. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return h ^ (h >>> 16);
}

/**
 * Lower-case words in an open-addressing table, so that a word of the text can be looked up where
 * it stands: `get(aw, i)` is a map's `get(lowerAt(aw, i))` without making the word's string when
 * the word is ASCII with at most an initial capital (most words). Making a fresh string for each
 * word and hashing it in a Map cost more than the rest of the phrase matching.
 */
export class WordKeys<V> {
  /** Per slot, two numbers: the key's hash and 1 + the key's index (0 when empty), read together. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** How many keys. */
  readonly size: number;

  constructor(
    private readonly keys: readonly string[],
    private readonly values: readonly V[],
  ) {
    this.size = keys.length;
    let capacity = 8;
    while (capacity < keys.length * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity * 2);
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index]!;
      let h = 0;
      for (let k = 0; k < key.length; k++) h = step(h, key.charCodeAt(k));
      let slot = mix(h) & this.mask;
      while (this.slots[slot * 2 + 1] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = h;
      this.slots[slot * 2 + 1] = index + 1;
    }
  }

  /** The value of word i of the article, lower-cased (undefined past the last word). */
  get(aw: ArticleWords, i: number): V | undefined {
    if (i < 0 || i >= aw.count) return undefined;
    const shape = aw.cases[i];
    if (shape !== WordCase.LOWER && shape !== WordCase.INITIAL) return this.getKey(lowerAt(aw, i)!);
    const text = aw.text;
    const start = aw.starts[i]!;
    const length = aw.ends[i]! - start;
    // Only the first code unit can be a capital; every other one is already lower case.
    const first = shape === WordCase.INITIAL ? text.charCodeAt(start) + CASE_OFFSET : text.charCodeAt(start);
    let h = first;
    for (let k = 1; k < length; k++) h = step(h, text.charCodeAt(start + k));
    const { keys, slots, mask } = this;
    for (let slot = mix(h) & mask; slots[slot * 2 + 1] !== 0; slot = (slot + 1) & mask) {
      if (slots[slot * 2] !== h) continue;
      const index = slots[slot * 2 + 1]! - 1;
      const key = keys[index]!;
      if (key.length !== length || key.charCodeAt(0) !== first) continue;
      let k = 1;
      while (k < length && key.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === length) return this.values[index];
    }
    return undefined;
  }

  /** Whether word i of the article, lower-cased, is a key. */
  has(aw: ArticleWords, i: number): boolean {
    return this.get(aw, i) !== undefined;
  }

  /** The value of a key given as a string. */
  getKey(word: string): V | undefined {
    let h = 0;
    for (let k = 0; k < word.length; k++) h = step(h, word.charCodeAt(k));
    const { keys, slots, mask } = this;
    for (let slot = mix(h) & mask; slots[slot * 2 + 1] !== 0; slot = (slot + 1) & mask) {
      const index = slots[slot * 2 + 1]! - 1;
      if (slots[slot * 2] === h && keys[index] === word) return this.values[index];
    }
    return undefined;
  }
}

/** Lower-case words to look up by a word of the text (`has`): a set of them. */
export function wordSet(words: readonly string[]): WordKeys<true> {
  return new WordKeys(
    words,
    words.map(() => true as const),
  );
}

/** Each map's WordKeys, made when first asked for. */
const byMap = new WeakMap<ReadonlyMap<string, unknown>, WordKeys<unknown>>();

/** The WordKeys of a map of lower-case words that no longer changes (the knowledge base's). */
export function wordMap<V>(map: ReadonlyMap<string, V>): WordKeys<V> {
  let keys = byMap.get(map) as WordKeys<V> | undefined;
  if (!keys || keys.size !== map.size) {
    keys = new WordKeys([...map.keys()], [...map.values()]);
    byMap.set(map, keys);
  }
  return keys;
}

import { isCaseSensitive } from "./words.js";

/** A phrase stored in the trie: its words as written (for the case check) and what it means. */
export interface TrieItem<T> {
  /** Per word: the exact form the text must have, or null when any case will do. */
  exact: (string | null)[];
  value: T;
}

/** A trie node keyed by lower-cased words, so one walk serves case-sensitive and insensitive phrases. */
export interface TrieNode<T> {
  next: Map<string, TrieNode<T>> | undefined;
  items: TrieItem<T>[] | undefined;
  /** The items' values, shared by every match where all items pass the case check (no allocation). */
  values: T[] | undefined;
}

const START_SHAPE_BITS = 14;
/** Longest length a shape tells apart; longer words share the last value. */
const SHAPE_MAX_LENGTH = 15;

/**
 * A word's shape for the lowerStarts filter: the low five bits of its first two code units and
 * its length (capped), 14 bits in all. Words of one shape may differ; words of different shapes
 * never are equal, so a shape no key has rules a word out.
 */
export function startShape(word: string): number {
  const second = word.length > 1 ? word.charCodeAt(1) & 31 : 0;
  return ((((word.charCodeAt(0) & 31) << 5) | second) << 4) | Math.min(word.length, SHAPE_MAX_LENGTH);
}

/** A word trie over phrases: built once at knowledge-base load, walked per article. */
export class PhraseTrie<T> {
  readonly root: TrieNode<T> = { next: undefined, items: undefined, values: undefined };
  /**
   * The root's children under which some phrase's first word may be written in any case ("army",
   * "president"): the only ones a word without capitals can start. Most words of a text have none,
   * and this small map keeps their look-up away from the big root map of every name.
   */
  readonly lowerStarts = new Map<string, TrieNode<T>>();
  /**
   * One byte per startShape of the lowerStarts keys: three words in four fail this test, which
   * spares them the map look-up (and the hashing of a word string made fresh per article).
   */
  readonly lowerStartShapes = new Uint8Array(1 << START_SHAPE_BITS);
  size = 0;

  /** Adds a phrase (already split into words). */
  insert(words: readonly string[], value: T): void {
    if (!words.length) return;
    let node = this.root;
    for (const w of words) {
      const key = w.toLowerCase();
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) {
        child = { next: undefined, items: undefined, values: undefined };
        node.next.set(key, child);
      }
      node = child;
    }
    const exact = words.map((w) => (isCaseSensitive(w) ? w : null));
    if (exact[0] === null) {
      const key = words[0]!.toLowerCase();
      this.lowerStarts.set(key, this.root.next!.get(key)!);
      this.lowerStartShapes[startShape(key)] = 1;
    }
    (node.items ??= []).push({ exact, value });
    (node.values ??= []).push(value);
    this.size++;
  }
}

/** startShape of the word text[start, end), read from the text without making the string. */
export function startShapeAt(text: string, start: number, end: number): number {
  const second = end - start > 1 ? text.charCodeAt(start + 1) & 31 : 0;
  return ((((text.charCodeAt(start) & 31) << 5) | second) << 4) | Math.min(end - start, SHAPE_MAX_LENGTH);
}

/**
 * True when the words from `from` (word i being text[starts[i], ends[i])) satisfy the item's case
 * rule. Compared in the text: the words need not be made into strings.
 */
export function caseMatches<T>(
  item: TrieItem<T>,
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  from: number,
): boolean {
  for (let k = 0; k < item.exact.length; k++) {
    const e = item.exact[k];
    if (e === null || e === undefined) continue;
    const start = starts[from + k]!;
    if (ends[from + k]! - start !== e.length || !text.startsWith(e, start)) return false;
  }
  return true;
}

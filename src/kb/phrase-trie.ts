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

/** A word trie over phrases: built once at knowledge-base load, walked per article. */
export class PhraseTrie<T> {
  readonly root: TrieNode<T> = { next: undefined, items: undefined, values: undefined };
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
    (node.items ??= []).push({ exact: words.map((w) => (isCaseSensitive(w) ? w : null)), value });
    (node.values ??= []).push(value);
    this.size++;
  }
}

/** True when the text words from `from` satisfy the item's case rule. */
export function caseMatches<T>(item: TrieItem<T>, words: readonly string[], from: number): boolean {
  for (let k = 0; k < item.exact.length; k++) {
    const e = item.exact[k];
    if (e !== null && e !== words[from + k]) return false;
  }
  return true;
}

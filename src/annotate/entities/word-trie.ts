import type { PhraseTrie, TrieNode } from "../../kb/phrase-trie.js";
import type { ArticleWords } from "./article-words.js";
import { WordKeys } from "./word-keys.js";

/** A node of a phrase trie whose children are found by a word of the text (WordKeys), keyed when first walked. */
export class WordTrieNode<T> {
  private children: WordKeys<WordTrieNode<T>> | undefined;

  constructor(readonly node: TrieNode<T>) {}

  /** The child for word i of the article: the trie node's `next.get(lowerAt(aw, i))`. */
  next(aw: ArticleWords, i: number): WordTrieNode<T> | undefined {
    if (!this.children) {
      const next = this.node.next;
      if (!next) return undefined;
      this.children = new WordKeys(
        [...next.keys()],
        [...next.values()].map((n) => new WordTrieNode(n)),
      );
    }
    return this.children.get(aw, i);
  }
}

/** Where a phrase can start: the trie's root, and the first words that may be written in any case. */
export interface WordTrieStarts<T> {
  all: WordKeys<WordTrieNode<T>>;
  lowerStarts: WordKeys<WordTrieNode<T>>;
  /** The trie's size when read: a trie that has grown since is read again. */
  size: number;
}

const startsByTrie = new WeakMap<PhraseTrie<unknown>, WordTrieStarts<unknown>>();

/** The phrase starts of a trie, read once (again if it has grown since, as it does only while it loads). */
export function wordTrieStarts<T>(trie: PhraseTrie<T>): WordTrieStarts<T> {
  const known = startsByTrie.get(trie) as WordTrieStarts<T> | undefined;
  if (known && known.size === trie.size) return known;
  const root = trie.root.next ?? new Map<string, TrieNode<T>>();
  const nodes = new Map<TrieNode<T>, WordTrieNode<T>>();
  for (const node of root.values()) nodes.set(node, new WordTrieNode(node));
  const byKey = (map: ReadonlyMap<string, TrieNode<T>>) =>
    new WordKeys(
      [...map.keys()],
      [...map.values()].map((node) => nodes.get(node) ?? new WordTrieNode(node)),
    );
  // lowerStarts holds root children: they share the root's nodes, so each is keyed once.
  const starts: WordTrieStarts<T> = { all: byKey(root), lowerStarts: byKey(trie.lowerStarts), size: trie.size };
  startsByTrie.set(trie, starts as WordTrieStarts<unknown>);
  return starts;
}

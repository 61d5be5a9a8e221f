import type { KbEntry } from "../../kb/records.js";
import type { PhraseTrie, TrieNode } from "../../kb/phrase-trie.js";
import { caseMatches } from "../../kb/phrase-trie.js";
import type { ArticleWords } from "./article-words.js";

/** A knowledge-base phrase found in the text: words [from, to) and every meaning it can have. */
export interface Atom {
  from: number;
  to: number;
  entries: KbEntry[];
}

/**
 * Leftmost-longest matching of the knowledge-base trie over the article's words. A phrase never
 * spans a sentence boundary or a separator other than a space, hyphen, apostrophe or dot.
 */
export function findAtoms(aw: ArticleWords, trie: PhraseTrie<KbEntry>): Atom[] {
  const atoms: Atom[] = [];
  const n = aw.words.length;
  let i = 0;
  while (i < n) {
    let node: TrieNode<KbEntry> | undefined = trie.root;
    let bestTo = -1;
    let best: KbEntry[] | undefined;
    for (let j = i; j < n && node; j++) {
      if (j > i && (!aw.joinable[j] || aw.sentence[j] !== aw.sentence[i])) break;
      node = node.next?.get(aw.lower[j]!);
      if (!node?.items) continue;
      let passed = 0;
      for (const item of node.items) if (caseMatches(item, aw.words, i)) passed++;
      if (passed === 0) continue;
      bestTo = j + 1;
      best =
        passed === node.items.length
          ? node.values
          : node.items.filter((it) => caseMatches(it, aw.words, i)).map((it) => it.value);
    }
    if (best) {
      atoms.push({ from: i, to: bestTo, entries: best });
      i = bestTo;
    } else i++;
  }
  return atoms;
}

/** The first entry of a type, typed. */
export function entryOf<K extends KbEntry["type"]>(atom: Atom, type: K): Extract<KbEntry, { type: K }> | undefined {
  const entries = atom.entries;
  for (let i = 0; i < entries.length; i++)
    if (entries[i]!.type === type) return entries[i] as Extract<KbEntry, { type: K }>;
  return undefined;
}

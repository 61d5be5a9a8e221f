import type { KbEntry } from "../../kb/records.js";
import type { PhraseTrie } from "../../kb/phrase-trie.js";
import { caseMatches, startShape, startShapeAt } from "../../kb/phrase-trie.js";
import { WordCase } from "../../kb/words.js";
import { type ArticleWords, lowerAt, wordAt } from "./article-words.js";
import { type WordTrieNode, wordTrieStarts } from "./word-trie.js";

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
  if (!trie.root.next) return atoms;
  const { text, starts, ends, cases, joinable, sentence } = aw;
  const lowerStartShapes = trie.lowerStartShapes;
  const phraseStarts = wordTrieStarts(trie);
  const n = aw.count;
  let i = 0;
  while (i < n) {
    // A word without capitals (most of a text) can only start a phrase whose first word may be
    // written in any case: a shape test, read in the text, and the small map of those spare the
    // big map of every name. WordKeys look words up without making their strings.
    let at: WordTrieNode<KbEntry> | undefined;
    const shape = cases[i];
    if (shape === WordCase.LOWER) {
      if (lowerStartShapes[startShapeAt(text, starts[i]!, ends[i]!)]) at = phraseStarts.lowerStarts.get(aw, i);
    } else if (shape === WordCase.INITIAL) at = phraseStarts.all.get(aw, i);
    else {
      const lw = lowerAt(aw, i)!;
      if (wordAt(aw, i) !== lw) at = phraseStarts.all.getKey(lw);
      else if (lowerStartShapes[startShape(lw)]) at = phraseStarts.lowerStarts.getKey(lw);
    }
    let bestTo = -1;
    let best: KbEntry[] | undefined;
    const s = sentence[i];
    let j = i;
    while (at) {
      const node = at.node;
      if (node.items) {
        let passed = 0;
        for (const item of node.items) if (caseMatches(item, text, starts, ends, i)) passed++;
        if (passed > 0) {
          bestTo = j + 1;
          best =
            passed === node.items.length
              ? node.values
              : node.items.filter((it) => caseMatches(it, text, starts, ends, i)).map((it) => it.value);
        }
      }
      j++;
      if (j >= n || !node.next || !joinable[j] || sentence[j] !== s) break;
      at = at.next(aw, j);
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

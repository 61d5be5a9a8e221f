import type { KnowledgeBase } from "../../kb/knowledge-base.js";
import type { ArticleWords } from "./article-words.js";
import type { Draft } from "./draft.js";

/**
 * A party the knowledge base does not list, named by capitalised words before "party": "the ruling
 * Georgian Dream party", "the Law and Justice party". Its country is the nationality among its
 * words ("Georgian"), else the country the article is clearly about (resolve.ts), else none.
 */
const PARTY_NAME = /\b((?:[A-Z][\p{L}'’-]+ (?:(?:and|of|for) )?){1,4})(?:party|Party)\b/gu;
/** Capitalised words that open a sentence or a title rather than a name. */
const NOT_NAMES = new Set([
  "The",
  "A",
  "An",
  "This",
  "That",
  "Our",
  "His",
  "Her",
  "Their",
  "Its",
  "Every",
  "Each",
  "Any",
]);

export function partyDrafts(aw: ArticleWords, kb: KnowledgeBase): Draft[] {
  const out: Draft[] = [];
  const text = aw.text;
  if (!text.includes("arty")) return out;
  const role = kb.roles.get("party");
  if (!role) return out;
  PARTY_NAME.lastIndex = 0;
  for (let m = PARTY_NAME.exec(text); m; m = PARTY_NAME.exec(text)) {
    const words = m[1]!.trim().split(" ");
    let start = m.index;
    while (words.length && NOT_NAMES.has(words[0]!)) start += words.shift()!.length + 1;
    if (!words.length) continue;
    const end = m.index + m[0].length;
    const from = wordIndex(aw, start);
    const to = wordIndex(aw, end - 1);
    if (from < 0 || to < 0) continue;
    const name = text.slice(start, end);
    const d: Draft = { from, to: to + 1, kind: "ORG", via: "party-name", classes: role.classes, role };
    const country = words.map((w) => demonymCountry(kb, w)).find((c) => c !== undefined);
    if (country) d.actor = { name, country, sector: role.sector };
    else d.storyCountry = true;
    out.push(d);
  }
  return out;
}

/** The country a nationality word names ("Georgian" -> GEO), or undefined. */
function demonymCountry(kb: KnowledgeBase, word: string): string | undefined {
  for (const v of kb.trie.root.next?.get(word.toLowerCase())?.values ?? [])
    if (v.type === "demonym") return v.country.iso3;
  return undefined;
}

/** The word covering text offset `at`, or -1. */
function wordIndex(aw: ArticleWords, at: number): number {
  for (let i = 0; i < aw.count; i++) if (aw.starts[i]! <= at && at < aw.ends[i]!) return i;
  return -1;
}

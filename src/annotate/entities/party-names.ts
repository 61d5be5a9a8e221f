import type { KnowledgeBase } from "../../kb/knowledge-base.js";
import { type ArticleWords, wordCovering } from "./article-words.js";
import type { Draft } from "./draft.js";

/**
 * A party the knowledge base does not list, named by capitalised words before "party": "the ruling
 * Georgian Dream party", "the Law and Justice party". Its country is the nationality among its
 * words ("Georgian"), else the country the article is clearly about (resolve.ts), else none.
 */
const PARTY_NAME = /(?<![\p{L}'’-])((?:[A-Z][\p{L}'’-]+ (?:(?:and|of|for) )?){1,4})$/u;
/** How far before "party" its name may start. */
const NAME_REACH = 80;
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
  const role = kb.roles.get("party");
  if (!role) return out;
  // Each "party" or "Party" standing as a word after a space, then the capitalised words before it.
  for (let at = text.indexOf("arty"); at >= 0; at = text.indexOf("arty", at + 4)) {
    const p = text.charCodeAt(at - 1);
    if ((p !== 112 && p !== 80) || text.charCodeAt(at - 2) !== 32 || isLetter(text.charCodeAt(at + 4))) continue;
    const reach = Math.max(0, at - 1 - NAME_REACH);
    const m = PARTY_NAME.exec(text.slice(reach, at - 1));
    if (!m) continue;
    const words = m[1]!.trim().split(" ");
    let start = reach + m.index;
    while (words.length && NOT_NAMES.has(words[0]!)) start += words.shift()!.length + 1;
    if (!words.length) continue;
    const end = at + 4;
    const from = wordCovering(aw, start);
    const to = wordCovering(aw, end - 1);
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

/** Whether a code unit is an ASCII letter: "party" is a word, "partying" and "partyline" are not. */
function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The country a nationality word names ("Georgian" -> GEO), or undefined. */
function demonymCountry(kb: KnowledgeBase, word: string): string | undefined {
  for (const v of kb.trie.root.next?.get(word.toLowerCase())?.values ?? [])
    if (v.type === "demonym") return v.country.iso3;
  return undefined;
}

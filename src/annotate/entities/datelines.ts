import type { KnowledgeBase } from "../../kb/knowledge-base.js";
import type { KbEntry } from "../../kb/records.js";
import { type ArticleWords, wordCovering } from "./article-words.js";
import { type Draft, toPlace } from "./draft.js";

/**
 * A wire dateline at the start of a paragraph, in capitals: "TBILISI —", "PORT SUDAN, Sudan —",
 * "KYIV, Ukraine (AP) —". The gazetteer matches names case by case, so a capitalised city would
 * otherwise go unseen, and with it the country the whole story is set in.
 */
const DATELINE = /[ \t]*([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})(?=\s*(?:,|\(|\u2014|\u2013|-))/y;
const NO_CLASSES: readonly string[] = [];

/** Drafts for the places datelines name, by the knowledge base's names in any case. */
export function datelineDrafts(aw: ArticleWords, kb: KnowledgeBase): Draft[] {
  const out: Draft[] = [];
  const text = aw.text;
  // Only paragraphs that open with two capitals are tried: most open with a capital and a lower-case letter.
  for (let at = 0; at >= 0 && at < text.length; at = nextLine(text, at)) {
    if (!opensWithCapitals(text, at)) continue;
    DATELINE.lastIndex = at;
    const m = DATELINE.exec(text);
    if (!m) continue;
    const start = m.index + m[0].length - m[1]!.length;
    const entry = lookUp(kb, m[1]!);
    if (!entry) continue;
    const from = wordCovering(aw, start);
    const to = wordCovering(aw, start + m[1]!.length - 1);
    if (from < 0 || to < 0) continue;
    if (entry.type === "place")
      out.push({ from, to: to + 1, kind: "PLACE", via: "dateline", classes: NO_CLASSES, places: entry.places });
    else {
      const record = entry.country.capital;
      const place = record ? toPlace(record) : { name: entry.country.name, country: entry.country.iso3 };
      out.push({ from, to: to + 1, kind: "PLACE", via: "dateline", classes: NO_CLASSES, place });
    }
  }
  return out;
}

/** The offset after the next line break from `at`, or -1. */
function nextLine(text: string, at: number): number {
  const nl = text.indexOf("\n", at);
  return nl < 0 ? -1 : nl + 1;
}

const isCapital = (c: number) => c >= 65 && c <= 90;

/** Whether the line at `at` opens (after spaces or tabs) with two capital letters. */
function opensWithCapitals(text: string, at: number): boolean {
  let i = at;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  return isCapital(text.charCodeAt(i)) && isCapital(text.charCodeAt(i + 1));
}

/** The place, capital or country a phrase names, its case aside. */
function lookUp(
  kb: KnowledgeBase,
  phrase: string,
): Extract<KbEntry, { type: "place" | "capital" | "country" }> | undefined {
  let node = kb.trie.root;
  for (const w of phrase.toLowerCase().split(" ")) {
    const next = node.next?.get(w);
    if (!next) return undefined;
    node = next;
  }
  for (const v of node.values ?? []) if (v.type === "place" || v.type === "capital" || v.type === "country") return v;
  return undefined;
}

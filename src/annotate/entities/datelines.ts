import type { KnowledgeBase } from "../../kb/knowledge-base.js";
import type { KbEntry } from "../../kb/records.js";
import type { ArticleWords } from "./article-words.js";
import { type Draft, toPlace } from "./draft.js";

/**
 * A wire dateline at the start of a paragraph, in capitals: "TBILISI —", "PORT SUDAN, Sudan —",
 * "KYIV, Ukraine (AP) —". The gazetteer matches names case by case, so a capitalised city would
 * otherwise go unseen, and with it the country the whole story is set in.
 */
const DATELINE = /(?:^|\n)[ \t]*([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})(?=\s*(?:,|\(|\u2014|\u2013|-))/g;
const NO_CLASSES: readonly string[] = [];

/** Drafts for the places datelines name, by the knowledge base's names in any case. */
export function datelineDrafts(aw: ArticleWords, kb: KnowledgeBase): Draft[] {
  const out: Draft[] = [];
  const text = aw.text;
  // Most paragraphs open with a capital and a lower-case letter: no dateline, no regex run.
  if (!hasCapitalPair(text)) return out;
  DATELINE.lastIndex = 0;
  for (let m = DATELINE.exec(text); m; m = DATELINE.exec(text)) {
    const start = m.index + m[0].length - m[1]!.length;
    const entry = lookUp(kb, m[1]!);
    if (!entry) continue;
    const from = wordAt(aw, start);
    const to = wordAt(aw, start + m[1]!.length - 1);
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

/** Whether two capitals stand side by side anywhere: every dateline has them. */
function hasCapitalPair(text: string): boolean {
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      const b = text.charCodeAt(i - 1);
      if (b >= 65 && b <= 90) return true;
    }
  }
  return false;
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

/** The word covering text offset `at`, or -1. */
function wordAt(aw: ArticleWords, at: number): number {
  for (let i = 0; i < aw.count; i++) if (aw.starts[i]! <= at && at < aw.ends[i]!) return i;
  return -1;
}

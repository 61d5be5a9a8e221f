import { tokenize } from "../annotate/nlp/tokenize.js";
import { newArticle } from "../model/article.js";
import type { Actor, Article, Entity, Quote, Time } from "../model/schema.js";

/** An entity for a hand-built test document: the surface text (every occurrence, or the n-th) and its actor. */
export interface TestEntity {
  text: string;
  actor: Actor;
  kind?: Entity["kind"];
  nth?: number;
}

function spanOf(text: string, needle: string, nth = 1): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not found in test text`);
  }
  return { start: at, end: at + needle.length };
}

/** Builds an article from text with the real tokenizer and hand-linked entities, times and quotes (tests only). */
export function testDoc(
  text: string,
  entities: TestEntity[] = [],
  extra: {
    times?: Omit<Time, "start" | "end">[];
    quotes?: { text: string; speaker: string; actor?: Actor; cue?: string }[];
    published?: string;
  } = {},
): Article {
  const base = newArticle("t", {});
  const ents: Entity[] = [];
  for (const e of entities) {
    const make = (span: { start: number; end: number }): Entity => ({
      ...span,
      text: e.text,
      kind: e.kind ?? "ORG",
      actor: e.actor,
    });
    if (e.nth) ents.push(make(spanOf(text, e.text, e.nth)));
    else
      for (let at = text.indexOf(e.text); at >= 0; at = text.indexOf(e.text, at + 1)) {
        const wordEdge = !/\w/.test(text[at - 1] ?? "") && !/\w/.test(text[at + e.text.length] ?? "");
        if (wordEdge && !ents.some((x) => x.start < at + e.text.length && at < x.end))
          ents.push(make({ start: at, end: at + e.text.length }));
      }
  }
  const times: Time[] = (extra.times ?? []).map((t) => ({ ...spanOf(text, t.text), ...t }));
  const quotes: Quote[] = (extra.quotes ?? []).map((q) => {
    const s = spanOf(text, q.speaker);
    return {
      ...spanOf(text, q.text),
      text: q.text,
      kind: "direct",
      speaker: { text: q.speaker, ...s, ...(q.actor ? { actor: q.actor } : {}) },
      cue: q.cue ?? "said",
    };
  });
  return {
    ...base,
    text,
    meta: { ...base.meta, published: extra.published ?? null },
    ...tokenize(text),
    entities: ents.sort((a, b) => a.start - b.start),
    times,
    quotes,
  };
}

/** Common test actors (fictional and real countries). */
export const A = {
  russia: { name: "Russia", country: "RUS", sector: "GOV" },
  putin: { name: "Vladimir Putin", country: "RUS", sector: "GOV" },
  ukraine: { name: "Ukraine", country: "UKR", sector: "GOV" },
  west: { name: "the West", country: "WST" },
  nato: { name: "NATO", country: "IGO" },
  eu: { name: "European Union", country: "IGO" },
  usa: { name: "United States", country: "USA", sector: "GOV" },
  rebels: { name: "rebels", country: "UKR", sector: "REB" },
  dpr: { name: "Donetsk People's Republic", country: "UKR", sector: "PRE" },
  duma: { name: "State Duma", country: "RUS", sector: "LEG" },
  france: { name: "France", country: "FRA", sector: "GOV" },
  police: { name: "police", country: "FRA", sector: "COP" },
  rusMil: { name: "Russian troops", country: "RUS", sector: "MIL" },
} satisfies Record<string, Actor>;

/** Entities for the test actors by surface text ("Russia=russia" style pairs kept explicit in tests). */
export function ents(pairs: Record<string, Actor>, kinds: Record<string, Entity["kind"]> = {}): TestEntity[] {
  return Object.entries(pairs).map(([text, actor]) => ({ text, actor, ...(kinds[text] ? { kind: kinds[text] } : {}) }));
}

import type { Article, Entity } from "../model/schema.js";

/** Flat, read-only views of an article's tokens and the actor entities over them. */
export interface DocView {
  text: string;
  /** Token count. */
  n: number;
  start: Int32Array;
  end: Int32Array;
  pos: readonly string[];
  /** Lower-case lemma. */
  lemma: readonly string[];
  /** Lower-case surface form. */
  low: readonly string[];
  /** Index into `entities` of the entity covering each token, or -1. */
  entityAt: Int32Array;
  /** Entities that carry an actor, in text order. */
  entities: readonly Entity[];
  /** Token ranges [first, last) of each sentence. */
  sentences: readonly [number, number][];
}

/** Builds the token view once per article; tokens are assumed sorted by offset. */
export function docView(article: Article): DocView {
  const tokens = article.tokens ?? [];
  const n = tokens.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const pos: string[] = new Array(n);
  const lemma: string[] = new Array(n);
  const low: string[] = new Array(n);
  const text = article.text;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    start[i] = t.start;
    end[i] = t.end;
    pos[i] = t.pos;
    lemma[i] = t.lemma.toLowerCase();
    const surface = text.slice(t.start, t.end).toLowerCase();
    low[i] = surface.includes("\u2019") ? surface.replace(/\u2019/g, "'") : surface;
  }
  const entities = article.entities.filter((e) => e.actor).sort((a, b) => a.start - b.start);
  const entityAt = new Int32Array(n).fill(-1);
  let k = 0;
  for (let e = 0; e < entities.length; e++) {
    const ent = entities[e]!;
    while (k < n && end[k]! <= ent.start) k++;
    for (let i = k; i < n && start[i]! < ent.end; i++) if (entityAt[i] === -1) entityAt[i] = e;
  }
  const sentences: [number, number][] = [];
  let i = 0;
  for (const s of article.sentences) {
    while (i < n && start[i]! < s.start) i++;
    const first = i;
    while (i < n && start[i]! < s.end) i++;
    if (i > first) sentences.push([first, i]);
  }
  return { text, n, start, end, pos, lemma, low, entityAt, entities, sentences };
}

/**
 * Whether token i is a verb form (a main verb, not an auxiliary). A present-tense verb right after
 * its subject is sometimes tagged as a plural noun ("Russia backs the claims"): taken as a verb
 * when a name or pronoun precedes it and a noun phrase follows.
 */
export function isVerb(v: DocView, i: number): boolean {
  const p = v.pos[i];
  if (p === "VERB") return v.entityAt[i]! < 0;
  if (p !== "NOUN" || i === 0 || !v.low[i]!.endsWith("s") || v.entityAt[i]! >= 0) return false;
  const before = v.pos[i - 1];
  const after = v.pos[i + 1];
  return (
    (v.entityAt[i - 1]! >= 0 || before === "PRON" || before === "PROPN") &&
    v.entityAt[i]! < 0 &&
    (after === "DET" ||
      after === "ADJ" ||
      after === "PROPN" ||
      after === "NUM" ||
      v.low[i + 1] === "that" ||
      v.low[i + 1] === "to")
  );
}

/** Whether token i can be part of a noun phrase. */
export function isNominal(v: DocView, i: number): boolean {
  const p = v.pos[i];
  return (
    p === "NOUN" ||
    p === "PROPN" ||
    p === "ADJ" ||
    p === "DET" ||
    p === "NUM" ||
    (p === "PART" && v.low[i] === "'s") ||
    v.entityAt[i]! >= 0
  );
}

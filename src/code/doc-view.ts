import type { Article, Entity } from "../model/schema.js";
import type { Clause } from "./clauses.js";
import { formBase, isBase, isPastForm } from "./lexicon.js";

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
  /** Index into `places` of the place entity (a place without an actor) covering each token, or -1. */
  placeAt: Int32Array;
  /** Place entities without an actor ("Odesa", "the Gaza Strip"), in text order. */
  places: readonly Entity[];
  /** Token ranges [first, last) of each sentence. */
  sentences: readonly [number, number][];
  /** 1 for tokens inside a time expression ("March 2"), which are never triggers. */
  inTime: Uint8Array;
  /**
   * 1 for each token that is a verb form, a main verb and no auxiliary (see `verbAt`): computed once
   * per view, read in the coder's hottest loops as `v.verb[i] === 1` (0 or undefined otherwise).
   */
  verb: Uint8Array;
  /** The clauses of each sentence, split on first use by `sentenceClauses` (a cache slot of the view). */
  clauses: (readonly Clause[] | undefined)[];
}

const APOSTROPHES = /\u2019/g;

/** Columns a view may borrow instead of allocating its own (see `docView`). */
export interface ViewBuffers {
  ints: Int32Array;
  bytes: Uint8Array;
  /** Word columns, each holding `words` entries (the last view's token count), undefined past them. */
  pos?: string[];
  lemma?: string[];
  low?: string[];
  words?: number;
}

/**
 * A word column of n entries cut from a buffer's: entries past n, left by a longer article, are
 * cleared, so that reading past the end gives undefined as from a fresh array.
 */
function wordColumn(column: string[] | undefined, used: number, n: number): string[] {
  if (!column) return new Array<string>(n);
  if (used > n) column.fill(undefined as unknown as string, n, used);
  return column;
}

/**
 * Builds the token view once per article; tokens are assumed sorted by offset. With `buffers`,
 * the columns are cut from them (grown when too small) instead of freshly allocated: a
 * caller that uses one view at a time (the coder, article after article) passes the same buffers,
 * and a view is then valid only until the next one is built on them.
 */
export function docView(article: Article, buffers?: ViewBuffers): DocView {
  const tokens = article.tokens ?? [];
  const n = tokens.length;
  // The number columns share two buffers: each typed array of more than a few dozen bytes is a
  // separate allocation outside the heap, which costs more than the view itself.
  let ints: Int32Array;
  let bytes: Uint8Array;
  if (buffers) {
    if (buffers.ints.length < 4 * n) buffers.ints = new Int32Array(Math.max(4 * n, 2 * buffers.ints.length));
    if (buffers.bytes.length < 2 * n) buffers.bytes = new Uint8Array(Math.max(2 * n, 2 * buffers.bytes.length));
    ints = buffers.ints;
    bytes = buffers.bytes.fill(0, 0, 2 * n);
  } else {
    ints = new Int32Array(4 * n);
    bytes = new Uint8Array(2 * n);
  }
  const start = ints.subarray(0, n);
  const end = ints.subarray(n, 2 * n);
  // The word columns too, when borrowed: three arrays of n pointers are the view's largest allocation.
  const used = buffers?.words ?? 0;
  const pos = wordColumn(buffers?.pos, used, n);
  const lemma = wordColumn(buffers?.lemma, used, n);
  const low = wordColumn(buffers?.low, used, n);
  if (buffers) {
    buffers.pos = pos;
    buffers.lemma = lemma;
    buffers.low = low;
    buffers.words = n;
  }
  const text = article.text;
  // Lower-cased once per article, not per token; a case mapping that changes the length (rare
  // letters such as "İ") would shift offsets, so such a text falls back to token by token.
  const lowText = text.toLowerCase();
  const whole = lowText.length === text.length ? lowText.replace(APOSTROPHES, "'") : null;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    start[i] = t.start;
    end[i] = t.end;
    pos[i] = t.pos;
    // Most tokens are their own lemma, already lower-case: then one string serves as both, with
    // no lower-casing and no slice.
    if (whole !== null && sameChars(whole, t.start, t.end, t.lemma)) {
      lemma[i] = low[i] = t.lemma;
      continue;
    }
    const lem = t.lemma.toLowerCase();
    lemma[i] = lem;
    if (whole !== null) low[i] = sameChars(whole, t.start, t.end, lem) ? lem : whole.slice(t.start, t.end);
    else low[i] = text.slice(t.start, t.end).toLowerCase().replace(APOSTROPHES, "'");
  }
  // Actors and places in one pass over the entities.
  const actorEntities: Entity[] = [];
  const placeEntities: Entity[] = [];
  for (const e of article.entities) {
    if (e.actor) actorEntities.push(e);
    else if (e.place) placeEntities.push(e);
  }
  const entities = inTextOrder(actorEntities);
  const entityAt = ints.subarray(2 * n, 3 * n).fill(-1);
  let k = 0;
  for (let e = 0; e < entities.length; e++) {
    const ent = entities[e]!;
    while (k < n && end[k]! <= ent.start) k++;
    for (let i = k; i < n && start[i]! < ent.end; i++) if (entityAt[i] === -1) entityAt[i] = e;
  }
  const places = inTextOrder(placeEntities);
  const placeAt = ints.subarray(3 * n, 4 * n).fill(-1);
  k = 0;
  for (let e = 0; e < places.length; e++) {
    const ent = places[e]!;
    while (k < n && end[k]! <= ent.start) k++;
    for (let i = k; i < n && start[i]! < ent.end; i++) if (placeAt[i] === -1) placeAt[i] = e;
  }
  const inTime = bytes.subarray(0, n);
  k = 0;
  const times = sortedByStart(article.times) ? article.times : [...article.times].sort((a, b) => a.start - b.start);
  for (const t of times) {
    while (k < n && end[k]! <= t.start) k++;
    for (let i = k; i < n && start[i]! < t.end; i++) inTime[i] = 1;
  }
  // One pass: `verbAt` reads the tags of a token and its neighbours, final once `retag` has passed
  // the next token, so token i - 1 is tested right after token i is retagged.
  const verb = bytes.subarray(n, 2 * n);
  for (let i = 0; i < n; i++) {
    retag(pos, lemma, low, entityAt, i);
    if (i > 0 && verbAt(pos, low, entityAt, i - 1)) verb[i - 1] = 1;
  }
  if (n > 0 && verbAt(pos, low, entityAt, n - 1)) verb[n - 1] = 1;
  const sentences: [number, number][] = [];
  let i = 0;
  for (const s of article.sentences) {
    while (i < n && start[i]! < s.start) i++;
    const first = i;
    while (i < n && start[i]! < s.end) i++;
    if (i > first) sentences.push([first, i]);
  }
  return {
    text,
    n,
    start,
    end,
    pos,
    lemma,
    low,
    entityAt,
    entities,
    placeAt,
    places,
    sentences,
    inTime,
    verb,
    clauses: new Array(sentences.length),
  };
}

/** Whether text[start, end) reads exactly `word`. */
function sameChars(text: string, start: number, end: number, word: string): boolean {
  const len = end - start;
  if (len !== word.length) return false;
  // A loop over char codes: for words this short, cheaper than a call to startsWith.
  for (let k = 0; k < len; k++) if (text.charCodeAt(start + k) !== word.charCodeAt(k)) return false;
  return true;
}

/** Spans sorted by start, in place; spans already in order (the usual case) are not sorted again. */
function inTextOrder<T extends { start: number }>(spans: T[]): T[] {
  return sortedByStart(spans) ? spans : spans.sort((a, b) => a.start - b.start);
}

/** Whether spans are in text order already (the usual case), so that no sorted copy is needed. */
function sortedByStart(spans: readonly { start: number }[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i]!.start < spans[i - 1]!.start) return false;
  return true;
}

/** Pronouns that own the noun after them: "its detained nationals" is no arrest. */
const POSSESSIVE = new Set(["its", "his", "her", "their", "our", "my", "your"]);

/** Forms of the perfect auxiliary "have". */
const PERFECT = new Set(["have", "has", "had", "'ve", "'d", "having"]);

/**
 * Corrects the tagger on the coder's own words: a lemma it missed ("staged" read as "stag"), and a
 * past form or base verb it called a noun or adjective ("militants abducted 30", "Iran free its")
 * when a subject stands right before it.
 */
function retag(pos: string[], lemma: string[], low: readonly string[], entityAt: Int32Array, i: number): void {
  const w = low[i]!;
  const p = pos[i]!;
  // Only an unlemmatised token, or a verb whose lemma is no word of the coder's, needs the form map.
  if (p !== "NOUN" && p !== "ADJ" && p !== "PROPN" && p !== "VERB") return;
  if (lemma[i] !== w && (p !== "VERB" || isBase(lemma[i]!))) return;
  const base = formBase(w);
  if (base === undefined) {
    if (p !== "ADJ" || !isBase(w) || i === 0) return;
    // "Iran free its nationals": a base verb between a named subject and its object.
    const prev = pos[i - 1];
    const next = pos[i + 1];
    if ((prev === "PROPN" || entityAt[i - 1]! >= 0) && (next === "DET" || next === "PRON" || next === "NUM"))
      pos[i] = "VERB";
    return;
  }
  if (p === "VERB") {
    if (lemma[i] !== base && !isBase(lemma[i]!)) lemma[i] = base;
    return;
  }
  const prev = i > 0 ? pos[i - 1] : undefined;
  const subjectBefore =
    (prev === "NOUN" ||
      prev === "PROPN" ||
      prev === "ADV" ||
      (prev === "PRON" && !POSSESSIVE.has(low[i - 1]!)) ||
      // "soldiers had tortured detainees": a past form after a perfect "have" is its participle.
      (prev === "AUX" && PERFECT.has(low[i - 1]!)) ||
      // "its foreign policy chief spoke by phone": a role word the tagger took for an adjective,
      // then a past form and a preposition.
      (prev === "ADJ" && pos[i + 1] === "ADP")) &&
    entityAt[i]! < 0;
  if ((p === "NOUN" || p === "ADJ" || p === "PROPN") && isPastForm(w) && subjectBefore) {
    pos[i] = "VERB";
    lemma[i] = base;
  } else if (lemma[i] === w && !isPastForm(w)) lemma[i] = base;
}

/**
 * Whether token i is a verb form (a main verb, not an auxiliary), on the view's arrays once `retag`
 * has run; the view keeps the answers as `verb`. A present-tense verb right after its subject is
 * sometimes tagged as a plural noun ("Russia backs the claims"): taken as a verb when a name or
 * pronoun precedes it and a noun phrase follows.
 */
function verbAt(pos: readonly string[], low: readonly string[], entityAt: Int32Array, i: number): boolean {
  const p = pos[i];
  if (p === "VERB") return entityAt[i]! < 0;
  if (p !== "NOUN" || i === 0 || !low[i]!.endsWith("s") || entityAt[i]! >= 0) return false;
  const before = pos[i - 1];
  const after = pos[i + 1];
  return (
    (entityAt[i - 1]! >= 0 || before === "PRON" || before === "PROPN") &&
    entityAt[i]! < 0 &&
    (after === "DET" ||
      after === "ADJ" ||
      after === "PROPN" ||
      after === "NUM" ||
      low[i + 1] === "that" ||
      low[i + 1] === "to")
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

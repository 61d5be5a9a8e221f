/**
 * Finds the noun phrase that names a speaker next to a speech verb, from parts of speech alone:
 * the subject before the verb ("the foreign ministry in Moscow said"), or the phrase after it when
 * the order is inverted ("said Caddell", "read the statement of X").
 */
import { ADJUNCTS, CUES, SPEAKER_WORDS_BY_WORD } from "./lexicon.js";
import { type TokenView, isWord, word } from "./token-view.js";

/** A run of tokens, first and last inclusive. */
export interface TokenRange {
  first: number;
  last: number;
}

/** Prepositions that may sit inside a speaker's name or title ("head of state", "ambassador to the UN"). */
const INNER_ADP = new Set(["of", "for", "to", "in", "at", "from"]);
/** Prepositions that introduce a time adjunct before the verb ("Putin on Monday said"). */
const TIME_ADP = new Set(["on", "in", "at", "late", "early", "during"]);
const NP_POS = new Set(["PROPN", "NOUN", "ADJ", "DET", "NUM"]);
const POSSESSIVE = /^['\u2019]s?$/;
/** Longest speaker phrase looked at, in tokens: keeps a wrong parse from swallowing a clause. */
const MAX_PHRASE = 14;
/** Longest apposition after a name ("X, director of Y and a professor at Z, said"). */
const MAX_APPOSITION = 28;

function isNpToken(v: TokenView, i: number): boolean {
  const t = v.tokens[i]!;
  if (NP_POS.has(t.pos)) return true;
  // Taggers read some surnames as verbs or adverbs ("Lynch said", "Said Hester"): a capital inside a phrase is a name.
  if ((t.pos === "VERB" || t.pos === "ADV" || t.pos === "INTJ") && isCapitalised(v, i) && !CUES.has(t.lemma))
    return true;
  if (t.pos === "PART" && POSSESSIVE.test(word(v, i))) return true;
  if (t.pos === "PRON" && (t.lemma === "his" || t.lemma === "her" || t.lemma === "its" || t.lemma === "their"))
    return true;
  // Dots and hyphens glued to a word belong to it ("U.S.", "pro-Moscow").
  if (t.pos === "PUNCT" && /^[.\-&]$/.test(word(v, i))) return t.start === v.tokens[i - 1]?.end;
  return false;
}

function isAdjunct(v: TokenView, i: number): boolean {
  const t = v.tokens[i]!;
  if (t.pos === "ADV" || t.pos === "AUX") return true;
  if (t.pos === "PART" && (t.lemma === "not" || t.lemma === "n't")) return true;
  return ADJUNCTS.has(t.lemma);
}

/** A pronoun that can be a speaker ("he said"), as a one-token phrase. */
export function isSpeakerPronoun(v: TokenView, i: number): boolean {
  const t = v.tokens[i]!;
  return t.pos === "PRON" && SPEAKER_WORDS_BY_WORD.get(v.text, t.start, t.end) !== undefined;
}

/**
 * The subject phrase ending just before token `cue`, looking no further left than token `limit`:
 * 1. skip adverbs, auxiliaries and time words between subject and verb;
 * 2. a pronoun is the whole subject;
 * 3. collect noun-phrase tokens leftwards, with prepositions inside names and titles;
 * 4. "X, the head of Y, said": when a comma precedes the verb, take the name before the apposition;
 * 5. "a source who spoke on condition of anonymity said": jump back over a relative clause.
 */
export function subjectBefore(v: TokenView, cue: number, limit: number): TokenRange | null {
  let j = cue - 1;
  // 1.
  let appositive = false;
  for (; j >= limit; j--) {
    if (isAdjunct(v, j)) continue;
    if (TIME_ADP.has(v.tokens[j]!.lemma) && j + 1 < cue && ADJUNCTS.has(v.tokens[j + 1]!.lemma)) continue;
    break;
  }
  if (j >= limit && isWord(v, j, ",")) {
    appositive = true;
    j--;
  }
  if (j < limit) return null;
  // 2.
  if (isSpeakerPronoun(v, j)) return { first: j, last: j };
  // 3.
  const phrase = collectLeft(v, j, limit, appositive ? MAX_APPOSITION : MAX_PHRASE);
  if (!phrase) return null;
  let first = phrase.first;
  // 4.
  if (appositive && first - 1 > limit && isWord(v, first - 1, ",")) {
    const name = collectLeft(v, first - 2, limit);
    if (name && (name.first === limit || !isNpToken(v, name.first - 1))) first = name.first;
    else return null;
  }
  // 5.
  const rel = relativeClauseStart(v, first, limit);
  if (rel >= 0) {
    const head = collectLeft(v, rel - 1, limit);
    if (head) return { first: head.first, last: rel - 1 };
  }
  return { first, last: phrase.last };
}

function collectLeft(v: TokenView, last: number, limit: number, max = MAX_PHRASE): TokenRange | null {
  let j = last;
  while (j >= limit && last - j < max) {
    if (isNpToken(v, j)) {
      j--;
      continue;
    }
    const t = v.tokens[j]!;
    // A short parenthesis belongs to the name before it ("Rep. Jane Roe (D-Ohio) said").
    if (isWord(v, j, ")")) {
      const open = matchingParen(v, j, limit);
      if (open >= 0) {
        j = open - 1;
        continue;
      }
    }
    // A preposition joins two nouns of one title; "and" joins two names ("Smith and Jones said").
    const inner = (t.pos === "ADP" && INNER_ADP.has(t.lemma)) || (t.lemma === "and" && t.pos === "CCONJ");
    if (inner && j > limit && j < last && isNounish(v, j - 1) && isNounish(v, j + 1)) {
      j--;
      continue;
    }
    break;
  }
  let first = j + 1;
  while (first <= last && v.tokens[first]!.pos === "ADJ" && v.tokens[first + 1]?.pos === "ADP") first++;
  if (first > last || !hasNoun(v, first, last)) return null;
  return { first, last };
}

/** Most tokens inside a parenthesis that is part of a name. */
const MAX_PAREN = 8;

function matchingParen(v: TokenView, close: number, limit: number): number {
  for (let k = close - 1; k >= limit && close - k <= MAX_PAREN; k--) {
    const w = word(v, k);
    if (w === "(") return k;
    if (w === ")") return -1;
  }
  return -1;
}

function isNounish(v: TokenView, i: number): boolean {
  const p = v.tokens[i]?.pos;
  return p === "NOUN" || p === "PROPN" || p === "DET" || p === "ADJ" || p === "NUM";
}

function hasNoun(v: TokenView, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const p = v.tokens[i]!.pos;
    if (p === "NOUN" || p === "PROPN") return true;
  }
  return false;
}

/** Start of "who ... " just before `first` when the phrase is the tail of a relative clause. */
function relativeClauseStart(v: TokenView, first: number, limit: number): number {
  for (let k = first - 1; k > limit && first - k <= MAX_PHRASE; k--) {
    const w = v.tokens[k]!;
    if (w.pos === "PUNCT" && !isWord(v, k, ",")) return -1;
    if (w.lemma === "who" && isNpToken(v, k - 1)) return k;
  }
  return -1;
}

/** The noun phrase starting at token `i` (for "said Caddell", "according to the mayor"), up to `limit`. */
export function phraseAfter(v: TokenView, i: number, limit: number): TokenRange | null {
  if (i > limit) return null;
  if (isSpeakerPronoun(v, i)) return { first: i, last: i };
  let j = i;
  while (j <= limit && j - i < MAX_PHRASE) {
    if (isNpToken(v, j)) {
      j++;
      continue;
    }
    const t = v.tokens[j]!;
    if (t.pos === "ADP" && INNER_ADP.has(t.lemma) && j > i && isNounish(v, j - 1) && j < limit && isNounish(v, j + 1)) {
      j++;
      continue;
    }
    break;
  }
  const last = j - 1;
  if (last < i || !hasNoun(v, i, last)) return null;
  return { first: i, last };
}

/**
 * The name at the end of a phrase, when entities are not known: the capitalised run ending the
 * phrase ("... people Ukrainian President Volodymyr Zelensky"), unless a preposition governs it
 * ("the ministry in Moscow").
 */
export function trailingName(v: TokenView, r: TokenRange): TokenRange {
  if (v.tokens[r.last]!.pos !== "PROPN") return r;
  let k = r.last;
  while (k > r.first && isCapitalised(v, k - 1) && v.tokens[k - 1]!.pos !== "DET") k--;
  if (k === r.first) return r;
  const before = v.tokens[k - 1]!;
  if (before.pos === "ADP" || before.pos === "DET" || POSSESSIVE.test(word(v, k - 1))) return r;
  return { first: k, last: r.last };
}

function isCapitalised(v: TokenView, i: number): boolean {
  const c = v.text.charCodeAt(v.tokens[i]!.start);
  return c >= 65 && c <= 90;
}

/**
 * Reported speech without quotation marks: "X said (that) CLAUSE", "CLAUSE, X said", "according to
 * X, CLAUSE", "X told reporters that", "X accused Y of Z", "X urged Y to Z", and participles that
 * carry on a clause's speaker (", adding that ...", ", accusing Y of ...").
 */
import { ASIDE_NOUNS, CUES, CUES_BY_WORD, type CueFrame } from "./lexicon.js";
import { type QuoteSpan, insideSpan } from "./marks.js";
import { type TokenRange, isSpeakerPronoun, phraseAfter, subjectBefore } from "./speaker-phrase.js";
import { type TokenView, isWord, tokenAtOrAfter, tokenBefore, word } from "./token-view.js";

/** A report of speech, with its speaker phrase or a note that it continues the clause's speaker. */
export interface IndirectQuote {
  cue: number;
  /** Last token of the cue ("according to", "called on"). */
  cueLast: number;
  start: number;
  end: number;
  speaker: TokenRange | null;
  /** A participle (", adding that"): the speaker is the one of the clause it hangs on. */
  inherits: boolean;
}

/** Most tokens of adjuncts skipped between the verb and what was said ("said in a speech on Monday that"). */
const MAX_ADJUNCT_TOKENS = 8;
/** Tokens before ", X said" that make a clause even when no verb was tagged. */
const MIN_CLAUSE_TOKENS = 5;
const CLAUSE_START = new Set(["DET", "PRON", "PROPN", "NOUN", "NUM", "ADJ"]);
const SKIPPABLE_ADP = new Set([
  "in",
  "on",
  "at",
  "during",
  "to",
  "via",
  "through",
  "after",
  "before",
  "from",
  "late",
  "early",
]);
const OPENING_MARK = /^["\u201c\u201e\u00ab\u2018]$/;

function frameOf(v: TokenView, i: number): CueFrame | undefined {
  const t = v.tokens[i]!;
  if (t.pos !== "VERB") return undefined;
  return CUES.get(t.lemma) ?? CUES_BY_WORD.get(v.text, t.start, t.end);
}

/**
 * Reports of speech in the sentence of tokens [first, last], leaving out the cues in `claimed`
 * (already attributing a direct quotation) and tokens inside the `quoted` spans, added to `out`.
 */
export function findIndirect(
  v: TokenView,
  first: number,
  last: number,
  claimed: ReadonlySet<number>,
  quoted: readonly QuoteSpan[],
  out: IndirectQuote[] = [],
): IndirectQuote[] {
  for (let c = first; c <= last; c++) {
    const t = v.tokens[c]!;
    if (t.pos !== "VERB" || claimed.has(c)) continue;
    if (t.lemma === "accord" && v.tokens[c + 1]?.lemma === "to") {
      if (insideSpan(quoted, t.start)) continue;
      const found = accordingTo(v, c, first, last);
      if (found) out.push(found);
      continue;
    }
    const frame = frameOf(v, c);
    if (!frame || frame === "direct" || insideSpan(quoted, t.start)) continue;
    const found = reported(v, c, frame, first, last);
    if (found && !insideSpan(quoted, found.start)) out.push(found);
  }
  return out;
}

/** 1. the speaker; 2. what follows the verb; 3. failing that, the clause before "X said". */
function reported(v: TokenView, c: number, frame: CueFrame, first: number, last: number): IndirectQuote | null {
  const prev = v.tokens[c - 1];
  // "is said to", "was reported": the passive hides the speaker.
  if (prev && prev.lemma === "be" && c > first) return null;
  // 1.
  const w = word(v, c);
  // ", adding that ..." and "... and said ...": the verb shares the clause's speaker.
  const participle =
    (/ing$/.test(w) && c > first && word(v, c - 1) === ",") || (prev?.lemma === "and" && prev.pos === "CCONJ");
  const speaker = participle ? null : subjectBefore(v, c, first);
  if (!participle && !speaker) return null;
  // 2.
  let k = c + 1;
  let cueLast = c;
  if (v.tokens[c]!.lemma === "call") {
    // "call" reports speech only as "call on/upon Y to".
    if (t(v, k) !== "on" && t(v, k) !== "upon") return null;
    cueLast = k++;
  }
  const content = contentAfter(v, k, frame, last);
  if (content) {
    return { cue: c, cueLast, start: content.start, end: content.end, speaker, inherits: participle };
  }
  // 3.
  if (frame !== "say" || !speaker || participle) return null;
  if (!onlyAdjunctsAfter(v, c + 1, last)) return null;
  const comma = speaker.first - 1;
  if (comma <= first || !isWord(v, comma, ",")) return null;
  if (opensAside(v, speaker)) return null;
  if (!looksLikeClause(v, first, comma - 1)) return null;
  return { cue: c, cueLast, start: v.tokens[first]!.start, end: v.tokens[comma - 1]!.end, speaker, inherits: false };
}

function t(v: TokenView, i: number): string | undefined {
  return v.tokens[i]?.lemma;
}

/** Skips adverbs, time words and short prepositional phrases ("in a statement", "to reporters"). */
function skipAdjuncts(v: TokenView, k: number, last: number): number {
  const start = k;
  while (k <= last && k - start < MAX_ADJUNCT_TOKENS) {
    const tok = v.tokens[k]!;
    if (tok.pos === "ADV" && tok.lemma !== "not") {
      k++;
      continue;
    }
    if (tok.pos === "PROPN" && /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(tok.lemma)) {
      k++;
      continue;
    }
    if (tok.pos === "ADP" && SKIPPABLE_ADP.has(tok.lemma)) {
      const np = phraseAfter(v, k + 1, last);
      if (np && !isSpeakerPronoun(v, k + 1)) {
        k = np.last + 1;
        continue;
      }
    }
    if (tok.pos === "NOUN" && /^(evening|morning|night|afternoon|overnight)$/.test(tok.lemma)) {
      k++;
      continue;
    }
    break;
  }
  return k;
}

/** What was said after the verb, per the verb's frame; null when no clause follows. */
function contentAfter(v: TokenView, k: number, frame: CueFrame, last: number): { start: number; end: number } | null {
  let object: TokenRange | null = null;
  if (frame === "tell" || frame === "urge" || frame === "accuse") {
    object = v.tokens[k]?.pos === "PRON" && t(v, k) !== "that" ? { first: k, last: k } : phraseAfter(v, k, last);
    if (object) k = object.last + 1;
  }
  k = skipAdjuncts(v, k, last);
  if (k > last) return null;
  const next = t(v, k);
  let from = -1;
  if (next === "that" && v.tokens[k]!.pos !== "PRON") from = k + 1;
  else if (frame === "accuse" && object && (next === "of" || next === "for")) from = object.first;
  else if ((frame === "urge" || frame === "tell") && object && next === "to") from = object.first;
  else if ((frame === "say" || (frame === "tell" && object)) && isClauseStart(v, k, last)) from = k;
  if (from < 0 || from > last) return null;
  if (OPENING_MARK.test(word(v, from)) && from === k && frame !== "say") return null;
  return { start: v.tokens[from]!.start, end: contentEnd(v, from, last) };
}

/** A clause begins at `k`: a noun phrase or pronoun, then a verb before the sentence ends. */
function isClauseStart(v: TokenView, k: number, last: number): boolean {
  let i = k;
  if (OPENING_MARK.test(word(v, i))) i++;
  const tok = v.tokens[i];
  if (!tok || !CLAUSE_START.has(tok.pos) || tok.lemma === "who" || tok.lemma === "which") return false;
  for (let j = i + 1; j <= last; j++) {
    const p = v.tokens[j]!.pos;
    if (p === "VERB" || p === "AUX") return true;
    if (p === "PUNCT" && /^[,;:]$/.test(word(v, j))) return false;
  }
  return false;
}

/** The end offset of a reported clause: the sentence's end, or a participle cue carrying on (", adding"). */
function contentEnd(v: TokenView, from: number, last: number): number {
  let end = last;
  for (let j = from + 1; j < last; j++) {
    const joins = isWord(v, j, ",") || (v.tokens[j]!.lemma === "and" && v.tokens[j]!.pos === "CCONJ");
    if (joins && frameOf(v, j + 1) && (/ing$/.test(word(v, j + 1)) || word(v, j) === "and")) {
      end = j - 1;
      if (isWord(v, end, ",") && end > from) end--;
      break;
    }
  }
  while (end > from && /^[.!?;]$/.test(word(v, end))) end--;
  return v.tokens[end]!.end;
}

function onlyAdjunctsAfter(v: TokenView, k: number, last: number): boolean {
  const j = skipAdjuncts(v, k, last);
  return j > last || /^[.!?]$/.test(word(v, j)) || (word(v, j) === "," && /ing$/.test(word(v, j + 1)));
}

/** Taggers miss verbs in headline-like clauses ("Russia backs ..."), so a long enough stretch counts too. */
function looksLikeClause(v: TokenView, from: number, to: number): boolean {
  return hasVerb(v, from, to) || to - from + 1 >= MIN_CLAUSE_TOKENS;
}

function hasVerb(v: TokenView, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) {
    const p = v.tokens[i]!.pos;
    if (p === "VERB" || p === "AUX") return true;
  }
  return false;
}

/** "According to X, CLAUSE" and "CLAUSE, according to X". */
function accordingTo(v: TokenView, c: number, first: number, last: number): IndirectQuote | null {
  const speaker = phraseAfter(v, c + 2, last);
  if (!speaker) return null;
  let after = speaker.last + 1;
  if (isWord(v, after, ",")) after++;
  if (c === first || (c === first + 1 && v.tokens[first]!.pos === "CCONJ")) {
    if (after > last || !hasVerb(v, after, last)) return null;
    return according(c, speaker, v.tokens[after]!.start, contentEnd(v, after, last));
  }
  const end = isWord(v, c - 1, ",") ? c - 2 : c - 1;
  if (end < first || !hasVerb(v, first, end)) return null;
  return according(c, speaker, v.tokens[first]!.start, v.tokens[end]!.end);
}

/** The report of "according to" at token c (written out: a spread object is copied the slow way). */
function according(c: number, speaker: TokenRange, start: number, end: number): IndirectQuote {
  return { cue: c, cueLast: c + 1, start, end, speaker, inherits: false };
}

/** Token range of a sentence span. */
export function sentenceTokens(v: TokenView, start: number, end: number): [number, number] {
  return [tokenAtOrAfter(v, start), tokenBefore(v, end)];
}

/**
 * Whether a speaker phrase opens with an article and a noun that refers back to the clause before
 * (", a charge the Emirates deny"): an aside about that clause, whose real subject comes after.
 */
function opensAside(v: TokenView, speaker: TokenRange): boolean {
  if (v.tokens[speaker.first]!.pos !== "DET") return false;
  let k = speaker.first + 1;
  while (k <= speaker.last && v.tokens[k]!.pos === "ADJ") k++;
  return k <= speaker.last && ASIDE_NOUNS.has(v.tokens[k]!.lemma);
}

/**
 * Direct quotations: which quoted spans are someone's words rather than scare quotes, and the
 * speech verb and speaker phrase next to them (after: "..., Pushilin said"; inverted: "..., said
 * Caddell"; before: "Putin said: ...", "he said, ...").
 */
import { countWords } from "../../kb/words.js";
import { CUES, CUES_BY_WORD } from "./lexicon.js";
import type { QuoteSpan } from "./marks.js";
import { type TokenRange, phraseAfter, subjectBefore } from "./speaker-phrase.js";
import { type TokenView, paragraphAt, sentenceAt, tokenAtOrAfter, tokenBefore, word } from "./token-view.js";

/** A direct quotation and, when found, the verb and phrase that attribute it. */
export interface DirectQuote {
  span: QuoteSpan;
  /** The quoted words: inside the marks, without a trailing comma. */
  start: number;
  end: number;
  cue: number | null;
  speaker: TokenRange | null;
  /** The cue is a participle (", asserting, ..."): the speaker is the subject of its clause. */
  inherits: boolean;
}

/** Fewest words for a quotation in mid-sentence, after a speech verb, to count as direct. */
const MIN_WORDS_AFTER_CUE = 4;
/** Fewest words for a quotation opening a sentence to count as direct without its own punctuation. */
const MIN_WORDS_AT_START = 4;
/** Most tokens between a quotation's end and its speech verb: long appositions are common ("..., X, director of Y and a professor at Z, said"). */
const MAX_SPEAKER_TOKENS = 30;
/** Most tokens between a speech verb and the colon that opens a quotation ("said in a statement on Monday:"). */
const MAX_GAP_BEFORE_COLON = 7;
/** A short sentence after the quotation may hold only its attribution ("”\n Pushilin said."). */
const MAX_ATTRIBUTION_SENTENCE = 12;

const TERMINAL = /[.!?]$/;

/** Whether token `i` is a speech verb (any frame). */
export function isCue(v: TokenView, i: number): boolean {
  const t = v.tokens[i]!;
  if (t.pos !== "VERB" && t.pos !== "NOUN") return false;
  return CUES.has(t.lemma) || CUES_BY_WORD.get(v.text, t.start, t.end) !== undefined;
}

function wordCount(s: string): number {
  return countWords(s, 0, s.length);
}

/**
 * Whether a top-level quoted span is a direct quotation, judged by what comes before it:
 * 1. it opens its paragraph, or follows a colon: a quotation, whatever its length;
 * 2. it opens a sentence: a quotation when it is long or ends in its own punctuation
 *    ('"Nonsense," he said'), a scare quote otherwise ('"Peacekeepers" arrived');
 * 3. it follows a speech verb ('he said, "We ..."'): a quotation unless it is a short fragment;
 * 4. it holds more than one sentence;
 * anything else, such as 'would "constitute a gross violation"', is part of the sentence around it.
 */
export function isDirect(v: TokenView, span: QuoteSpan): boolean {
  const [ps] = paragraphAt(v, span.open);
  const before = v.text.slice(ps, span.open).trimEnd();
  const content = v.text.slice(span.inner, span.close).trim();
  const words = wordCount(content);
  if (!words) return false;
  // 1.
  if (before === "" || before.endsWith(":")) return true;
  const ownPunct =
    /[,.!?;:\u2026-]$/.test(content) || (span.closed && /^[,.]/.test(v.text.slice(span.after, span.after + 1)));
  // 2.
  if (TERMINAL.test(before) || /[.!?]["\u201d\u2019\u00bb]$/.test(before))
    return words >= MIN_WORDS_AT_START || ownPunct;
  // 3.
  if (cueLeadingTo(v, span.open) >= 0) return words >= MIN_WORDS_AFTER_CUE || ownPunct;
  // 4.
  return /[.!?]["\u201d\u2019]?\s+[A-Z\u201c"]/.test(content) && words >= MIN_WORDS_AFTER_CUE * 2;
}

/** The quoted words of a span, trimmed of spaces and a trailing comma. */
export function quotedWords(v: TokenView, span: QuoteSpan): { start: number; end: number } {
  let s = span.inner;
  let e = span.close;
  while (s < e && /\s/.test(v.text[s]!)) s++;
  while (e > s && /[\s,]/.test(v.text[e - 1]!)) e--;
  return { start: s, end: e };
}

/** Attributes a direct quotation: after it first (the news convention), then before it. */
export function attributeDirect(v: TokenView, span: QuoteSpan): DirectQuote {
  const words = quotedWords(v, span);
  // A lead-in ending in a colon ("Zelensky said: ...") is the attribution, whatever follows.
  const leadIn = /:\s*$/.test(v.text.slice(Math.max(0, span.open - 3), span.open));
  const before = leadIn ? cueBefore(v, span) : null;
  const found = before ?? (span.closed ? (cueAfter(v, span) ?? signature(v, span)) : null) ?? cueBefore(v, span);
  return {
    span,
    start: words.start,
    end: words.end,
    cue: found && found.cue >= 0 ? found.cue : null,
    speaker: found?.speaker ?? null,
    inherits: found?.inherits ?? false,
  };
}

interface Attribution {
  cue: number;
  speaker: TokenRange | null;
  inherits?: boolean;
}

/** The end (token index, inclusive) of the text that may attribute a quotation closing at `close`. */
function afterLimit(v: TokenView, after: number): number {
  const sent = sentenceAt(v, after - 1);
  let end = sent.end;
  if (end <= after + 1) {
    const next = sentenceAt(v, end + 1);
    const [, pe] = paragraphAt(v, after - 1);
    if (
      next.start > end &&
      next.end <= pe &&
      tokenBefore(v, next.end) - tokenAtOrAfter(v, next.start) < MAX_ATTRIBUTION_SENTENCE
    ) {
      end = next.end;
    }
  }
  const nextMark = v.text.slice(after, end).search(/["\u201c\u201e\u00ab]|''/);
  if (nextMark >= 0) end = after + nextMark;
  return tokenBefore(v, end);
}

/** "..., X said", "... X said in a statement", "..., said X", "..., read the statement of X". */
function cueAfter(v: TokenView, span: QuoteSpan): Attribution | null {
  const limit = afterLimit(v, span.after);
  let a = tokenAtOrAfter(v, span.after);
  while (a <= limit && /^[,\u2014\u2013-]$/.test(word(v, a))) a++;
  if (a > limit) return null;
  // An inverted cue ("said Caddell"), but not a participle carrying on ("..., accusing Russia of").
  if (isCue(v, a) && !/ing$/.test(word(v, a))) {
    let s = a + 1;
    while (s <= limit && v.tokens[s]!.pos === "ADV") s++;
    const speaker = phraseAfter(v, s, limit);
    return speaker ? { cue: a, speaker } : null;
  }
  for (let c = a + 1; c <= limit && c - a <= MAX_SPEAKER_TOKENS; c++) {
    if (!isCue(v, c) || v.tokens[c]!.pos !== "VERB") continue;
    const speaker = subjectBefore(v, c, a);
    if (speaker && speaker.first === a) return { cue: c, speaker };
    return null;
  }
  return null;
}

/** A dash and a name closing the line after a quotation: a signature, as under a pull quote. */
const SIGNATURE = /^[ \t]*(?:[\u2015\u2014\u2013]|--?)[ \t]*(\p{Lu}[^\n]{0,80}?)[ \t]*\.?[ \t]*(?:\n|$)/u;
/** Most words in a signature: a name with a short title ("Maria Lopez, a nurse from Tulsa"). */
const MAX_SIGNATURE_WORDS = 10;

/** '"...” ― Maria Lopez': the speaker is the name after the dash; there is no speech verb. */
function signature(v: TokenView, span: QuoteSpan): Attribution | null {
  const m = SIGNATURE.exec(v.text.slice(span.after, span.after + 120));
  if (!m || wordCount(m[1]!) > MAX_SIGNATURE_WORDS) return null;
  const start = span.after + m.index + m[0].indexOf(m[1]!);
  const first = tokenAtOrAfter(v, start);
  const last = tokenBefore(v, start + m[1]!.length);
  if (first > last || /\b(?:said|says|told|added)\b/.test(m[1]!)) return null;
  return { cue: -1, speaker: { first, last } };
}

/** "Putin said: ...", "he said, ...", "the statement read: ...", or a lead-in paragraph ending in a colon. */
function cueBefore(v: TokenView, span: QuoteSpan): Attribution | null {
  const [ps] = paragraphAt(v, span.open);
  let from = span.open;
  if (!v.text.slice(ps, span.open).trim()) {
    const prev = v.text.slice(0, ps).trimEnd();
    if (!prev.endsWith(":")) return null;
    from = prev.length;
  }
  const c = cueLeadingTo(v, from);
  if (c < 0) return null;
  if (/ing$/.test(word(v, c)) && c > 0 && word(v, c - 1) === ",") return { cue: c, speaker: null, inherits: true };
  const sentStart = tokenAtOrAfter(v, sentenceAt(v, v.tokens[c]!.start).start);
  const speaker = subjectBefore(v, c, sentStart);
  if (speaker) return { cue: c, speaker };
  // "Said the minister: ..."
  const b = tokenBefore(v, from);
  const inverted = c + 1 < b ? phraseAfter(v, c + 1, b - 1) : null;
  return { cue: c, speaker: inverted };
}

/**
 * The speech verb that leads into a quotation opening at `offset`: just before it, or before a
 * colon or comma with a few words between ("said in a statement on Monday:", "asked her,", "says
 * of Clinton,"). -1 when there is none.
 */
function cueLeadingTo(v: TokenView, offset: number): number {
  let b = tokenBefore(v, offset);
  if (b < 0) return -1;
  const punct = word(v, b);
  const gap = punct === ":" || punct === "," ? MAX_GAP_BEFORE_COLON : 0;
  if (gap) b--;
  for (let c = b; c >= 0 && b - c <= gap; c--) {
    const t = v.tokens[c]!;
    if (t.pos === "PUNCT" || t.pos === "SCONJ") return -1;
    if (isCue(v, c) && t.pos === "VERB") return c;
  }
  return -1;
}

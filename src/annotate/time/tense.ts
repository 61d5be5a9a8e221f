/**
 * The tense around a position in the text, for choosing between the last and the next Friday.
 * Each verb group (a run of AUX/VERB/PART/ADV tokens) is classified once; a time expression
 * takes the tense of a nearby verb group in its sentence, not of the sentence as a whole, since a
 * sentence often mixes a past report with a future plan ("officials said talks will resume on Friday").
 */
import type { Span, Token } from "../../model/schema.js";
import { FUTURE_CUES } from "./lexicon.js";

export type Tense = "past" | "present" | "future";

interface Cue {
  at: number;
  tense: Tense;
  /** The group starts with "had". */
  pluperfect: boolean;
}

const GROUP_POS = new Set(["AUX", "VERB", "PART", "ADV"]);
/** Modals that say nothing about the time: "would", "could" keep the other cues in charge. */
const NEUTRAL_MODALS = new Set(["would", "could", "might", "may", "should", "can", "must", "ought"]);
const PAST_AUX = new Set(["was", "were", "had", "did"]);
const PRESENT_BE = new Set(["is", "are", "am", "'s"]);
const AS_SOON_AS = /\bas\s+(?:soon|early)\s+as\s+(?:on\s+)?$/i;
const UNTIL = /\b(?:until|till)\s+(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s+(?:[A-Z]{3}\s+)?)?$/i;
const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const DEADLINE = /\b(?:by|until|till|through)\s+$/i;

/** A finite or participle form that differs from its lemma without -s or -ing: said, voted, held. */
function isPastForm(word: string, lemma: string): boolean {
  return word !== lemma && !word.endsWith("s") && !word.endsWith("ing") && !word.endsWith("n't");
}

/** Tense lookup over one document's sentences and tokens; a sentence is read when first asked. */
export class TenseIndex {
  private readonly cuesBySentence = new Map<number, Cue[]>();
  /** Each token's lower-cased text, filled as the sentences are read (a token's is asked for several times). */
  private words: (string | undefined)[] | null = null;

  constructor(
    private readonly text: string,
    private readonly sentences: readonly Span[],
    private readonly tokens: readonly Token[],
  ) {}

  /**
   * The tense of the verb group governing [start, end) in its sentence ("past" when none),
   * except that "as soon as Friday", "until Friday" and a present-tense "by March" look ahead.
   */
  at(start: number, end: number): Tense {
    const before = this.text.slice(Math.max(0, start - 16), start);
    if (AS_SOON_AS.test(before)) return "future";
    const cue = this.nearest(start, end);
    const tense = cue?.tense ?? "past";
    // "postponed until Tuesday", "has until Friday to sign": a deadline lies ahead of the report,
    // unless a past perfect looks back from it ("until Tuesday they had not called him").
    // (Only for a weekday: "in force until March" may well be over.)
    if (UNTIL.test(before) && WEEKDAY.test(this.text.slice(start, end))) return cue?.pluperfect ? "past" : "future";
    return tense === "present" && DEADLINE.test(before) ? "future" : tense;
  }

  /** The sentence holding a position. */
  sentenceOf(pos: number): Span | undefined {
    const i = this.sentenceIndex(pos);
    return i < 0 ? undefined : this.sentences[i];
  }

  /**
   * The verb governing a time expression mostly comes before it ("arrived on Monday and will
   * stay"), so the nearest group before it wins; a group after it counts only when none is before
   * ("On Friday, the union plans to strike").
   */
  private nearest(start: number, end: number): Cue | undefined {
    let before: Cue | undefined;
    let after: Cue | undefined;
    for (const cue of this.cuesOf(this.sentenceIndex(start))) {
      if (cue.at < start) before = cue;
      else if (cue.at >= end && !after) after = cue;
    }
    return before ?? after;
  }

  private sentenceIndex(pos: number): number {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.sentences[mid]!;
      if (pos < s.start) hi = mid - 1;
      else if (pos >= s.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  /** The lower-cased text of token k. (A method, not a closure per sentence: closures cost here.) */
  word(k: number): string {
    const words = (this.words ??= new Array<string | undefined>(this.tokens.length));
    return (words[k] ??= wordAt(this.text, this.tokens, k));
  }

  /** The verb groups of a sentence with their tenses. */
  private cuesOf(index: number): Cue[] {
    const cached = this.cuesBySentence.get(index);
    if (cached) return cached;
    const cues: Cue[] = [];
    const { tokens } = this;
    const sentence = this.sentences[index];
    if (sentence) {
      let i = firstTokenAtOrAfter(tokens, sentence.start);
      let lastEnd = 0;
      while (i < tokens.length && tokens[i]!.start < sentence.end) {
        const first = tokens[i]!;
        if (first.pos !== "AUX" && first.pos !== "VERB") {
          i++;
          continue;
        }
        let j = i + 1;
        while (j < tokens.length && tokens[j]!.start < sentence.end && GROUP_POS.has(tokens[j]!.pos)) j++;
        const infinitive = i > 0 && this.word(i - 1) === "to";
        // An infinitive ("due to resume") takes the tense of the verb that governs it, or looks
        // ahead after a noun or adjective of intent ("the league's plans to hold", "ready to sign").
        // (A cue word inside the previous group is that group's: "had been due to expire" stays past.)
        const intent = infinitive && i > 1 && i - 2 >= lastEnd && FUTURE_CUES.has(this.word(i - 2));
        const tense = intent
          ? "future"
          : (groupTense(this, tokens, i, j, infinitive) ?? (infinitive ? cues.at(-1)?.tense : null));
        if (tense) cues.push({ at: first.start, tense, pluperfect: this.word(i) === "had" });
        lastEnd = j + 1;
        i = j;
      }
    }
    this.cuesBySentence.set(index, cues);
    return cues;
  }
}

function wordAt(text: string, tokens: readonly Token[], k: number): string {
  return text.slice(tokens[k]!.start, tokens[k]!.end).toLowerCase();
}

function firstTokenAtOrAfter(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The tense of tokens[from, to), or null for a group that says nothing (a neutral modal). */
function groupTense(
  words: TenseIndex,
  tokens: readonly Token[],
  from: number,
  to: number,
  infinitive: boolean,
): Tense | null {
  const head = words.word(from);
  // 1. A past perfect looks back even when it reports a plan ("had been due to expire Friday").
  if (head === "had") return "past";
  // 2. A future cue inside the group or just after it ("will", "plans to", "is due to").
  // "set" is a plan only with what is set ("set to meet", "set for Friday"), not in "set a deadline".
  for (let k = from; k <= to && k < tokens.length; k++) {
    const w = words.word(k);
    if (!FUTURE_CUES.has(w)) continue;
    // Just after the group only a predicate counts ("is due to"), not an object ("announced plans").
    if (k === to && (tokens[k]!.pos === "NOUN" || tokens[k]!.pos === "PROPN")) continue;
    if (w === "set" && !/^(?:to|for)$/.test(k + 1 < tokens.length ? words.word(k + 1) : "")) continue;
    return "future";
  }
  // 3. "is to resume": an arrangement, in the future.
  if (PRESENT_BE.has(head) && to > from + 2 && words.word(from + 1) === "to") return "future";
  // 4. "would", "could", and infinitives ("to join"): the time comes from elsewhere.
  if (NEUTRAL_MODALS.has(head) || infinitive) return null;
  // 5. A past auxiliary or any past form in the group ("has been", "voted").
  if (PAST_AUX.has(head)) return "past";
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if ((t.pos === "VERB" || t.pos === "AUX") && isPastForm(words.word(k), t.lemma.toLowerCase())) return "past";
  }
  return "present";
}

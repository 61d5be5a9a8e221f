/**
 * The quotes stage's word lists (data/quotes/*.tsv), read once at module load so that the stage
 * itself stays pure and the lists stay editable without touching code.
 */
import { dataTable } from "../../data/data-files.js";

/** How a speech verb takes what was said (see the header of data/quotes/cues.tsv). */
export type CueFrame = "say" | "that" | "tell" | "accuse" | "urge" | "direct";

/** What a pronoun or role noun standing for a speaker refers back to. */
export type Refers = "PERSON" | "BODY" | "PLURAL" | "SPEAKER" | "SELF";

function rows(name: string): string[][] {
  return dataTable(`quotes/${name}`).rows;
}

/** Speech verbs by lemma, with the frame they take. */
export const CUES: ReadonlyMap<string, CueFrame> = new Map(rows("cues.tsv").map(([w, f]) => [w!, f as CueFrame]));

/** Pronouns and role nouns that refer back to a speaker, by lower-cased word. */
export const SPEAKER_WORDS: ReadonlyMap<string, Refers> = new Map(
  rows("speaker-words.tsv").map(([w, r]) => [w!, r as Refers]),
);

/** Time words and adverbs allowed between a speaker, its verb and what was said. */
export const ADJUNCTS: ReadonlySet<string> = new Set(rows("adjuncts.tsv").map(([w]) => w!));

/** Nouns that open an aside about the clause before (", a charge X denies"), by lemma. */
export const ASIDE_NOUNS: ReadonlySet<string> = new Set(rows("aside-nouns.tsv").map(([w]) => w!));

/** Longest length a LowerCaseIndex tells apart; longer words share one bucket. */
const MAX_INDEXED_LENGTH = 63;

/**
 * A word list read by a token's lower-cased text straight from the article: a word whose length
 * and first two letters no listed word has is turned away without making a string (lower-casing
 * a slice of a text stored two bytes a character takes a slow runtime path). Exact only for lists
 * of ASCII words, whose matches keep their length when lower-cased; other lists are always looked up.
 */
export class LowerCaseIndex<T> {
  private readonly shapes = new Set<number>();
  private readonly ascii: boolean;

  constructor(private readonly map: ReadonlyMap<string, T>) {
    let ascii = true;
    for (const w of map.keys()) {
      if (!isAscii(w)) ascii = false;
      else this.shapes.add(shape(w.length, w.charCodeAt(0), w.length > 1 ? w.charCodeAt(1) : 0));
    }
    this.ascii = ascii;
  }

  /** The entry for text[start, end) lower-cased. */
  get(text: string, start: number, end: number): T | undefined {
    const c = text.charCodeAt(start);
    const d = end - start > 1 ? text.charCodeAt(start + 1) : 0;
    // Only ASCII lower-cases to the ASCII of a listed word without changing length, but the
    // Kelvin sign; a word opening outside ASCII is therefore looked up the slow way.
    if (this.ascii && c < 128 && d < 128 && !this.shapes.has(shape(end - start, lowerAscii(c), lowerAscii(d))))
      return undefined;
    return this.map.get(text.slice(start, end).toLowerCase());
  }
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function isAscii(w: string): boolean {
  if (!w) return false;
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) > 127) return false;
  return true;
}

function shape(length: number, first: number, second: number): number {
  return (((Math.min(length, MAX_INDEXED_LENGTH) << 7) | first) << 7) | second;
}

/** CUES by a token's lower-cased text. */
export const CUES_BY_WORD = new LowerCaseIndex(CUES);
/** SPEAKER_WORDS by a token's lower-cased text. */
export const SPEAKER_WORDS_BY_WORD = new LowerCaseIndex(SPEAKER_WORDS);

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

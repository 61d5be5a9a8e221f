import type { RawDocument } from "./wink.js";

/*
 * wink-nlp 2.4.0 (pinned) packs each token into four numbers of the raw document's `tokens`
 * (src/constants.js, src/its.js): [lexeme id, preceding spaces | a contraction's normal,
 * part of speech | lemma, entity | sentence]. Reading them directly spares a call and often a
 * string per token and property; tokenize.test.ts compares the result with wink's `its` output.
 */

const TOKEN_SIZE = 4;
/** Low 16 bits of the second number: the count of preceding spaces, all ones when wink keeps them as a string. */
const SPACES_MASK = 0xffff;
/** Bits 20-25 of the third number: the part of speech's index in the model's list. */
const POS_MASK = 0x3f00000;
const POS_SHIFT = 20;

/** The token's lexeme id in wink's cache (`its.uniqueId`). */
export function lexemeId(raw: RawDocument, i: number): number {
  return raw.tokens[i * TOKEN_SIZE]!;
}

/**
 * The number of spaces before the token, when wink stores it as a count; undefined when it keeps
 * them as a string (no-break spaces and the like), which `its.precedingSpaces` returns.
 */
export function precedingSpaceCount(raw: RawDocument, i: number): number | undefined {
  const count = raw.tokens[i * TOKEN_SIZE + 1]! & SPACES_MASK;
  return count < SPACES_MASK ? count : undefined;
}

/** Whether the token is part of a contraction's expansion ("did" "n't") (`its.contractionFlag`). */
export function isContraction(raw: RawDocument, i: number): boolean {
  return raw.tokens[i * TOKEN_SIZE + 1]! > 65535;
}

/** The index of the token's part of speech, below 64 (`its.pos` returns its name). */
export function posIndex(raw: RawDocument, i: number): number {
  return (raw.tokens[i * TOKEN_SIZE + 2]! & POS_MASK) >>> POS_SHIFT;
}

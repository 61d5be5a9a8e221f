import type { ModelAddons } from "wink-nlp";
import type { RawDocument } from "./wink.js";
import { isContraction, lexemeId, posIndex } from "./wink-tokens.js";

type LemmaHelper = (index: number, raw: RawDocument, addons: ModelAddons) => string;

/** Lemmas worked out so far, by lexeme id × 64 + part-of-speech index (ids of the one wink() instance's cache). */
const known = new Map<number, string>();
/** Past this many the memo starts afresh, so a long-running process does not grow it without end. */
const MAX_KNOWN = 200_000;

/**
 * wink's lemma of token `i` (`its.lemma`), remembered per lexeme and part of speech: wink works out
 * the lemma of a multi-lemma word anew each time, with suffix rules and vocabulary look-ups. Safe
 * because, for a token that is not a contraction, wink 2.4's `its.lemma` reads only the lexeme's
 * fixed entries in its cache and the part of speech, and the model's lemmatizer consults only the
 * built-in vocabulary (a word added at run time never counts as known). A contraction's lemma is
 * stored on the token itself, so it is asked for directly.
 */
export function lemmaOf(lemma: LemmaHelper, raw: RawDocument, i: number, addons: ModelAddons): string {
  if (isContraction(raw, i)) return lemma(i, raw, addons);
  const key = lexemeId(raw, i) * 64 + posIndex(raw, i);
  let found = known.get(key);
  if (found === undefined) {
    if (known.size >= MAX_KNOWN) known.clear();
    found = lemma(i, raw, addons);
    known.set(key, found);
  }
  return found;
}

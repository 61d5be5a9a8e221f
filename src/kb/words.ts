/**
 * Words as the knowledge base and the entities stage both see them: runs of letters and digits.
 * Splitting names and text the same way makes "People’s"/"People's", "Secretary-General"/
 * "Secretary General" and "U.S."/"U S" meet, whatever the tokenizer did with the punctuation.
 */
const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a phrase from a data file. */
export function phraseWords(phrase: string): string[] {
  return phrase.match(WORD) ?? [];
}

/** Word spans of a text as flat offsets: starts[i], ends[i]. */
export interface WordSpans {
  starts: number[];
  ends: number[];
}

/** Finds the word spans of `text` in one regex pass. */
export function wordSpans(text: string): WordSpans {
  const starts: number[] = [];
  const ends: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { starts, ends };
}

/** True when a pattern word must match case exactly: it has a capital ("NATO", "Putin", "PM"). */
export function isCaseSensitive(word: string): boolean {
  return word !== word.toLowerCase();
}

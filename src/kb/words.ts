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

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Word-character classes of the non-ASCII code units met so far (1 = letter or digit). */
const wideClass = new Map<number, number>();

/** Whether the UTF-16 unit at i starts or continues a word: ASCII by range, others by a cached class. */
function isWordUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdfff)
    return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(c >= 0xdc00 ? i - 1 : i)!));
  let k = wideClass.get(c);
  if (k === undefined) wideClass.set(c, (k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 0));
  return k === 1;
}

/**
 * Finds the word spans of `text` (runs of letters and digits, as WORD defines them) in one pass
 * over its code units, without a regular expression per word.
 */
export function wordSpans(text: string): WordSpans {
  const starts: number[] = [];
  const ends: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordUnit(text, i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordUnit(text, i)) i++;
    starts.push(start);
    ends.push(i);
  }
  return { starts, ends };
}

/** True when a pattern word must match case exactly: it has a capital ("NATO", "Putin", "PM"). */
export function isCaseSensitive(word: string): boolean {
  return word !== word.toLowerCase();
}

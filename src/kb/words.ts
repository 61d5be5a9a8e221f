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

/**
 * Word spans of a text: for i < count, word i is text[starts[i], ends[i]) and cases[i] one of the
 * WordCase values. The arrays belong to wordSpans and are overwritten by its next call, so copy
 * what you keep: reusing them spares the growing of fresh arrays word by word.
 */
export interface WordSpans {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  cases: Uint8Array;
}

/**
 * How a word is cased, noted while scanning so that most words need no `toLowerCase`: that call
 * takes a slow runtime path for text stored two bytes a character (any curly quote makes it so).
 */
export const WordCase = {
  /** ASCII without capitals: already lower case. */
  LOWER: 0,
  /** ASCII with only the first letter a capital ("President"). */
  INITIAL: 1,
  /** Anything else: capitals inside ("NATO", "eBay") or non-ASCII letters. */
  OTHER: 2,
} as const;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Word-character classes of the non-ASCII code units met so far (1 = letter or digit). */
const wideClass = new Map<number, number>();

/** Whether the non-ASCII UTF-16 unit c at i starts or continues a word, by a cached class. */
function isWideWordUnit(text: string, i: number, c: number): boolean {
  if (c >= 0xd800 && c <= 0xdfff)
    return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(c >= 0xdc00 ? i - 1 : i)!));
  let k = wideClass.get(c);
  if (k === undefined) wideClass.set(c, (k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 0));
  return k === 1;
}

/** ASCII code units by class, one table look-up per character. */
const NOT_WORD = 0;
const LOWER_OR_DIGIT = 1;
const CAPITAL = 2;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII_CLASS[c] = !LETTER_OR_DIGIT.test(ch) ? NOT_WORD : ch === ch.toLowerCase() ? LOWER_OR_DIGIT : CAPITAL;
}
/** Whether an ASCII code unit is a letter or digit. */
const ASCII_WORD = ASCII_CLASS.map((k) => (k === NOT_WORD ? 0 : 1));

const INITIAL_WORDS = 256;
let spans: WordSpans = {
  count: 0,
  starts: new Int32Array(INITIAL_WORDS),
  ends: new Int32Array(INITIAL_WORDS),
  cases: new Uint8Array(INITIAL_WORDS),
};

/** Doubles the buffers, keeping the spans found so far. */
function grow(s: WordSpans): WordSpans {
  const size = s.starts.length * 2;
  const starts = new Int32Array(size);
  const ends = new Int32Array(size);
  const cases = new Uint8Array(size);
  starts.set(s.starts);
  ends.set(s.ends);
  cases.set(s.cases);
  return { count: s.count, starts, ends, cases };
}

/**
 * Finds the word spans of `text` (runs of letters and digits, as WORD defines them) in one pass
 * over its code units, without a regular expression per word.
 */
export function wordSpans(text: string): WordSpans {
  let s = spans;
  let count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    const k = c < 128 ? ASCII_CLASS[c]! : isWideWordUnit(text, i, c) ? CAPITAL + 1 : NOT_WORD;
    if (k === NOT_WORD) {
      i++;
      continue;
    }
    const start = i;
    let shape: number = k === LOWER_OR_DIGIT ? WordCase.LOWER : k === CAPITAL ? WordCase.INITIAL : WordCase.OTHER;
    for (i++; i < n; i++) {
      c = text.charCodeAt(i);
      if (c < 128) {
        const kk = ASCII_CLASS[c]!;
        if (kk === LOWER_OR_DIGIT) continue;
        if (kk === NOT_WORD) break;
        shape = WordCase.OTHER;
      } else if (isWideWordUnit(text, i, c)) shape = WordCase.OTHER;
      else break;
    }
    if (count === s.starts.length) {
      s.count = count;
      spans = s = grow(s);
    }
    s.starts[count] = start;
    s.ends[count] = i;
    s.cases[count] = shape;
    count++;
  }
  s.count = count;
  return s;
}

/**
 * How many words (runs of letters and digits, as WORD defines them) text[from, to) holds, as
 * `text.slice(from, to).match(WORD).length` would count them, but without a string or a match.
 */
export function countWords(text: string, from: number, to: number): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    let isWord: boolean;
    if (c < 128) isWord = ASCII_WORD[c] === 1;
    else if (c < 0xd800 || c > 0xdfff) isWord = isWideWordUnit(text, i, c);
    else if (c <= 0xdbff && i + 1 < to && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair is one code point; a lone surrogate (or half a pair cut off by `to`) is no letter.
      isWord = LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i)!));
      i++;
    } else isWord = false;
    if (isWord && !inWord) n++;
    inWord = isWord;
  }
  return n;
}

/** True when a pattern word must match case exactly: it has a capital ("NATO", "Putin", "PM"). */
export function isCaseSensitive(word: string): boolean {
  return word !== word.toLowerCase();
}

/**
 * A small language guesser: counts each language's frequent function words
 * (data/extract/stopwords.tsv) in the first words of the text; Cyrillic is split into Russian and
 * Ukrainian by the letters only one of them uses.
 */
import { dataRows } from "../data/data-files.js";

/** A function word, chained to the others of the same bucket. */
interface Entry {
  word: string;
  hash: number;
  langs: number[];
  next: Entry | null;
}

const LANGS: string[] = [];
const WORD_LANGS = new Map<string, number[]>();
for (const [lang, words] of dataRows("extract/stopwords.tsv")) {
  const li = LANGS.push(lang!) - 1;
  for (const w of new Set(words!.split(" "))) {
    const l = WORD_LANGS.get(w);
    if (l) l.push(li);
    else WORD_LANGS.set(w, [li]);
  }
}

/** The hash the scan computes for a word as it reads it (kept a small integer, V8's fastest Map key). */
const addToHash = (h: number, c: number) => (Math.imul(h, 31) + c) & 0x3fffffff;
const wordHash = (w: string) => {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = addToHash(h, w.charCodeAt(i));
  return h;
};

/**
 * The function words by the low bits of their hash: the scan looks words up without cutting them
 * out of the text (a string per word and its hashing cost more than the whole scan), and an array
 * index costs less than a Map look-up for each of its words. Many more buckets than words keep
 * the chains short.
 */
const BUCKET_MASK = (1 << Math.ceil(Math.log2(WORD_LANGS.size * 8))) - 1;
const BUCKETS = new Array<Entry | null>(BUCKET_MASK + 1).fill(null);
for (const [word, langs] of WORD_LANGS) {
  const hash = wordHash(word);
  BUCKETS[hash & BUCKET_MASK] = { word, hash, langs, next: BUCKETS[hash & BUCKET_MASK] ?? null };
}

/** Enough words to decide; the rest of a long article adds time, not certainty. */
const SAMPLE_WORDS = 250;
/** Fewer hits than this is too little evidence for any language. */
const MIN_HITS = 3;

/**
 * Word separators, by UTF-16 code unit: ASCII non-letters and general punctuation, as the pattern
 * `[\s!-@[-`{-~\u00a0-\u00bf\u2000-\u206f]` (no Unicode flag) reads them. A table is read faster
 * than a regular expression is run.
 */
export const SEPARATOR = new Uint8Array(0x10000);
for (const [from, to] of [
  [0x09, 0x0d],
  [0x20, 0x40],
  [0x5b, 0x60],
  [0x7b, 0x7e],
  [0xa0, 0xbf],
  [0x1680, 0x1680],
  [0x2000, 0x206f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
] as const)
  SEPARATOR.fill(1, from, to + 1);
/** Characters read: enough for SAMPLE_WORDS words of any language. */
const SAMPLE_CHARS = 3000;

/**
 * Hits of each language's function words among the first words of `s` (in lower case): the words
 * of `s.split(/[separators]+/, SAMPLE_WORDS)`, an empty first one when the text opens with a
 * separator included (it counts towards the sample, as in a split).
 */
function countWords(s: string): number[] {
  const counts = new Array<number>(LANGS.length).fill(0);
  const n = s.length;
  let words = 0;
  let start = 0;
  let h = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? s.charCodeAt(i) : 0x20;
    if (SEPARATOR[c] === 0) {
      h = addToHash(h, c);
      continue;
    }
    if (++words > SAMPLE_WORDS) break;
    if (i > start) {
      for (let e: Entry | null | undefined = BUCKETS[h & BUCKET_MASK]; e; e = e.next) {
        if (e.hash !== h || e.word.length !== i - start || !s.startsWith(e.word, start)) continue;
        for (const li of e.langs) counts[li]! += 1;
        break;
      }
    }
    while (i + 1 < n && SEPARATOR[s.charCodeAt(i + 1)] === 1) i++;
    start = i + 1;
    h = 0;
  }
  return counts;
}

/** The ISO 639-1 code of the text's language, or null when it cannot tell. */
export function detectLanguage(text: string): string | null {
  const counts = countWords(text.slice(0, SAMPLE_CHARS).toLowerCase());
  let best = -1;
  for (let i = 0; i < counts.length; i++) if (best < 0 || counts[i]! > counts[best]!) best = i;
  if (best < 0 || counts[best]! < MIN_HITS) return null;
  const lang = LANGS[best]!;
  if (lang === "ru" || lang === "uk") {
    const sample = text.slice(0, 4000);
    const uk = (sample.match(/[іїєґІЇЄҐ]/g) ?? []).length;
    const ru = (sample.match(/[ыэъёЫЭЪЁ]/g) ?? []).length;
    if (uk > ru) return "uk";
    if (ru > uk) return "ru";
  }
  return lang;
}
/** A language tag from markup ("en-US", "de_DE") reduced to its ISO 639-1 code, or null. */
export function languageCode(tag: string | null | undefined): string | null {
  const m = /^([a-z]{2})(?:[-_]|$)/i.exec((tag ?? "").trim());
  return m ? m[1]!.toLowerCase() : null;
}

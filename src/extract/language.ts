/**
 * A small language guesser: counts each language's frequent function words
 * (data/extract/stopwords.tsv) in the first words of the text; Cyrillic is split into Russian and
 * Ukrainian by the letters only one of them uses.
 */
import { dataRows } from "../data/data-files.js";

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

/** Enough words to decide; the rest of a long article adds time, not certainty. */
const SAMPLE_WORDS = 250;
/** Fewer hits than this is too little evidence for any language. */
const MIN_HITS = 3;

/** Word separators: ASCII non-letters and general punctuation (no Unicode flag: it is slow). */
const NOT_LETTERS_RE = /[\s!-@[-`{-~\u00a0-\u00bf\u2000-\u206f]+/;
/** Characters read: enough for SAMPLE_WORDS words of any language. */
const SAMPLE_CHARS = 3000;

/** The ISO 639-1 code of the text's language, or null when it cannot tell. */
export function detectLanguage(text: string): string | null {
  const counts = new Array<number>(LANGS.length).fill(0);
  // split's limit stops the splitting itself after the sample, not just the reading.
  const words = text.slice(0, SAMPLE_CHARS).toLowerCase().split(NOT_LETTERS_RE, SAMPLE_WORDS);
  for (let i = 0; i < words.length; i++) {
    const langs = WORD_LANGS.get(words[i]!);
    if (langs) for (const li of langs) counts[li]! += 1;
  }
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

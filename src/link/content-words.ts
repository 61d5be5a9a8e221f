/**
 * The words that say what a text is about, as light stems: lower-cased, stopwords dropped,
 * common English suffixes cut so "recognised", "recognition" and "recognizes" meet. Works on
 * the clean text alone, so stored articles (which come back without tokens) link the same way
 * as fresh ones.
 */
import { dataLines } from "../data/data-files.js";

const STOPWORDS = new Set(dataLines("link/stopwords.txt"));
const WORD = /[\p{L}][\p{L}\p{N}'’-]*|\d[\d,.]*\d|\d/gu;
/** Longest first, so "ations" is tried before "s" and "izing" before "ing" ("recognizing" meets "recognized"). */
const SUFFIXES = [
  "isations",
  "izations",
  "isation",
  "ization",
  "ations",
  "ation",
  "itions",
  "ition",
  "ments",
  "ment",
  "ising",
  "izing",
  "ings",
  "ing",
  "ised",
  "ized",
  "ises",
  "izes",
  "ise",
  "ize",
  "ies",
  "ied",
  "ed",
  "es",
  "s",
  "y",
];
/** Stems shorter than this are left whole: cutting "news" or "gas" would merge unrelated words. */
const MIN_STEM = 4;
/** Long words share meaning in their first letters; the cap also folds British/American -ise/-ize. */
const MAX_STEM = 7;

/** The light stem of one lower-cased word. */
export function stem(word: string): string {
  let w = word.replace(/['’]s$/, "");
  for (const suf of SUFFIXES) {
    if (w.length - suf.length >= MIN_STEM && w.endsWith(suf)) {
      w = w.slice(0, -suf.length);
      break;
    }
  }
  return w.length > MAX_STEM ? w.slice(0, MAX_STEM) : w;
}

/** Content stems of `text` in order (numbers kept whole without separators: "150,000" → "150000"). */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0].toLowerCase();
    if (/^\d/.test(raw)) {
      out.push(raw.replace(/[,.]/g, ""));
      continue;
    }
    const word = raw.replace(/['’]s$/, "");
    if (word.length < 3 || STOPWORDS.has(word)) continue;
    out.push(stem(word));
  }
  return out;
}

/**
 * The words of a text that name things: capitalised words away from the start of a sentence
 * (people, places, organisations, ships, storms) and numbers (tolls, magnitudes, years). Two
 * reports of look-alike events (two earthquakes, two shootings) share their common words but
 * rarely their names and figures, so these separate stories that content words alone would glue.
 * Works on clean text alone, so stored articles link the same way as fresh ones.
 */
import { dataLines } from "../data/data-files.js";

const STOPWORDS = new Set(dataLines("link/stopwords.txt"));
/** A capitalised word, or a number with its separators. */
const TOKEN = /[\p{Lu}][\p{L}'’-]*|\d[\d,.]*\d|\d|[.!?:;"“”\n]/gu;
/** After these (or at the start) a capital letter says nothing: it starts a sentence, quote or line. */
const OPENERS = new Set([".", "!", "?", ":", ";", '"', "“", "”", "\n"]);
/** Numbers this short are list markers, days and ages rather than facts that tell events apart. */
const MIN_NUMBER_CHARS = 2;

/** Lower-cased names ("kessin") and numbers ("#12500") of `text`, each as often as it occurs. */
export function nameWords(text: string): string[] {
  const out: string[] = [];
  let opener = true;
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    if (OPENERS.has(t)) {
      opener = true;
      continue;
    }
    const first = t.charCodeAt(0);
    if (first >= 48 && first <= 57) {
      const n = t.replace(/[,.]+$/, "").replace(/,/g, "");
      if (n.length >= MIN_NUMBER_CHARS) out.push("#" + n);
    } else if (!opener) {
      const w = t.toLowerCase().replace(/['’]s$/, "");
      if (w.length > 2 && !STOPWORDS.has(w)) out.push(w);
    }
    opener = false;
  }
  return out;
}

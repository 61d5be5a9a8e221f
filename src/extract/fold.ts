/** Folding text for comparisons (repeated titles, duplicate paragraphs). */

/**
 * Non-word runs, to become single spaces: ASCII punctuation and spaces, general punctuation,
 * quotes and dashes. Written without the Unicode flag, which makes V8 match many times slower on
 * long paragraphs. A lone space is left out (it would be replaced by itself), which spares a match
 * for every word; a run is taken whole from its first character, as `[...]+` takes it.
 */
const NON_WORD_RE =
  /[\s!-/:-@[-`{-~\u00a0-\u00bf\u2000-\u206f\u2e00-\u2e7f\u3000-\u303f]{2,}|[\t-\r!-/:-@[-`{-~\u00a0-\u00bf\u1680\u2000-\u206f\u2e00-\u2e7f\u3000-\u303f\ufeff]/g;

/** Lower case, punctuation and quotes to single spaces: "Ukraine’s  regions!" -> "ukraine s regions". */
export function fold(s: string): string {
  return s.toLowerCase().replace(NON_WORD_RE, " ").trim();
}

/** Folding text for comparisons (repeated titles, duplicate paragraphs). */

/**
 * Non-word runs: ASCII punctuation and spaces, general punctuation, quotes and dashes. Written
 * without the Unicode flag, which makes V8 match many times slower on long paragraphs.
 */
const NON_WORD_RE = /[\s!-/:-@[-`{-~\u00a0-\u00bf\u2000-\u206f\u2e00-\u2e7f\u3000-\u303f]+/g;

/** Lower case, punctuation and quotes to single spaces: "Ukraine’s  regions!" -> "ukraine s regions". */
export function fold(s: string): string {
  return s.toLowerCase().replace(NON_WORD_RE, " ").trim();
}

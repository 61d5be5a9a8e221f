/** Collapsing white space, as `s.replace(/\s+/g, " ")` does, with fewer matches. */

/**
 * White space to collapse: runs of two or more, and single characters other than a space. A
 * single space is left (it would be replaced by itself), which spares a match, and a piece of
 * the new string, for every word of a paragraph; runs are taken whole, as `\s+` takes them.
 */
const SPACE_RUNS_RE = /\s{2,}|[^\S ]/g;

/** Each run of white space as one space: `s.replace(/\s+/g, " ")`. */
export function collapseSpaces(s: string): string {
  return s.replace(SPACE_RUNS_RE, " ");
}

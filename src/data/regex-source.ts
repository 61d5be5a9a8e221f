/**
 * Reading the source of a regular expression kept in a data file, as the matchers that speed up
 * those patterns need it (which alternatives a pattern has, where a group ends). Escapes and
 * character classes are skipped whole, so a `|` or `)` inside `[...]` or after `\` counts for nothing.
 */

/** The index just past the group `(...)` or class `[...]` opening at `i`; the source's length when it never closes. */
export function groupEnd(source: string, i: number): number {
  if (source[i] === "[") {
    for (let j = i + 1; j < source.length; j++) {
      if (source[j] === "\\") j++;
      else if (source[j] === "]") return j + 1;
    }
    return source.length;
  }
  let depth = 0;
  for (let j = i; j < source.length; j++) {
    const c = source[j];
    if (c === "\\") j++;
    else if (c === "[") j = groupEnd(source, j) - 1;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return j + 1;
  }
  return source.length;
}

/** The top-level alternatives of a source: split on each `|` outside groups, classes and escapes. */
export function topAlternatives(source: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "(" || c === "[") i = groupEnd(source, i) - 1;
    else if (c === "|") {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

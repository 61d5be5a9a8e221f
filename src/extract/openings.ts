/**
 * How the matches of a pattern anchored at the start can open (their first characters), read from
 * the pattern's source, and a table to ask it of a text: most paragraphs open otherwise than any
 * boilerplate pattern, and even a failed call of a regular expression costs more than the look-up.
 */
import { groupEnd, topAlternatives } from "../data/regex-source.js";

/** How many characters `openings` reads: two tell most paragraphs apart from every pattern. */
const OPENING_CHARS = 2;
/** Beyond this many openings a pattern is not worth listing (`\d\d` alone is a hundred). */
const MAX_OPENINGS = 4000;
/** Escapes that stand for one character as written (`\.`, `\(`); letters and digits are classes or specials. */
const LITERAL_ESCAPE_RE = /^[^\p{L}\p{N}]$/u;
const DIGITS = [..."0123456789"];
/** A character class of more characters than this is not listed. */
const MAX_CLASS_CHARS = 64;

/**
 * Texts, each of OPENING_CHARS characters (UTF-16 code units) or fewer, one of which every match of
 * the pattern source opens with; null when they cannot be told or a match can be empty. Reads
 * literal characters, escaped punctuation, `\d`, simple classes (`[Ss]`, `[a-c]`), `\b`, `$`,
 * groups, alternatives and quantifiers. At anything else (`.`, `\s`, `\p{...}`, look-arounds) the
 * openings read so far stand, when that is not inside a group.
 */
export function openings(p: string): Set<string> | null {
  const r = prefixes(p, true);
  return r && !r.has("") ? r : null;
}

/** Appends each of `tails` to each of `heads` not yet full, cut to OPENING_CHARS; null when too many. */
function concat(heads: Set<string>, tails: Set<string>): Set<string> | null {
  const out = new Set<string>();
  for (const h of heads) {
    if (h.length >= OPENING_CHARS) out.add(h);
    else for (const t of tails) out.add((h + t).slice(0, OPENING_CHARS));
    if (out.size > MAX_OPENINGS) return null;
  }
  return out;
}

/** The characters of a class `[...]` without negation, escapes of letters or long ranges; else null. */
function classChars(body: string): Set<string> | null {
  if (body.startsWith("^")) return null;
  const out = new Set<string>();
  for (let i = 0; i < body.length; i++) {
    let c = body[i]!;
    if (c === "\\") {
      c = body[++i] ?? "";
      if (c === "d") {
        for (const d of DIGITS) out.add(d);
        continue;
      }
      if (!LITERAL_ESCAPE_RE.test(c)) return null;
    }
    if (body[i + 1] === "-" && i + 2 < body.length) {
      const to = body[i + 2]!;
      if (to === "\\") return null;
      const [a, b] = [c.charCodeAt(0), to.charCodeAt(0)];
      if (b < a || b - a > MAX_CLASS_CHARS) return null;
      for (let k = a; k <= b; k++) out.add(String.fromCharCode(k));
      i += 2;
    } else out.add(c);
    if (out.size > MAX_CLASS_CHARS) return null;
  }
  return out;
}

/**
 * The openings of a source, "" among them when a match can be empty; null when unknown. `top`: the
 * source is the whole pattern, nothing follows it, so reading may stop at what it cannot read.
 */
function prefixes(p: string, top: boolean): Set<string> | null {
  const alts = topAlternatives(p);
  if (alts.length > 1) {
    const out = new Set<string>();
    for (const a of alts) {
      const r = prefixes(a, top);
      if (!r) return null;
      for (const x of r) out.add(x);
    }
    return out;
  }
  let acc: Set<string> | null = new Set([""]);
  for (let i = 0; i < p.length && acc;) {
    // What follows cannot change openings that are full already.
    if ([...acc].every((x) => x.length >= OPENING_CHARS)) return acc;
    const c = p[i]!;
    let atom: Set<string> | null = null;
    let next = i + 1;
    if (c === "\\") {
      const e = p[i + 1] ?? "";
      next = i + 2;
      if (e === "b" || e === "B") atom = new Set([""]);
      else if (e === "d") atom = new Set(DIGITS);
      else if (LITERAL_ESCAPE_RE.test(e)) atom = new Set([e]);
    } else if (c === "(") {
      next = groupEnd(p, i);
      const inner = p.slice(i + 1, next - 1);
      if (!inner.startsWith("?") || inner.startsWith("?:"))
        atom = prefixes(inner.startsWith("?:") ? inner.slice(2) : inner, false);
    } else if (c === "[") {
      next = groupEnd(p, i);
      atom = classChars(p.slice(i + 1, next - 1));
    } else if (c === "$") atom = new Set([""]);
    else if (!".^|)*+?{".includes(c)) atom = new Set([c]);
    // Every match opens with one of the openings read so far; a group's caller reads on after it.
    if (!atom) return top ? acc : null;
    // A quantifier after the atom (and the "?" that makes it lazy): an optional atom may be
    // left out, a repeated one taken again (twice covers OPENING_CHARS characters).
    const q = p[next];
    const optional = q === "?" || q === "*" || (q === "{" && /^\{0*[,}]|^\{0+,/.test(p.slice(next)));
    const repeated = q === "*" || q === "+" || q === "{";
    if (q === "{") next = p.indexOf("}", next) + 1 || p.length;
    else if (q === "?" || repeated) next++;
    if ((q === "?" || repeated) && p[next] === "?") next++;
    if (repeated) {
      const twice = concat(atom, atom);
      if (!twice) return top ? acc : null;
      for (const x of twice) atom.add(x);
    }
    if (optional) atom.add("");
    acc = concat(acc, atom);
    i = next;
  }
  return acc;
}

/**
 * Openings as bit tables of their characters' low bytes: one character (matches that short, or
 * openings read no further) and two. Characters sharing a low byte share a bit, which only lets a
 * text through to the pattern.
 */
export interface OpeningTable {
  one: Uint8Array;
  two: Uint8Array;
}

function pairIndex(a: number, b: number): number {
  return ((a & 0xff) << 8) | (b & 0xff);
}

export function openingTable(opens: Iterable<string>): OpeningTable {
  const t: OpeningTable = { one: new Uint8Array(0x100), two: new Uint8Array(0x10000) };
  for (const o of opens) {
    if (o.length === 1) t.one[o.charCodeAt(0) & 0xff] = 1;
    else t.two[pairIndex(o.charCodeAt(0), o.charCodeAt(1))] = 1;
  }
  return t;
}

/**
 * Whether `s` may open with one of the openings (no string is cut out: this runs for every
 * paragraph); always when there is no table (openings not told).
 */
export function mayOpenWith(t: OpeningTable | null, s: string): boolean {
  if (!t) return true;
  if (!s) return false;
  const a = s.charCodeAt(0);
  return t.one[a & 0xff] === 1 || (s.length > 1 && t.two[pairIndex(a, s.charCodeAt(1))] === 1);
}

/**
 * A table for an anchored pattern's source (`^...`) run with `flags`, or null when it cannot be
 * told. Case-insensitive patterns are read for ASCII openings only: without the Unicode flag those
 * match their ASCII case partners alone; with it, also the two characters that fold to an ASCII
 * letter (see UNICODE_PARTNERS).
 */
export function anchoredTable(source: string, flags = ""): OpeningTable | null {
  if (!source.startsWith("^")) return null;
  let o = openings(source.slice(1));
  if (o && flags.includes("i")) o = bothCases(o, flags.includes("u"));
  return o ? openingTable(o) : null;
}

/**
 * Characters beyond ASCII that a case-insensitive Unicode pattern matches for an ASCII letter:
 * the Kelvin sign and the long s, the only ones whose simple case folding is an ASCII letter.
 */
const UNICODE_PARTNERS: Record<string, string> = { k: "\u212a", s: "\u017f" };

/**
 * Each opening in every mix of upper and lower case (and, for a Unicode pattern, of the partners
 * beyond ASCII); null when one has a character beyond ASCII.
 */
function bothCases(opens: Set<string>, unicode: boolean): Set<string> | null {
  const out = new Set<string>();
  for (const o of opens) {
    let variants = [""];
    for (const c of o) {
      if (c.charCodeAt(0) > 0x7f) return null;
      const partner = unicode ? UNICODE_PARTNERS[c.toLowerCase()] : undefined;
      const cases = [...new Set([c.toLowerCase(), c.toUpperCase(), ...(partner ? [partner] : [])])];
      variants = variants.flatMap((v) => cases.map((x) => v + x));
    }
    for (const v of variants) out.add(v);
  }
  return out;
}

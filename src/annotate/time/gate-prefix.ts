/**
 * Which regexes could match at a position, judged from the next characters: tables built once
 * from the regexes' sources, one by the next three characters and one, hashed, by four. Scanning
 * a text with them is a plain loop over character codes, much cheaper than running a union of
 * the regexes at every word boundary; each regex the tables admit is then tried at that position
 * alone (for the time rules' gates, about 55 tries in a 1,500-character article).
 *
 * The tables only ever say too much, never too little: whatever in a source they cannot read
 * (an optional or repeated atom, a backreference, an unusual escape) counts as "any character
 * from here on", and zero-width assertions other than a leading `\b` are left out (which only
 * widens what the source is taken to match). Letters count in either case, so the flags `i` and
 * `u`-less case folding need no special handling: without `u`, no non-ASCII character folds to
 * an ASCII one.
 */
import { groupEnd, topAlternatives } from "../../data/regex-source.js";

/** How many characters of a match the table looks at; a second, hashed table looks at one more. */
const DEPTH = 3;
const DEPTH4 = 4;
/** The slots of the hashed table of four characters (two keys sharing one share their bits, which only admits more). */
const SLOT_BITS = 16;
/** a-z (either case) are 0-25, digits 26-35; 36 is any other character and the end of the text. */
const OTHER = 36;
const SYMBOLS = 37;
const KEYS = SYMBOLS ** DEPTH;

const SYMBOL = new Uint8Array(128).fill(OTHER);
const WORD = new Uint8Array(128);
for (let c = 0; c < 26; c++) {
  SYMBOL[97 + c] = SYMBOL[65 + c] = c;
  WORD[97 + c] = WORD[65 + c] = 1;
}
for (let c = 0; c < 10; c++) {
  SYMBOL[48 + c] = 26 + c;
  WORD[48 + c] = 1;
}
WORD[95] = 1; // "_" is a word character for \b, though its symbol is OTHER.

function symbolOf(code: number): number {
  return code < 128 ? SYMBOL[code]! : OTHER;
}

/** A set of symbols, 1 at the members. */
type SymbolSet = Uint8Array;

function setOf(...symbols: number[]): SymbolSet {
  const s = new Uint8Array(SYMBOLS);
  for (const x of symbols) s[x] = 1;
  return s;
}
const ALL = new Uint8Array(SYMBOLS).fill(1);
const DIGITS = setOf(26, 27, 28, 29, 30, 31, 32, 33, 34, 35);
const SPACE = setOf(OTHER);

/** The first symbols a match may run through; `open`: any characters may follow them. */
interface Path {
  sets: SymbolSet[];
  open: boolean;
}

/** More paths than this and a source counts as matching anything (never reached by the gates). */
const MAX_PATHS = 4096;
const ANYTHING: Path[] = [{ sets: [], open: true }];

/** The paths of an alternation. */
function pathsOf(source: string, depth: number): Path[] {
  const out: Path[] = [];
  for (const alt of topAlternatives(source)) {
    out.push(...sequencePaths(alt, depth));
    if (out.length > MAX_PATHS) return ANYTHING;
  }
  return out;
}

/** The symbols of a single-character escape (`\d`, `\.`) or null for one that is no character class. */
function escapeSet(c: string): SymbolSet | null {
  if (c === "d") return DIGITS;
  if (c === "w" || c === "D" || c === "W" || c === "S") return ALL;
  if (/^[snrtfv]$/.test(c)) return SPACE;
  // Escaped punctuation stands for itself; letters and digits may be anything (\p, \u, \x, \1).
  return /^[A-Za-z0-9]$/.test(c) ? null : setOf(symbolOf(c.charCodeAt(0)));
}

/** The symbols of a character class `[...]` (its source with the brackets). */
function classSet(cls: string): SymbolSet {
  if (cls.startsWith("[^")) return ALL;
  const set = new Uint8Array(SYMBOLS);
  const body = cls.slice(1, -1);
  let i = 0;
  while (i < body.length) {
    let lo: number;
    if (body[i] === "\\") {
      const e = body[i + 1] ?? "";
      i += 2;
      // A letter escape (\d, \s) is a set of its own; escaped punctuation is that character.
      if (/^[A-Za-z0-9]$/.test(e)) {
        const escaped = escapeSet(e);
        if (!escaped) return ALL;
        for (let s = 0; s < SYMBOLS; s++) set[s] ||= escaped[s]!;
        continue;
      }
      lo = e.charCodeAt(0);
    } else lo = body.charCodeAt(i++);
    let hi = lo;
    if (body[i] === "-" && i + 1 < body.length) {
      if (body[i + 1] === "\\") return ALL;
      hi = body.charCodeAt(i + 1);
      i += 2;
    }
    for (let c = lo; c <= hi; c++) {
      set[symbolOf(c)] = 1;
      if (c >= 128) break;
    }
  }
  return set;
}

/** The paths of one alternative: its atoms in turn, until DEPTH symbols or an atom it cannot follow. */
function sequencePaths(seq: string, depth: number): Path[] {
  let paths: Path[] = [{ sets: [], open: false }];
  let i = 0;
  while (i < seq.length && paths.some((p) => !p.open && p.sets.length < depth)) {
    const c = seq[i]!;
    let atom: Path[] | null;
    let end: number;
    if (c === "(") {
      end = groupEnd(seq, i);
      const inner = seq.slice(i + 1, end - 1);
      // Lookarounds only narrow a match: left out, they widen it.
      if (/^\?(?:=|!|<=|<!)/.test(inner)) atom = null;
      else atom = pathsOf(inner.replace(/^\?(?::|<[A-Za-z_$][\w$]*>)/, ""), depth);
    } else if (c === "[") {
      end = groupEnd(seq, i);
      atom = [{ sets: [classSet(seq.slice(i, end))], open: false }];
    } else if (c === "\\") {
      end = i + 2;
      const e = seq[i + 1] ?? "";
      if (e === "b" || e === "B") atom = null;
      else {
        const set = escapeSet(e);
        atom = set ? [{ sets: [set], open: false }] : ANYTHING;
      }
    } else if (c === "^" || c === "$") {
      end = i + 1;
      atom = null;
    } else {
      end = i + 1;
      atom = [{ sets: [c === "." ? ALL : setOf(symbolOf(c.charCodeAt(0)))], open: false }];
    }
    // A quantifier: with none the atom is taken once, with "?" once or not at all; a repeated
    // one is taken as often as it must be, and then ends what is known.
    const q = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/.exec(seq.slice(end));
    if (q) end += q[0].length;
    if (atom && q?.[0][0] === "?") paths = [...paths, ...concat(paths, atom, depth)];
    else {
      const min = !q ? 1 : q[0][0] === "+" ? 1 : q[1] !== undefined ? Number(q[1]) : 0;
      if (atom && min > 0) paths = concat(paths, atom, depth);
      if (q) paths = paths.map((p) => ({ sets: p.sets, open: true }));
    }
    if (paths.length > MAX_PATHS) return ANYTHING;
    i = end;
  }
  return paths;
}

function concat(paths: Path[], atom: Path[], depth: number): Path[] {
  const out: Path[] = [];
  for (const p of paths) {
    if (p.open || p.sets.length >= depth) out.push(p);
    else for (const a of atom) out.push({ sets: [...p.sets, ...a.sets].slice(0, depth), open: a.open });
  }
  return out;
}

/** For each key (the symbols of DEPTH characters), the regexes that may match there, as bits. */
export interface PrefixTable {
  /** How many 32-bit words of bits each key has. */
  words: number;
  /** Matches that open on a `\b` and a word character: only tried where a word starts. */
  atWordStart: Int32Array;
  /** Matches that may start anywhere. */
  anywhere: Int32Array;
  /** The first symbols of the `anywhere` matches (1 at them). */
  anywhereFirst: Uint8Array;
  /** By the slot of four characters' key, the regexes that may match there (a second filter). */
  fourth: Int32Array;
  /** The regexes the second filter cannot judge (a match may be known by fewer than three characters). */
  unfiltered: Int32Array;
}

/** The slot of the key of four symbols in `fourth` (a multiplicative hash). */
function slotOf(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> (32 - SLOT_BITS);
}

/** The table of some regexes (the i-th is bit i). */
export function prefixTable(sources: readonly string[]): PrefixTable {
  const words = Math.max(1, Math.ceil(sources.length / 32));
  const table: PrefixTable = {
    words,
    atWordStart: new Int32Array(KEYS * words),
    anywhere: new Int32Array(KEYS * words),
    anywhereFirst: new Uint8Array(SYMBOLS),
    fourth: new Int32Array((1 << SLOT_BITS) * words),
    unfiltered: new Int32Array(words),
  };
  sources.forEach((source, r) => {
    for (let alt of topAlternatives(source)) {
      let bounded = false;
      while (alt.startsWith("\\b")) {
        alt = alt.slice(2);
        bounded = true;
      }
      for (const path of sequencePaths(alt, DEPTH)) {
        const first = path.sets[0] ?? ALL;
        // A \b before a word character means no word character before it.
        const atWordStart = bounded && !first[OTHER];
        if (!atWordStart) for (let s = 0; s < SYMBOLS; s++) table.anywhereFirst[s] ||= first[s]!;
        markKeys(atWordStart ? table.atWordStart : table.anywhere, words, r, path.sets);
      }
      for (const path of sequencePaths(alt, DEPTH4)) {
        if (path.sets.length < DEPTH) table.unfiltered[r >> 5]! |= 1 << (r & 31);
        else markSlots(table.fourth, words, r, path.sets);
      }
    }
  });
  return table;
}

function markSlots(bits: Int32Array, words: number, r: number, sets: readonly SymbolSet[]): void {
  const [a = ALL, b = ALL, c = ALL, d = ALL] = sets;
  for (let x = 0; x < SYMBOLS; x++)
    for (let y = 0; a[x] && y < SYMBOLS; y++)
      for (let z = 0; b[y] && z < SYMBOLS; z++)
        for (let v = 0; c[z] && v < SYMBOLS; v++)
          if (d[v]) bits[slotOf(((x * SYMBOLS + y) * SYMBOLS + z) * SYMBOLS + v) * words + (r >> 5)]! |= 1 << (r & 31);
}

function markKeys(bits: Int32Array, words: number, r: number, sets: readonly SymbolSet[]): void {
  const [a = ALL, b = ALL, c = ALL] = sets;
  const word = r >> 5;
  const bit = 1 << (r & 31);
  for (let x = 0; x < SYMBOLS; x++) {
    if (!a[x]) continue;
    for (let y = 0; y < SYMBOLS; y++) {
      if (!b[y]) continue;
      for (let z = 0; z < SYMBOLS; z++) if (c[z]) bits[((x * SYMBOLS + y) * SYMBOLS + z) * words + word]! |= bit;
    }
  }
}

/** The symbol of the character at `p`, OTHER past the end. */
function symbolAt(text: string, p: number): number {
  return p < text.length ? symbolOf(text.charCodeAt(p)) : OTHER;
}

/** Per ASCII character (and 128 for any other): 1 if a word character, 2 if an `anywhere` match may start on it. */
function characterFlags(table: PrefixTable): Uint8Array {
  const flags = new Uint8Array(129);
  for (let c = 0; c <= 128; c++) flags[c] = (c < 128 && WORD[c] ? 1 : 0) | (table.anywhereFirst[symbolOf(c)] ? 2 : 0);
  return flags;
}
const FLAGS = new WeakMap<PrefixTable, Uint8Array>();

/**
 * The positions of `text` where some regex of the table may match, in text order, each followed
 * by its bits (`table.words` numbers; bit i set when the i-th regex may match there). The loop
 * looks the tables up where a word starts, and elsewhere only on a character an `anywhere` match
 * may start with (a digit, for `\d0s`); the rest of a word is stepped over with one test a character.
 */
export function prefixHits(table: PrefixTable, text: string): number[] {
  let flags = FLAGS.get(table);
  if (!flags) FLAGS.set(table, (flags = characterFlags(table)));
  const out: number[] = [];
  const n = text.length;
  let p = 0;
  while (p < n) {
    let code = text.charCodeAt(p);
    let f = flags[code < 128 ? code : 128]!;
    if (f & 1) {
      // A word starts here (the character before, if any, was no word character).
      lookUp(table, text, p, code, true, (f & 2) === 2, out);
      for (p++; p < n; p++) {
        code = text.charCodeAt(p);
        f = flags[code < 128 ? code : 128]!;
        if (!(f & 1)) break;
        if (f & 2) lookUp(table, text, p, code, false, true, out);
      }
      if (p === n) break;
    }
    if (f & 2) lookUp(table, text, p, code, false, true, out);
    p++;
  }
  return out;
}

/** Adds position p and its bits to `out` when some regex may match there. */
function lookUp(
  table: PrefixTable,
  text: string,
  p: number,
  code: number,
  wordStart: boolean,
  anywhereToo: boolean,
  out: number[],
): void {
  const { atWordStart, anywhere, fourth, unfiltered, words } = table;
  const key = (symbolOf(code) * SYMBOLS + symbolAt(text, p + 1)) * SYMBOLS + symbolAt(text, p + 2);
  const at = key * words;
  let any = 0;
  for (let w = 0; w < words; w++) any |= (wordStart ? atWordStart[at + w]! : 0) | (anywhereToo ? anywhere[at + w]! : 0);
  if (!any) return;
  const slot = slotOf(key * SYMBOLS + symbolAt(text, p + 3)) * words;
  any = 0;
  for (let w = 0; w < words; w++)
    any |=
      ((wordStart ? atWordStart[at + w]! : 0) | (anywhereToo ? anywhere[at + w]! : 0)) &
      (fourth[slot + w]! | unfiltered[w]!);
  if (!any) return;
  out.push(p);
  for (let w = 0; w < words; w++)
    out.push(
      ((wordStart ? atWordStart[at + w]! : 0) | (anywhereToo ? anywhere[at + w]! : 0)) &
        (fourth[slot + w]! | unfiltered[w]!),
    );
}

/**
 * Whether every match of `source` opens on a letter or digit right after a character that is no
 * word character: each top-level alternative starts with a negative lookbehind of a class holding
 * `\w` (`(?<![\w-])`) and then a letter or digit. A `\b` before such a source changes none of its
 * matches, and lets the regex engine skip the positions inside words quickly.
 */
export function opensOnWordStart(source: string): boolean {
  for (const alt of topAlternatives(source)) {
    if (!alt.startsWith("(?<![") || alt.startsWith("(?<![^")) return false;
    const classEnd = groupEnd(alt, 4);
    if (!alt.slice(4, classEnd).includes("\\w") || !/^[)|]/.test(alt.slice(classEnd))) return false;
  }
  return pathsOf(source, 1).every((p) => p.sets.length > 0 && !p.sets[0]![OTHER]);
}

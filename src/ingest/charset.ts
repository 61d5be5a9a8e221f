import { dataRecords } from "../data/data-files.js";

/**
 * Which character encoding a document's bytes are in: a byte-order mark, then what the transport
 * said (HTTP or WARC Content-Type), then what the document declares (<meta charset>, http-equiv,
 * the XML declaration), else a cheap guess from the bytes themselves.
 */

/** How the encoding was found: "guessed" is worth telling the user about. */
export type CharsetVia = "bom" | "header" | "declared" | "utf-8" | "guessed";

export interface Charset {
  /** A WHATWG encoding label TextDecoder accepts. */
  label: string;
  via: CharsetVia;
}

/** How many bytes of a document's head to search for a declaration (the HTML spec prescans 1024). */
const PRESCAN_BYTES = 4096;
/** How many bytes the guess looks at: enough for the statistics, cheap on large pages. */
const GUESS_BYTES = 64 * 1024;

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i;
const HEADER_CHARSET = /;\s*charset\s*=\s*["']?([\w.:-]+)/i;

const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });

/** The canonical name of a label TextDecoder knows, or null (so an unknown label is ignored, not fatal). */
export function knownLabel(label: string | undefined | null): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
}

/** The charset parameter of a Content-Type header value. */
export function headerCharset(contentType: string | undefined | null): string | null {
  return knownLabel(contentType ? HEADER_CHARSET.exec(contentType)?.[1] : null);
}

/** The encoding a byte-order mark announces, with the mark's length. */
export function bomCharset(b: Uint8Array): { label: string; length: number } | null {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { label: "utf-8", length: 3 };
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { label: "utf-16le", length: 2 };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { label: "utf-16be", length: 2 };
  return null;
}

/** The encoding a page or feed declares in its first bytes (meta charset, http-equiv, XML declaration). */
export function declaredCharset(b: Uint8Array): string | null {
  const head = latin1(b.subarray(0, PRESCAN_BYTES));
  const label = XML_ENCODING.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1];
  // A page saved as UTF-16 cannot truly declare itself in ASCII; browsers read such a meta as UTF-8.
  const known = knownLabel(label);
  return known && known.startsWith("utf-16") ? "utf-8" : known;
}

/**
 * The encoding of a document. A declared single-byte charset loses to bytes that are valid
 * UTF-8 with multi-byte sequences in them: legacy text is practically never valid UTF-8 by
 * chance, while pages that re-encoded to UTF-8 and kept an old meta tag are common.
 */
export function detectCharset(b: Uint8Array, opts: { header?: string | null; markup: boolean }): Charset {
  const bom = bomCharset(b);
  if (bom) return { label: bom.label, via: "bom" };
  const header = opts.header ? knownLabel(opts.header) : null;
  const declared = opts.markup ? declaredCharset(b) : null;
  const stated = header ?? declared;
  if (stated && stated !== "utf-8") {
    if (isSingleByte(stated) && hasMultiByteUtf8(b)) return { label: "utf-8", via: "utf-8" };
    return { label: stated, via: header ? "header" : "declared" };
  }
  if (stated === "utf-8") return { label: "utf-8", via: header ? "header" : "declared" };
  if (isUtf8(b)) return { label: "utf-8", via: "utf-8" };
  return { label: guessLegacy(b.subarray(0, GUESS_BYTES)), via: "guessed" };
}

/** Whether the bytes are entirely valid UTF-8. */
export function isUtf8(b: Uint8Array): boolean {
  try {
    STRICT_UTF8.decode(b);
    return true;
  } catch {
    return false;
  }
}

function hasMultiByteUtf8(b: Uint8Array): boolean {
  let high = false;
  for (let i = 0; i < b.length; i++) {
    if (b[i]! >= 0x80) {
      high = true;
      break;
    }
  }
  return high && isUtf8(b);
}

const SINGLE_BYTE = /^(windows-125\d|iso-8859-\d+|koi8-[ru]|ibm866|macintosh|x-mac-cyrillic)$/;
function isSingleByte(label: string): boolean {
  return SINGLE_BYTE.test(label);
}

/** Single-byte Latin candidates in order of preference: the first wins a tie. */
const LATIN_CANDIDATES = ["windows-1252", "iso-8859-2", "windows-1250", "iso-8859-15"];
const CJK_CANDIDATES = ["shift_jis", "euc-jp", "gbk", "euc-kr", "big5"];
const LETTER = /\p{L}/u;
/** Each script's most frequent characters: EUC-KR, GBK and Big5 share one byte structure, so frequency decides. */
const COMMON = new Map(
  dataRecords("ingest/cjk-common-chars.tsv").map((r) => [r.script!, new Set([...r.characters!])] as const),
);
const COMMON_BY_LABEL: Record<string, Set<string>> = {
  shift_jis: COMMON.get("ja")!,
  "euc-jp": COMMON.get("ja")!,
  gbk: COMMON.get("zh-hans")!,
  big5: COMMON.get("zh-hant")!,
  "euc-kr": COMMON.get("ko")!,
};

/**
 * A guess between legacy encodings for bytes that are not UTF-8. Cyrillic text is mostly high
 * bytes, and its most frequent letters (о е а и н) sit in 0xE0–0xFF in windows-1251 but in
 * 0xC0–0xDF in KOI8-R. Double-byte East Asian text is high bytes in pairs, decoded by whichever
 * candidate decodes cleanly with the most characters of its script. Latin text has a few high
 * bytes between ASCII letters: the candidate that makes letters of them (not symbols or C1
 * controls) wins.
 */
export function guessLegacy(b: Uint8Array): string {
  let high = 0;
  let asciiLetters = 0;
  let upperHalf = 0; // 0xE0–0xFF
  let lowerHalf = 0; // 0xC0–0xDF
  let pairs = 0;
  for (let i = 0; i < b.length; i++) {
    const x = b[i]!;
    if (x >= 0x80) {
      high++;
      if (x >= 0xe0) upperHalf++;
      else if (x >= 0xc0) lowerHalf++;
      if (i + 1 < b.length && b[i + 1]! >= 0x40 && x >= 0x81 && x <= 0xfe) pairs++;
    } else if ((x | 0x20) >= 0x61 && (x | 0x20) <= 0x7a) asciiLetters++;
  }
  if (high === 0) return "windows-1252";
  const letters = high + asciiLetters;
  if (high / letters > 0.3) {
    const cjk = bestCjk(b);
    if (cjk) return cjk;
    return upperHalf >= lowerHalf ? "windows-1251" : "koi8-r";
  }
  if (pairs > 0 && high / letters > 0.15) {
    const cjk = bestCjk(b);
    if (cjk) return cjk;
  }
  return bestLatin(b);
}

function bestCjk(b: Uint8Array): string | null {
  let best: string | null = null;
  let bestScore = 0.35; // below this, it is not East Asian text
  for (const label of CJK_CANDIDATES) {
    let text: string;
    try {
      text = new TextDecoder(label, { fatal: true }).decode(b);
    } catch {
      continue;
    }
    const common = COMMON_BY_LABEL[label]!;
    let nonAscii = 0;
    let script = 0;
    let frequent = 0;
    for (const ch of text) {
      const c = ch.codePointAt(0)!;
      if (c < 0x80) continue;
      nonAscii++;
      if (inScript(label, c)) script++;
      if (common.has(ch)) frequent++;
    }
    // Text in its own encoding has a good share of its script's most frequent characters;
    // the same bytes read in a sibling encoding give rare characters.
    const score = nonAscii ? (script + 2 * frequent) / (3 * nonAscii) : 0;
    if (score > bestScore) [best, bestScore] = [label, score];
  }
  return best;
}

function inScript(label: string, c: number): boolean {
  const han = c >= 0x4e00 && c <= 0x9fff;
  const punct = (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff5e);
  if (label === "shift_jis" || label === "euc-jp") {
    // Kana are what tell Japanese from Chinese decoded by mistake.
    return (c >= 0x3040 && c <= 0x30ff) || han || punct;
  }
  if (label === "euc-kr") return (c >= 0xac00 && c <= 0xd7af) || punct;
  return han || punct;
}

function bestLatin(b: Uint8Array): string {
  let best = LATIN_CANDIDATES[0]!;
  let bestScore = -Infinity;
  for (const label of LATIN_CANDIDATES) {
    const text = new TextDecoder(label).decode(b);
    let score = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) continue;
      if (c < 0xa0 || c === 0xfffd) score -= 5;
      else if (LETTER.test(text[i]!)) score += 1;
      else if (LETTER.test(text[i - 1] ?? "") && LETTER.test(text[i + 1] ?? "")) score -= 2;
    }
    if (score > bestScore) [best, bestScore] = [label, score];
  }
  return best;
}

function latin1(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("latin1");
}

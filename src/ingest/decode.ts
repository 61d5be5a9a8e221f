import { detectCharset, isUtf8, type CharsetVia } from "./charset.js";

/** Why a file's bytes cannot be read as text. */
export type DecodeProblem = "empty file" | "binary file (contains NUL bytes)" | "binary file (control characters)";

/** How far into a file to look for NUL bytes: binaries show them early; text never has them. */
const BINARY_SNIFF_BYTES = 8192;
/** More control characters than this share of the sniffed bytes is a binary, not a legacy-encoded text. */
const MAX_CONTROL_SHARE = 0.05;

export interface Decoded {
  text: string;
  /** The encoding used; `guessed` when nothing declared it and the bytes were not UTF-8. */
  charset: string;
  via: CharsetVia;
}

/**
 * The text of a document's bytes, or why there is none. `header` is the charset the transport
 * stated (HTTP or WARC Content-Type); HTML and feeds may declare one in their first bytes.
 */
export function decodeBytes(
  bytes: Uint8Array,
  format: "text" | "html" | "xml",
  header?: string | null,
): Decoded | { problem: DecodeProblem } {
  if (bytes.length === 0 || isBlank(bytes)) return { problem: "empty file" };
  const cs = detectCharset(bytes, { header, markup: format !== "text" });
  if (!cs.label.startsWith("utf-16")) {
    const head = bytes.subarray(0, BINARY_SNIFF_BYTES);
    if (head.includes(0)) return { problem: "binary file (contains NUL bytes)" };
    if (controlShare(head) > MAX_CONTROL_SHARE) return { problem: "binary file (control characters)" };
  }
  // TextDecoder drops a BOM of its own encoding.
  const text =
    cs.label === "utf-8" && cs.via !== "utf-8" && cs.via !== "bom" && !isUtf8(bytes)
      ? decodeMixedUtf8(bytes)
      : new TextDecoder(cs.label).decode(bytes);
  return { text, charset: cs.label, via: cs.via };
}

/** The issue message of a document whose encoding had to be guessed. */
export function guessedCharsetMessage(charset: string): string {
  return `not valid UTF-8 and no charset declared: decoded as ${charset}`;
}

const UTF8 = new TextDecoder("utf-8");
const CP1252 = new TextDecoder("windows-1252");

/**
 * UTF-8 with stray single-byte characters in it, as pages assembled from a UTF-8 body and a
 * Latin-1 template are: the valid runs as UTF-8, each invalid byte as windows-1252 (what it
 * almost always is), instead of the replacement characters a browser would show.
 */
export function decodeMixedUtf8(b: Uint8Array): string {
  let out = "";
  let run = 0;
  let i = 0;
  while (i < b.length) {
    const n = utf8SequenceLength(b, i);
    if (n > 0) {
      i += n;
      continue;
    }
    out += UTF8.decode(b.subarray(run, i)) + CP1252.decode(b.subarray(i, i + 1));
    i++;
    run = i;
  }
  return out + UTF8.decode(b.subarray(run));
}

/** The length of the valid UTF-8 sequence at `i`, or 0 if the byte there does not start one. */
function utf8SequenceLength(b: Uint8Array, i: number): number {
  const x = b[i]!;
  if (x < 0x80) return 1;
  const n = x >= 0xc2 && x <= 0xdf ? 2 : x >= 0xe0 && x <= 0xef ? 3 : x >= 0xf0 && x <= 0xf4 ? 4 : 0;
  if (!n || i + n > b.length) return 0;
  for (let k = 1; k < n; k++) if ((b[i + k]! & 0xc0) !== 0x80) return 0;
  const y = b[i + 1]!;
  // Overlong forms, surrogates and code points beyond U+10FFFF.
  if ((x === 0xe0 && y < 0xa0) || (x === 0xed && y > 0x9f) || (x === 0xf0 && y < 0x90) || (x === 0xf4 && y > 0x8f))
    return 0;
  return n;
}

function controlShare(b: Uint8Array): number {
  let n = 0;
  for (const x of b) if (x < 0x20 && x !== 0x09 && x !== 0x0a && x !== 0x0d && x !== 0x0c && x !== 0x1b) n++;
  return b.length ? n / b.length : 0;
}

function isBlank(b: Uint8Array): boolean {
  for (const x of b) if (x !== 0x20 && x !== 0x0a && x !== 0x0d && x !== 0x09) return false;
  return true;
}

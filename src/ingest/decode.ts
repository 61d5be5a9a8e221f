/** Why a file's bytes cannot be read as text. */
export type DecodeProblem = "empty file" | "binary file (contains NUL bytes)" | "not valid UTF-8";

const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });
/** How far into a file to look for NUL bytes: binaries show them early; text never has them. */
const BINARY_SNIFF_BYTES = 8192;
/** A charset declared in the first bytes of an HTML page (<meta charset> or http-equiv). */
const DECLARED_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

/** The text of a file's bytes, or why there is none. HTML pages may declare another charset. */
export function decodeBytes(bytes: Uint8Array, format: "text" | "html"): { text: string } | { problem: DecodeProblem } {
  if (bytes.length === 0 || isBlank(bytes)) return { problem: "empty file" };
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { problem: "binary file (contains NUL bytes)" };
  const start = hasBom(bytes) ? 3 : 0;
  if (format === "html") {
    const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
    const label = DECLARED_CHARSET.exec(head)?.[1]?.toLowerCase();
    if (label && label !== "utf-8" && label !== "utf8") {
      try {
        return { text: new TextDecoder(label).decode(bytes) };
      } catch {
        // An unknown label falls through to UTF-8, the web's default.
      }
    }
  }
  try {
    return { text: STRICT_UTF8.decode(bytes.subarray(start)) };
  } catch {
    return { problem: "not valid UTF-8" };
  }
}

function hasBom(b: Uint8Array): boolean {
  return b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
}

function isBlank(b: Uint8Array): boolean {
  for (const x of b) if (x !== 0x20 && x !== 0x0a && x !== 0x0d && x !== 0x09) return false;
  return true;
}

import { createHash } from "node:crypto";

/** A short stable id from some strings (SHA-1, hex, 16 chars): same input, same id, any run. */
export function stableId(prefix: string, ...parts: string[]): string {
  return prefix + createHash("sha1").update(parts.join("\u0000")).digest("hex").slice(0, 16);
}

/** FNV-1a, 32 bits: a fast, well-spread hash for shingles. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

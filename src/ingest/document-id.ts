import { createHash } from "node:crypto";

/** A stable id for a document without one of its own: the first 16 hex digits of the SHA-256 of its bytes. */
export function contentId(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex").slice(0, 16);
}

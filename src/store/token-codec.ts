import type { Token } from "../model/schema.js";

// Tokens are the bulk of an analysed article (one object per word); stored as JSON they would
// triple its size. Offsets go in a flat Int32 array and tags in two separator-joined strings.
const FIELD = "\u001f";
const PART = "\u001e";

/** Packs tokens into one buffer: a count, start/end pairs, then "pos…␞lemma…" in UTF-8. */
export function encodeTokens(tokens: readonly Token[]): Buffer {
  const n = tokens.length;
  const offsets = new Int32Array(1 + 2 * n);
  offsets[0] = n;
  const pos = new Array<string>(n);
  const lemma = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    offsets[1 + 2 * i] = t.start;
    offsets[2 + 2 * i] = t.end;
    pos[i] = t.pos;
    lemma[i] = t.lemma;
  }
  const tags = Buffer.from(pos.join(FIELD) + PART + lemma.join(FIELD), "utf8");
  return Buffer.concat([Buffer.from(offsets.buffer, offsets.byteOffset, offsets.byteLength), tags]);
}

/** Unpacks what encodeTokens packed. */
export function decodeTokens(buf: Uint8Array): Token[] {
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  const n = b.readInt32LE(0);
  const tagsAt = 4 * (1 + 2 * n);
  const tags = b.toString("utf8", tagsAt);
  const split = tags.indexOf(PART);
  const pos = n ? tags.slice(0, split).split(FIELD) : [];
  const lemma = n ? tags.slice(split + 1).split(FIELD) : [];
  const tokens = new Array<Token>(n);
  for (let i = 0; i < n; i++) {
    tokens[i] = {
      start: b.readInt32LE(4 * (1 + 2 * i)),
      end: b.readInt32LE(4 * (2 + 2 * i)),
      pos: pos[i]!,
      lemma: lemma[i]!,
    };
  }
  return tokens;
}

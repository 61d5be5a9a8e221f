/**
 * One byte stream (a file or standard input) of any kind: gzip is undone as it streams, the
 * kind is decided from the name and the first bytes, WARC and JSON Lines are read record by
 * record in bounded memory, and the rest (one page, one text, one feed) is read whole up to a limit.
 */
import { Readable } from "node:stream";
import { parseFeed } from "./feed.js";
import { gunzipStream, inflateProblem, isGzip } from "./gunzip.js";
import { kindOf } from "./input-kind.js";
import { parseFile, parseRecord, type Parsed } from "./parse-input.js";
import { readWarc } from "./read-warc.js";

/** Files larger than this are refused rather than read into memory whole (JSON Lines and WARC are streamed). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** One JSON Lines record may not be longer than this. */
export const MAX_RECORD_BYTES = MAX_FILE_BYTES;
/** A compressed stream (WARC.gz) may expand to this much in all; its ratio is guarded as well. */
export const MAX_DECOMPRESSED_BYTES = 64 * 1024 * 1024 * 1024;
const HEAD_BYTES = 1024;

export interface ByteInput {
  stream: Readable;
  /** The file's path, or "<stdin>": named in errors, and its extension tells the kind. */
  name: string;
  /** The file's size, when known, to refuse a large one before reading it. */
  size?: number;
  /** False in a directory walk: files that are not news (XML that is no feed) are passed over quietly. */
  explicit?: boolean;
}

/** The documents of one byte stream, and errors naming what could not be read. */
export async function* readBytes(input: ByteInput): AsyncGenerator<Parsed> {
  const { stream, name } = input;
  let gz: Readable | null = null;
  try {
    let { head, rest } = await peek(stream[Symbol.asyncIterator](), HEAD_BYTES);
    const compressed = isGzip(head);
    if (compressed) {
      gz = gunzipStream(Readable.from(rest), { maxBytes: MAX_DECOMPRESSED_BYTES });
      ({ head, rest } = await peek(gz[Symbol.asyncIterator](), HEAD_BYTES));
    }
    const kind = kindOf(name, head);
    if (kind === "warc") return yield* readWarc(rest, name);
    if (kind === "jsonl") return yield* readJsonLines(rest, name);
    if (kind === "xml") {
      if (input.explicit !== false) yield { error: { path: name, message: "XML, but not an RSS or Atom feed" } };
      return;
    }
    if (!compressed && input.size !== undefined && input.size > MAX_FILE_BYTES) {
      yield { error: { path: name, message: `file too large (${input.size} bytes; limit ${MAX_FILE_BYTES})` } };
      return;
    }
    const bytes = await collect(rest, MAX_FILE_BYTES);
    if (!bytes) {
      const what = compressed ? "decompresses to more than" : "larger than";
      yield { error: { path: name, message: `too large: ${what} ${MAX_FILE_BYTES} bytes (limit)` } };
      return;
    }
    if (kind === "feed") yield* parseFeed(bytes, { path: name });
    else yield parseFile(name, bytes, kind);
  } catch (err) {
    yield { error: { path: name, message: problem(err) } };
  } finally {
    gz?.destroy();
    stream.destroy();
  }
}

/** JSON Lines, one record at a time, whatever the chunk boundaries. */
async function* readJsonLines(chunks: AsyncIterable<Buffer>, path: string): AsyncGenerator<Parsed> {
  const decoder = new TextDecoder("utf-8");
  let pending = "";
  let n = 0;
  let tooLong = false;
  const line = (text: string): Parsed | null => {
    n++;
    if (tooLong) {
      tooLong = false;
      return { error: { path, line: n, message: `record longer than ${MAX_RECORD_BYTES} bytes` } };
    }
    return text.trim() ? parseRecord(text, { path, line: n }) : null;
  };
  try {
    for await (const chunk of chunks) {
      pending += decoder.decode(chunk, { stream: true });
      let start = 0;
      let nl: number;
      while ((nl = pending.indexOf("\n", start)) >= 0) {
        const p = line(pending.slice(start, nl));
        if (p) yield p;
        start = nl + 1;
      }
      pending = pending.slice(start);
      // A line without an end is dropped, not held: its error is reported when it ends.
      if (pending.length > MAX_RECORD_BYTES) [pending, tooLong] = ["", true];
    }
    pending += decoder.decode();
    if (pending.trim() || tooLong) {
      const p = line(pending);
      if (p) yield p;
    }
  } catch (err) {
    yield { error: { path, message: problem(err) } };
  }
}

/** The first `n` bytes of a stream, and the whole stream again (head included) to read on. */
async function peek(it: AsyncIterator<unknown>, n: number): Promise<{ head: Buffer; rest: AsyncIterable<Buffer> }> {
  const got: Buffer[] = [];
  let len = 0;
  while (len < n) {
    const r = await it.next();
    if (r.done) break;
    const b = toBuffer(r.value);
    got.push(b);
    len += b.length;
  }
  const first = Buffer.concat(got);
  async function* rest(): AsyncGenerator<Buffer> {
    if (first.length) yield first;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      yield toBuffer(r.value);
    }
  }
  return { head: first.subarray(0, n), rest: rest() };
}

/** All the bytes, or null if there are more than `max`. */
async function collect(chunks: AsyncIterable<Buffer>, max: number): Promise<Buffer | null> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const c of chunks) {
    size += c.length;
    if (size > max) return null;
    parts.push(c);
  }
  return Buffer.concat(parts, size);
}

function toBuffer(v: unknown): Buffer {
  return Buffer.isBuffer(v) ? v : v instanceof Uint8Array ? Buffer.from(v) : Buffer.from(String(v));
}

/** A read failure as a message: file-system codes and zlib codes in words. */
export function problem(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === "ENOENT") return "no such file or directory";
  if (e?.code === "EACCES") return "permission denied";
  if (e?.code === "EISDIR") return "is a directory";
  return inflateProblem(err);
}

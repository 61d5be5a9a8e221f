/**
 * WARC 1.0/1.1 records read one at a time from a byte stream (ISO 28500): a version line,
 * headers, an empty line, Content-Length bytes of block, and CRLF CRLF. Only the blocks the
 * caller wants are held in memory, one at a time; the others are skipped as they stream past.
 * A corrupt record is reported with its offset and the reader resyncs at the next "WARC/1.".
 */
import { ByteReader } from "./byte-reader.js";

/** The longest header line and the most header bytes of one record. */
const MAX_HEADER_LINE = 16 * 1024;
const MAX_HEADER_BYTES = 256 * 1024;
const VERSION = /^WARC\/(0\.1[78]|1\.\d)\s*$/;
const RESYNC = Buffer.from("\nWARC/1.");
const TRAILER = Buffer.from("\r\n\r\n");

export interface WarcRecord {
  /** Offset of the record's first byte in the (uncompressed) stream. */
  offset: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** The block, when the caller wanted it. */
  block: Buffer | null;
}

export type WarcItem = { record: WarcRecord } | { offset: number; problem: string };

export interface WarcOptions {
  /** Which records' blocks to read (the others are skipped without holding them). */
  wanted: (headers: Record<string, string>) => boolean;
  /** A wanted block larger than this is skipped and reported. */
  maxBlockBytes: number;
}

/** The records of a WARC stream, and a problem for each one that is corrupt. */
export async function* warcRecords(source: AsyncIterable<Uint8Array>, opts: WarcOptions): AsyncGenerator<WarcItem> {
  const r = new ByteReader(source);
  let resync = false;
  for (;;) {
    if (resync) {
      if (!(await r.seek(RESYNC))) return;
      await r.skip(1);
      resync = false;
    }
    // Records are separated by CRLF CRLF; tolerate extra blank lines between them.
    while ((await r.fill(2)) > 0 && (r.peek(1)[0] === 0x0d || r.peek(1)[0] === 0x0a)) await r.skip(1);
    if (await r.atEnd()) return;
    const offset = r.offset;
    const first = await r.readLine(MAX_HEADER_LINE);
    if (!first) return;
    const version = first.line.toString("latin1");
    if (first.cut || !VERSION.test(version)) {
      yield { offset, problem: `corrupt WARC record (no "WARC/1.x" line; found "${printable(version)}")` };
      resync = true;
      continue;
    }
    const headers = await readHeaders(r);
    if ("problem" in headers) {
      yield { offset, problem: `corrupt WARC record (${headers.problem})` };
      resync = true;
      continue;
    }
    const lengthText = headers.fields["content-length"];
    if (!lengthText || !/^\d{1,15}$/.test(lengthText)) {
      yield { offset, problem: `corrupt WARC record (Content-Length "${printable(lengthText ?? "")}")` };
      resync = true;
      continue;
    }
    const length = Number(lengthText);
    const want = opts.wanted(headers.fields);
    let block: Buffer | null = null;
    let got: number;
    if (want && length <= opts.maxBlockBytes) {
      block = await r.read(length);
      got = block.length;
    } else got = await r.skip(length);
    if (got < length) {
      yield { offset, problem: `truncated WARC record (${got} of ${length} bytes before the end of the file)` };
      return;
    }
    await r.fill(4);
    if (!r.peek(4).equals(TRAILER) && !(await r.atEnd())) {
      yield { offset, problem: "corrupt WARC record (its Content-Length does not end at the record's end)" };
      // A length too long swallowed the start of the next record: give it back to the reader.
      const next = block ? block.indexOf(RESYNC) : -1;
      if (next >= 0) r.unread(block!.subarray(next + 1));
      else resync = true;
      continue;
    }
    await r.skip(4);
    if (want && !block) {
      yield { offset, problem: `WARC record too large (${length} bytes; limit ${opts.maxBlockBytes}), skipped` };
      continue;
    }
    yield { record: { offset, headers: headers.fields, block } };
  }
}

async function readHeaders(r: ByteReader): Promise<{ fields: Record<string, string> } | { problem: string }> {
  const fields: Record<string, string> = {};
  let total = 0;
  let last = "";
  for (;;) {
    const l = await r.readLine(MAX_HEADER_LINE);
    if (!l) return { problem: "the file ends inside the headers" };
    if (l.cut) return { problem: "a header line too long" };
    total += l.line.length;
    if (total > MAX_HEADER_BYTES) return { problem: "headers too long" };
    if (!l.line.length) return { fields };
    const line = l.line.toString("utf8");
    if ((line[0] === " " || line[0] === "\t") && last) {
      fields[last] += ` ${line.trim()}`;
      continue;
    }
    const i = line.indexOf(":");
    if (i <= 0) return { problem: `a header line without a name ("${printable(line)}")` };
    last = line.slice(0, i).trim().toLowerCase();
    fields[last] = line.slice(i + 1).trim();
  }
}

function printable(s: string): string {
  const clean = s.replace(/[^\x20-\x7e]/g, "?");
  return clean.length > 40 ? `${clean.slice(0, 37)}...` : clean;
}

/**
 * HTTP responses as web archives store them (status line, headers, body as sent on the wire)
 * and the body encodings a page may arrive in: chunked transfer, gzip, deflate, brotli.
 */
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from "node:zlib";

export interface HttpResponse {
  status: number;
  /** Header names in lower case; a repeated header keeps its last value. */
  headers: Record<string, string>;
  body: Buffer;
}

/** The most bytes of status line and headers: more is not an HTTP response. */
const MAX_HEAD_BYTES = 64 * 1024;
const STATUS_LINE = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/;

/** Splits an HTTP response into status, headers and (still encoded) body. */
export function parseHttpResponse(block: Buffer): HttpResponse | { problem: string } {
  const head = block.subarray(0, MAX_HEAD_BYTES);
  let end = head.indexOf("\r\n\r\n");
  let sep = 4;
  const lf = head.indexOf("\n\n");
  if (end < 0 || (lf >= 0 && lf < end)) [end, sep] = [lf, 2];
  if (end < 0) return { problem: "HTTP response without the end of its headers" };
  const lines = head.subarray(0, end).toString("latin1").split(/\r?\n/);
  const status = STATUS_LINE.exec(lines[0] ?? "");
  if (!status) return { problem: `not an HTTP response ("${(lines[0] ?? "").slice(0, 40)}")` };
  const headers: Record<string, string> = {};
  for (const line of lines.slice(1)) {
    const i = line.indexOf(":");
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return { status: Number(status[1]), headers, body: block.subarray(end + sep) };
}

/**
 * The body as the server meant it: chunked transfer undone, then the content encoding, its
 * output capped at `maxBytes`. Crawlers that already decoded a body rename the header
 * (Common Crawl's X-Crawler-Content-Encoding), so a body that is not what its header says is
 * taken as it is.
 */
export function decodeHttpBody(
  headers: Record<string, string>,
  body: Buffer,
  maxBytes: number,
): { body: Buffer } | { problem: string } {
  let out = body;
  if (/\bchunked\b/i.test(headers["transfer-encoding"] ?? "")) out = dechunk(out) ?? out;
  const encoding = (headers["content-encoding"] ?? "").trim().toLowerCase();
  try {
    if ((encoding === "gzip" || encoding === "x-gzip") && out[0] === 0x1f && out[1] === 0x8b) {
      out = gunzipSync(out, { maxOutputLength: maxBytes });
    } else if (encoding === "deflate" && out.length) {
      // "deflate" is zlib-wrapped by the standard and raw in the wild.
      out =
        (out[0]! & 0x0f) === 8
          ? inflateSync(out, { maxOutputLength: maxBytes })
          : inflateRawSync(out, { maxOutputLength: maxBytes });
    } else if (encoding === "br" && out.length) {
      out = brotliDecompressSync(out, { maxOutputLength: maxBytes });
    }
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === "ERR_BUFFER_TOO_LARGE") return { problem: `body decompresses to more than ${maxBytes} bytes` };
    if (encoding === "br" || encoding === "deflate") return { body: out }; // probably stored decoded already
    return { problem: `damaged ${encoding} body (${e.message})` };
  }
  if (out.length > maxBytes) return { problem: `body larger than ${maxBytes} bytes` };
  return { body: out };
}

/** The body of a chunked transfer, or null if it is not well-formed chunks. */
export function dechunk(b: Buffer): Buffer | null {
  const parts: Buffer[] = [];
  let pos = 0;
  for (;;) {
    const nl = b.indexOf("\n", pos);
    if (nl < 0) return parts.length ? Buffer.concat(parts) : null; // cut short: keep what came
    const sizeText = b.subarray(pos, nl).toString("latin1").replace(/;.*$/, "").trim();
    if (!/^[0-9a-f]+$/i.test(sizeText)) return null;
    const size = parseInt(sizeText, 16);
    if (size === 0) return Buffer.concat(parts);
    const start = nl + 1;
    parts.push(b.subarray(start, start + size));
    pos = start + size;
    if (b[pos] === 0x0d) pos++;
    if (b[pos] === 0x0a) pos++;
    if (pos >= b.length) return Buffer.concat(parts);
  }
}

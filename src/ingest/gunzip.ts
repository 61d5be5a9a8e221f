/**
 * Streaming gunzip of a whole file (every member of a multi-member file, as web crawls write
 * WARC.gz with one record per member), guarded against decompression bombs: the output may not
 * grow beyond a ratio of the input read so far, nor beyond an absolute cap.
 */
import { pipeline, Transform, type Readable } from "node:stream";
import { createGunzip } from "node:zlib";

/** Real text and WARC compress 3–15×; a bomb runs to 1000× and more. */
export const MAX_EXPANSION_RATIO = 100;
/** Slack so that a small file with a high but harmless ratio is not refused. */
const RATIO_SLACK_BYTES = 8 * 1024 * 1024;

/** Why decompression stopped: named so readers can report it as a problem of the file, not a crash. */
export class InflateError extends Error {}

export interface GunzipLimits {
  /** Most decompressed bytes of the whole file. */
  maxBytes: number;
  maxRatio?: number;
}

/** The first bytes of a gzip stream. */
export function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/** The decompressed bytes of `input`; iterating it throws an InflateError for a bomb or a damaged file. */
export function gunzipStream(input: Readable, limits: GunzipLimits): Readable {
  let inBytes = 0;
  let outBytes = 0;
  const ratio = limits.maxRatio ?? MAX_EXPANSION_RATIO;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      inBytes += chunk.length;
      cb(null, chunk);
    },
  });
  const limiter = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      outBytes += chunk.length;
      if (outBytes > limits.maxBytes) {
        cb(new InflateError(`decompresses to more than ${limits.maxBytes} bytes (limit); stopped`));
      } else if (outBytes > ratio * inBytes + RATIO_SLACK_BYTES) {
        cb(new InflateError(`expands more than ${ratio}× (a decompression bomb?); stopped after ${outBytes} bytes`));
      } else cb(null, chunk);
    },
  });
  const gunzip = createGunzip();
  // Errors reach the reader through the limiter, which pipeline destroys with the first failure.
  pipeline(input, counter, gunzip, limiter, () => undefined);
  return limiter;
}

/** A stream failure as a message for the user: zlib's codes in words. */
export function inflateProblem(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (err instanceof InflateError) return e.message;
  if (e?.code === "Z_BUF_ERROR" || /unexpected end of file/i.test(e?.message ?? "")) {
    return "truncated gzip data (unexpected end of file)";
  }
  if (e?.code?.startsWith("Z_")) return `damaged gzip data (${e.message})`;
  return e?.message ?? String(err);
}

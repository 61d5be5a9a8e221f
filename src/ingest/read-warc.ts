/**
 * Web archives as news crawls publish them (Common Crawl's CC-NEWS, Heritrix, wget --warc-file):
 * each `response` record holding an HTTP 200 page is an article; requests, metadata, redirects,
 * images and scripts are passed over in silence; a corrupt record is an error naming its offset.
 */
import type { Parsed } from "./parse-input.js";
import { decodeHttpBody, parseHttpResponse } from "./http-message.js";
import { inflateProblem } from "./gunzip.js";
import { warcRecords } from "./warc.js";
import { parseWebDocument } from "./web-document.js";

/** A news page larger than this is not a news page (a WARC record may be any size). */
export const MAX_WARC_RECORD_BYTES = 20 * 1024 * 1024;

/** Reads the articles of a WARC stream (already decompressed), record by record. */
export async function* readWarc(source: AsyncIterable<Uint8Array>, path: string): AsyncGenerator<Parsed> {
  const where = (offset: number) => `record at offset ${offset}`;
  try {
    const records = warcRecords(source, { wanted: isHttpResponse, maxBlockBytes: MAX_WARC_RECORD_BYTES });
    for await (const item of records) {
      if ("problem" in item) {
        yield { error: { path, message: `${where(item.offset)}: ${item.problem}` } };
        continue;
      }
      const { offset, headers, block } = item.record;
      if (!block) continue; // not a response record
      const http = parseHttpResponse(block);
      if ("problem" in http) {
        yield { error: { path, message: `${where(offset)}: ${http.problem}` } };
        continue;
      }
      if (http.status !== 200) continue;
      const body = decodeHttpBody(http.headers, http.body, MAX_WARC_RECORD_BYTES);
      if ("problem" in body) {
        yield { error: { path, message: `${where(offset)}: ${body.problem}` } };
        continue;
      }
      const url = headers["warc-target-uri"]?.replace(/^<(.*)>$/, "$1") ?? "";
      const parsed = parseWebDocument({
        bytes: body.body,
        contentType: http.headers["content-type"],
        url,
        name: path,
        path,
        record: offset,
      });
      for (const p of parsed ?? []) {
        if ("error" in p) yield { error: { path, message: `${where(offset)}: ${p.error.message}` } };
        else yield p;
      }
    }
  } catch (err) {
    yield { error: { path, message: inflateProblem(err) } };
  }
}

function isHttpResponse(h: Record<string, string>): boolean {
  if ((h["warc-type"] ?? "").toLowerCase() !== "response") return false;
  const type = (h["content-type"] ?? "application/http").toLowerCase();
  return type.startsWith("application/http") && !/msgtype\s*=\s*request/.test(type);
}

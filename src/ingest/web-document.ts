/**
 * A document that came over HTTP (fetched now, or archived in a WARC record): its Content-Type
 * says whether it is a page, a feed or plain text and which charset it is in; the bytes decide
 * when the header is missing or vague.
 */
import type { Source } from "../model/schema.js";
import { headerCharset } from "./charset.js";
import { looksLikeFeed, parseFeed } from "./feed.js";
import { parseFile, type Parsed } from "./parse-input.js";

export interface WebDocument {
  bytes: Buffer;
  contentType?: string;
  /** The address the bytes were served from (after redirects). */
  url: string;
  /** Where to report problems: the WARC file, or the address asked for. */
  name: string;
  /** The file the document was read from (a WARC), if any. */
  path?: string;
  /** A WARC record's offset. */
  record?: number;
}

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)$/;
const FEED_TYPES = /^(application\/(rss|atom|rdf)\+xml|application\/xml|text\/xml)$/;
const HTML_START = /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype html|html|head|body|meta|title)\b/i;

/** What kind of document it is, or null for something that is not news (images, scripts, ...). */
export function webKind(contentType: string | undefined, head: string): "html" | "feed" | "text" | null {
  const mime = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (looksLikeFeed(head) && (!mime || FEED_TYPES.test(mime) || mime === "text/plain")) return "feed";
  if (HTML_TYPES.test(mime)) return "html";
  if (!mime || mime === "application/octet-stream" || mime === "text/plain") {
    if (HTML_START.test(head)) return "html";
    return mime === "text/plain" ? "text" : null;
  }
  return null;
}

/** The document's articles (a feed has many), or null when it is not a kind of document we read. */
export function parseWebDocument(doc: WebDocument): Parsed[] | null {
  const head = doc.bytes.subarray(0, 1024).toString("latin1");
  const kind = webKind(doc.contentType, head);
  if (!kind) return null;
  const charset = headerCharset(doc.contentType);
  if (kind === "feed") {
    return parseFeed(doc.bytes, { ...(doc.path ? { path: doc.path } : {}), url: doc.url }, charset);
  }
  const source: Source = { ...(doc.path ? { path: doc.path } : {}), url: doc.url };
  if (doc.record !== undefined) source.record = doc.record;
  return [parseFile(doc.name, doc.bytes, kind, source, charset)];
}

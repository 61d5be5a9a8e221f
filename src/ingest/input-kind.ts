/**
 * What kind of input a file is: by its extension (a trailing .gz looked through), else by its
 * first bytes. WARC and JSON Lines are streamed; the other kinds are one document (or a feed) read whole.
 */
import { extname } from "node:path";
import { looksLikeFeed } from "./feed.js";

export type InputKind = "text" | "html" | "jsonl" | "feed" | "warc" | "xml";

/** File extensions the readers know, by kind. */
export const TEXT_EXTENSIONS = [".txt", ".md", ".text"];
export const HTML_EXTENSIONS = [".html", ".htm", ".xhtml"];
export const JSONL_EXTENSIONS = [".jsonl", ".ndjson"];
export const FEED_EXTENSIONS = [".rss", ".atom", ".xml"];
export const WARC_EXTENSIONS = [".warc"];
export const GZIP_EXTENSIONS = [".gz", ".gzip"];
export const KNOWN_EXTENSIONS = [
  ...TEXT_EXTENSIONS,
  ...HTML_EXTENSIONS,
  ...JSONL_EXTENSIONS,
  ...FEED_EXTENSIONS,
  ...WARC_EXTENSIONS,
];

/** The name without a compression suffix: "crawl.warc.gz" is read as "crawl.warc". */
export function uncompressedName(path: string): string {
  const ext = extname(path).toLowerCase();
  return GZIP_EXTENSIONS.includes(ext) ? path.slice(0, -ext.length) : path;
}

/** Whether a directory walk reads this file (a file named explicitly is read whatever its name). */
export function isKnownFile(path: string): boolean {
  return KNOWN_EXTENSIONS.includes(extname(uncompressedName(path)).toLowerCase());
}

const HTML_START = /^(?:\s|<!--[\s\S]*?-->)*<(!doctype html|html|head|body)\b/i;

/** The kind of a (decompressed) input from its name and first bytes. `xml` is XML that is not a feed. */
export function kindOf(path: string, head: Uint8Array): InputKind {
  const ext = extname(uncompressedName(path)).toLowerCase();
  const start = Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString("latin1");
  if (WARC_EXTENSIONS.includes(ext) || start.startsWith("WARC/")) return "warc";
  if (HTML_EXTENSIONS.includes(ext)) return "html";
  if (JSONL_EXTENSIONS.includes(ext)) return "jsonl";
  if (TEXT_EXTENSIONS.includes(ext)) return "text";
  const text = start.replace(/^\xef\xbb\xbf/, "");
  if (FEED_EXTENSIONS.includes(ext)) return looksLikeFeed(text) ? "feed" : "xml";
  if (looksLikeFeed(text)) return "feed";
  if (HTML_START.test(text)) return "html";
  if (text.trimStart().startsWith("{")) return "jsonl";
  return "text";
}

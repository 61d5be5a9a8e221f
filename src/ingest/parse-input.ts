import { extname } from "node:path";
import { newArticle } from "../model/article.js";
import type { Article, Raw, Source } from "../model/schema.js";
import { decodeBytes } from "./decode.js";
import { contentId } from "./document-id.js";

/** One input that could not be read, with where it came from and why. */
export interface InputError {
  path: string;
  line?: number;
  message: string;
}

/** What reading one input gives: documents, and problems with the parts that could not be read. */
export type Parsed = { article: Article } | { error: InputError };

/** File extensions the readers know, by format. */
export const TEXT_EXTENSIONS = [".txt", ".md", ".text"];
export const HTML_EXTENSIONS = [".html", ".htm", ".xhtml"];
export const JSONL_EXTENSIONS = [".jsonl", ".ndjson"];
export const KNOWN_EXTENSIONS = [...TEXT_EXTENSIONS, ...HTML_EXTENSIONS, ...JSONL_EXTENSIONS];

/** How a file's contents are read: by its extension, else by a look at its first characters. */
export function formatOf(path: string, head: string): "text" | "html" | "jsonl" {
  const ext = extname(path).toLowerCase();
  if (HTML_EXTENSIONS.includes(ext)) return "html";
  if (JSONL_EXTENSIONS.includes(ext)) return "jsonl";
  if (TEXT_EXTENSIONS.includes(ext)) return "text";
  const start = head.trimStart().slice(0, 200).toLowerCase();
  if (start.startsWith("<!doctype html") || start.startsWith("<html")) return "html";
  if (start.startsWith("{")) return "jsonl";
  return "text";
}

/** Parses one whole file (text or HTML) into its document. */
export function parseFile(path: string, bytes: Uint8Array, format: "text" | "html"): Parsed {
  const decoded = decodeBytes(bytes, format);
  if ("problem" in decoded) return { error: { path, message: decoded.problem } };
  const raw: Raw = { format, body: decoded.text };
  return { article: newArticle(contentId(bytes), { path }, raw) };
}

/** The fields a JSON Lines record may carry (FORMAT of `storyline annotate`'s input). */
interface InputRecord {
  id?: unknown;
  text?: unknown;
  html?: unknown;
  url?: unknown;
  published?: unknown;
  title?: unknown;
  outlet?: unknown;
}

/** Parses one line of a JSON Lines file into its document. */
export function parseRecord(line: string, source: Source & { path: string; line: number }): Parsed {
  const where = { path: source.path, line: source.line };
  let rec: InputRecord;
  try {
    rec = JSON.parse(line) as InputRecord;
  } catch (err) {
    return { error: { ...where, message: `invalid JSON (${(err as Error).message})` } };
  }
  if (typeof rec !== "object" || rec === null || Array.isArray(rec)) {
    return { error: { ...where, message: "a record must be a JSON object" } };
  }
  const body = typeof rec.html === "string" ? rec.html : typeof rec.text === "string" ? rec.text : undefined;
  if (body === undefined) return { error: { ...where, message: 'a record needs a "text" or "html" string' } };
  if (!body.trim()) return { error: { ...where, message: "empty text" } };
  const given: NonNullable<Raw["given"]> = {};
  for (const k of ["title", "published", "url", "outlet"] as const) {
    const v = rec[k];
    if (typeof v === "string" && v.trim()) given[k] = v.trim();
  }
  const id = typeof rec.id === "string" || typeof rec.id === "number" ? String(rec.id) : contentId(line);
  const raw: Raw = { format: typeof rec.html === "string" ? "html" : "text", body, given };
  const src: Source = { ...source, ...(given.url ? { url: given.url } : {}) };
  return { article: newArticle(id, src, raw) };
}

import { newArticle } from "../model/article.js";
import type { Article, Raw, Source } from "../model/schema.js";
import { decodeBytes, guessedCharsetMessage } from "./decode.js";
import { contentId } from "./document-id.js";

/** One input that could not be read, with where it came from and why. */
export interface InputError {
  path: string;
  line?: number;
  message: string;
}

/** What reading one input gives: documents, and problems with the parts that could not be read. */
export type Parsed = { article: Article } | { error: InputError };

/**
 * Parses one whole document (text or HTML) into its article. `header` is the charset the
 * transport stated (HTTP, WARC); text that had to be decoded by a guess carries an issue saying so.
 */
export function parseFile(
  path: string,
  bytes: Uint8Array,
  format: "text" | "html",
  source: Source = { path },
  header?: string | null,
): Parsed {
  const decoded = decodeBytes(bytes, format, header);
  if ("problem" in decoded) return { error: { path, message: decoded.problem } };
  const raw: Raw = { format, body: decoded.text };
  const article = newArticle(contentId(bytes), source, raw);
  if (decoded.via === "guessed") {
    article.issues.push({ code: "charset-guessed", stage: "ingest", message: guessedCharsetMessage(decoded.charset) });
  }
  return { article };
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

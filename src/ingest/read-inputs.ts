import { createReadStream, promises as fs } from "node:fs";
import { join, resolve } from "node:path";
import type { Readable } from "node:stream";
import { fetchUrl, type FetchOptions } from "./fetch-url.js";
import { isKnownFile } from "./input-kind.js";
import type { Parsed } from "./parse-input.js";
import { problem, readBytes } from "./read-bytes.js";
import { parseWebDocument } from "./web-document.js";

export { MAX_FILE_BYTES } from "./read-bytes.js";
const GLOB_CHARS = /[*?[]/;
const URL_INPUT = /^https?:\/\//i;

export interface ReadOptions {
  /** How URLs are fetched: timeout, size limit, redirects, and whether the local network may be reached. */
  fetch?: FetchOptions;
}

/**
 * Reads every input in turn: files, directories (recursively, files with known extensions),
 * glob patterns the shell did not expand, http(s) URLs, and "-" for standard input. A file or
 * stream may be a text, an HTML page, JSON Lines, an RSS or Atom feed, or a WARC, each possibly
 * gzipped. Yields documents and, for what cannot be read, errors naming the file (and the line,
 * item or record); never throws for one bad input.
 */
export async function* readInputs(
  inputs: readonly string[],
  stdin?: Readable,
  opts: ReadOptions = {},
): AsyncGenerator<Parsed> {
  for (const input of inputs) {
    if (input === "-") {
      if (stdin) yield* readBytes({ stream: stdin, name: "<stdin>" });
      continue;
    }
    if (URL_INPUT.test(input)) {
      yield* readUrl(input, opts.fetch ?? {});
      continue;
    }
    const paths = GLOB_CHARS.test(input) ? await expandGlob(input) : [input];
    if (!paths.length) yield { error: { path: input, message: "no file matches this pattern" } };
    for (const p of paths) yield* readPath(p, true);
  }
}

async function* readPath(path: string, explicit: boolean): AsyncGenerator<Parsed> {
  let stat;
  try {
    stat = await fs.stat(path);
  } catch (err) {
    yield { error: { path, message: problem(err) } };
    return;
  }
  if (stat.isDirectory()) {
    let entries: string[];
    try {
      entries = (await fs.readdir(path)).sort();
    } catch (err) {
      yield { error: { path, message: problem(err) } };
      return;
    }
    for (const e of entries) {
      if (e.startsWith(".")) continue;
      yield* readPath(join(path, e), false);
    }
    return;
  }
  // In a directory only files of known kinds are news; a file named explicitly is read whatever its name.
  if (!explicit && !isKnownFile(path)) return;
  yield* readBytes({ stream: createReadStream(path), name: path, size: stat.size, explicit });
}

/** A web address: fetched (the I/O), then parsed like any page or feed. */
async function* readUrl(url: string, opts: FetchOptions): AsyncGenerator<Parsed> {
  const got = await fetchUrl(url, opts);
  if ("problem" in got) {
    yield { error: { path: url, message: got.problem } };
    return;
  }
  if (got.status !== 200) {
    yield { error: { path: url, message: `HTTP ${got.status}` } };
    return;
  }
  const contentType = got.headers["content-type"];
  const parsed = parseWebDocument({ bytes: got.body, contentType, url: got.url, name: url });
  if (!parsed) yield { error: { path: url, message: `not a web page or feed (${contentType ?? "no content type"})` } };
  else yield* parsed;
}

/** Expands a glob pattern (*, ?, [..], and ** for any depth) against the file system. */
async function expandGlob(pattern: string): Promise<string[]> {
  const abs = resolve(pattern);
  const parts = abs.split("/");
  const firstGlob = parts.findIndex((p) => GLOB_CHARS.test(p));
  const base = parts.slice(0, firstGlob).join("/") || "/";
  const re = globToRegExp(parts.slice(firstGlob).join("/"));
  const out: string[] = [];
  const walk = async (dir: string, rel: string): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(join(dir, e.name), r);
      else if (re.test(r)) out.push(join(dir, e.name));
    }
  };
  await walk(base, "");
  return out.sort();
}

function globToRegExp(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "*" && glob[i + 1] === "*") {
      re += ".*";
      i++;
      if (glob[i + 1] === "/") i++;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const j = glob.indexOf("]", i);
      re += j > i ? glob.slice(i, j + 1) : "\\[";
      i = j > i ? j : i;
    } else re += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

import { createReadStream, promises as fs } from "node:fs";
import { createInterface } from "node:readline";
import { join, resolve } from "node:path";
import type { Readable } from "node:stream";
import { formatOf, KNOWN_EXTENSIONS, parseFile, parseRecord, type Parsed } from "./parse-input.js";

/** Files larger than this are refused rather than read into memory whole (JSON Lines are streamed). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
const GLOB_CHARS = /[*?[]/;

/**
 * Reads every input in turn: files, directories (recursively, files with known extensions),
 * glob patterns the shell did not expand, and "-" for standard input (JSON Lines, or one text).
 * Yields documents and, for what cannot be read, errors naming the file; never throws for one bad input.
 */
export async function* readInputs(inputs: readonly string[], stdin?: Readable): AsyncGenerator<Parsed> {
  for (const input of inputs) {
    if (input === "-") {
      if (stdin) yield* readStream(stdin, "<stdin>");
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
    yield { error: { path, message: reason(err) } };
    return;
  }
  if (stat.isDirectory()) {
    let entries: string[];
    try {
      entries = (await fs.readdir(path)).sort();
    } catch (err) {
      yield { error: { path, message: reason(err) } };
      return;
    }
    for (const e of entries) {
      if (e.startsWith(".")) continue;
      yield* readPath(join(path, e), false);
    }
    return;
  }
  // In a directory only files of known kinds are news; a file named explicitly is read whatever its name.
  if (!explicit && !KNOWN_EXTENSIONS.some((x) => path.toLowerCase().endsWith(x))) return;
  if (stat.size > MAX_FILE_BYTES && !/\.(jsonl|ndjson)$/i.test(path)) {
    yield { error: { path, message: `file too large (${stat.size} bytes; limit ${MAX_FILE_BYTES})` } };
    return;
  }
  let head: string;
  try {
    const fh = await fs.open(path, "r");
    try {
      const buf = Buffer.alloc(512);
      const { bytesRead } = await fh.read(buf, 0, 512, 0);
      head = buf.subarray(0, bytesRead).toString("utf8");
    } finally {
      await fh.close();
    }
  } catch (err) {
    yield { error: { path, message: reason(err) } };
    return;
  }
  const format = formatOf(path, head);
  if (format === "jsonl") {
    yield* readJsonLines(path);
    return;
  }
  try {
    yield parseFile(path, await fs.readFile(path), format);
  } catch (err) {
    yield { error: { path, message: reason(err) } };
  }
}

async function* readJsonLines(path: string): AsyncGenerator<Parsed> {
  const stream = createReadStream(path, { encoding: "utf8" });
  let n = 0;
  try {
    for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
      n++;
      if (line.trim()) yield parseRecord(line, { path, line: n });
    }
  } catch (err) {
    yield { error: { path, message: reason(err) } };
  }
}

/** Standard input: JSON Lines when the first non-blank character is "{", else one text document. */
async function* readStream(stream: Readable, path: string): AsyncGenerator<Parsed> {
  const chunks: Buffer[] = [];
  let n = 0;
  let mode: "unknown" | "jsonl" | "text" = "unknown";
  let pending = "";
  for await (const chunk of stream) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    if (mode === "unknown") {
      const s = buf.toString("utf8").trimStart();
      if (s) mode = s.startsWith("{") ? "jsonl" : "text";
    }
    if (mode === "jsonl") {
      // Stream records one line at a time so that memory stays bounded on long inputs.
      pending += buf.toString("utf8");
      let i;
      while ((i = pending.indexOf("\n")) >= 0) {
        const line = pending.slice(0, i);
        pending = pending.slice(i + 1);
        n++;
        if (line.trim()) yield parseRecord(line, { path, line: n });
      }
    } else chunks.push(buf);
  }
  if (mode === "jsonl") {
    if (pending.trim()) yield parseRecord(pending, { path, line: n + 1 });
    return;
  }
  const bytes = Buffer.concat(chunks);
  yield parseFile(path, bytes, formatOf(path, bytes.subarray(0, 512).toString("utf8")) === "html" ? "html" : "text");
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

function reason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === "ENOENT") return "no such file or directory";
  if (e?.code === "EACCES") return "permission denied";
  if (e?.code === "EISDIR") return "is a directory";
  return e?.message ?? String(err);
}

import { readFileSync } from "node:fs";

/** Rows of a project TSV data file: `#` comment lines and the header skipped, cells trimmed. */
export function readTsv(url: URL): { header: string[]; rows: string[][] } {
  const lines = readFileSync(url, "utf8")
    .split(/\r?\n/)
    .filter((l) => l.trim() && !l.startsWith("#"));
  const [head, ...body] = lines;
  return { header: (head ?? "").split("\t"), rows: body.map((l) => l.split("\t").map((c) => c.trim())) };
}

/** The URL of a file under data/events, resolved from this module so it works from any cwd. */
export function eventsDataFile(name: string): URL {
  return new URL(`../../data/events/${name}`, import.meta.url);
}

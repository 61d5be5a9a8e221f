/**
 * Reading the project's data files (data/**): word lists, patterns, actors and places that stay
 * editable without touching code. `#` lines are comments (each file names its sources there).
 * Stages read their files once, at module or knowledge-base load, never per document.
 */
import { readFileSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The project's data folder, resolved from this module so it works from any working directory. */
export const DATA_DIR = fileURLToPath(new URL("../../data/", import.meta.url));

/** The absolute path of a data file given relative to data/ (absolute paths pass through). */
export function dataPath(file: string): string {
  return isAbsolute(file) ? file : join(DATA_DIR, file);
}

/** The non-empty, non-comment lines of a data file, trailing white space removed. */
export function dataLines(file: string): string[] {
  return readFileSync(dataPath(file), "utf8")
    .split(/\r?\n/)
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== "" && !l.startsWith("#"));
}

/** The rows of a tab-separated file without a header line, cells trimmed. */
export function dataRows(file: string): string[][] {
  return dataLines(file).map((l) => l.split("\t").map((c) => c.trim()));
}

/** A tab-separated file whose first non-comment line is its header. */
export function dataTable(file: string): { header: string[]; rows: string[][] } {
  const [header = [], ...rows] = dataRows(file);
  return { header, rows };
}

/** The rows of a tab-separated file with a header, keyed by column name; missing cells are "". */
export function dataRecords(file: string): Record<string, string>[] {
  const { header, rows } = dataTable(file);
  return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""])));
}

/** Splits a `|`-separated list cell, dropping empty items. */
export function listCell(cell: string | undefined): string[] {
  return cell
    ? cell
        .split("|")
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

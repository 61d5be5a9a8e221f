import { readFileSync } from "node:fs";

/** One row of a TSV data file, keyed by the header's column names. */
export type TsvRow = Record<string, string>;

/**
 * Reads a knowledge-base TSV file: `#` lines are comments (each file names its sources there),
 * the first other line is the header, empty cells are empty strings.
 */
export function readTsv(path: string): TsvRow[] {
  const rows: TsvRow[] = [];
  let header: string[] | undefined;
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const cells = line.split("\t");
    if (!header) {
      header = cells;
      continue;
    }
    const row: TsvRow = {};
    for (let i = 0; i < header.length; i++) row[header[i]!] = cells[i]?.trim() ?? "";
    rows.push(row);
  }
  return rows;
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

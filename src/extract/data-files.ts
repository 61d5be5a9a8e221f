/**
 * Reads the extract stage's data files (data/extract/*) once, at module load: the stage itself
 * stays pure, and the word lists stay editable without touching code.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const DATA_DIR = fileURLToPath(new URL("../../data/extract/", import.meta.url));

/** The non-empty, non-comment lines of a data file ("#" starts a comment line). */
export function dataLines(name: string): string[] {
  return readFileSync(DATA_DIR + name, "utf8")
    .split(/\r?\n/)
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== "" && !l.startsWith("#"));
}

/** The rows of a tab-separated data file, each split into its columns. */
export function dataRows(name: string): string[][] {
  return dataLines(name).map((l) => l.split("\t"));
}

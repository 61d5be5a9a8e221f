/**
 * Reads the link stage's data files (data/link/*) once, at module load, so the word lists stay
 * editable without touching code.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const DATA_DIR = fileURLToPath(new URL("../../data/link/", import.meta.url));

/** The non-empty, non-comment lines of a data file ("#" starts a comment line). */
export function linkDataLines(name: string): string[] {
  return readFileSync(DATA_DIR + name, "utf8")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
}

/**
 * The event model's training data: the NGEC synthetic stories (document labels, read from the
 * shared dev folder at training time only) and the project's own labelled sentences
 * (data/events/examples.tsv). Training and evaluation scripts read these; the run-time model
 * never does.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dataRecords } from "../../data/data-files.js";
import { labelIndex } from "./labels.js";

/** A labelled text; `group` ties together texts written from one prompt (kept in one CV fold). */
export interface LabelledText {
  text: string;
  /** The headline of a document, when it has one. */
  headline?: string;
  label: number;
  group: string;
}

/** The NGEC synthetic stories, in the shared dev folder beside the project. */
export const NGEC_FILE = fileURLToPath(
  new URL("../../../../shared/dev/events/ngec-synthetic-stories.csv", import.meta.url),
);

/** The project's own labelled sentences, relative to data/. */
export const EXAMPLES_FILE = "events/examples.tsv";

/**
 * Parses RFC 4180 CSV (quoted fields may hold commas, newlines and doubled quotes) into rows.
 */
export function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (csv[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && csv[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * The NGEC stories at `path`: the story body (`text`), its headline (the first line of `prompt`:
 * the `title` template with its places filled in) and its `label`. The template is the group,
 * since the stories written from one template are near-paraphrases of each other.
 */
export function readNgec(path: string): LabelledText[] {
  const [header = [], ...rows] = parseCsv(readFileSync(path, "utf8"));
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${path}: no "${name}" column (columns: ${header.join(", ")})`);
    return i;
  };
  const [text, label, title, prompt] = [col("text"), col("label"), col("title"), col("prompt")];
  const out: LabelledText[] = [];
  for (const r of rows) {
    const y = labelIndex(r[label] ?? "");
    if (y < 0 || !r[text]) continue;
    const headline = (r[prompt] ?? "").split("\n", 1)[0]!.trim();
    out.push({ text: r[text]!, headline, label: y, group: r[title] ?? "" });
  }
  return out;
}

/** The project's own labelled sentences; each is its own group. */
export function readExamples(file = EXAMPLES_FILE): LabelledText[] {
  return dataRecords(file).map((r, i) => {
    const y = labelIndex(r.type ?? "");
    if (y < 0) throw new Error(`${file}: row ${i + 1} has unknown type "${r.type}"`);
    return { text: r.text ?? "", label: y, group: `example-${i}` };
  });
}

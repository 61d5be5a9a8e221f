import { dataTable } from "../data/data-files.js";
import { inflectionIndex } from "./verb-forms.js";

/** Every trigger and context word of patterns.tsv and every cue word of cues.tsv, as written there (base forms). */
const bases = new Set<string>();
for (const row of dataTable("events/patterns.tsv").rows) {
  for (const w of (row[1] ?? "").split("|")) if (w) bases.add(w);
  // Context words too: "rockets" must meet the "rocket" of a constraint even when the tagger left it unlemmatised.
  for (const w of (row[3] ?? "").split(/[^a-z-]+/)) if (w.length > 2) bases.add(w);
}
for (const [word] of dataTable("events/cues.tsv").rows) if (word) bases.add(word);

/** Irregular past forms: only these may turn a token the tagger called a noun into a verb on their own. */
const irregular = new Set(dataTable("events/verb-forms.tsv").rows.map((r) => r[0]!));

/** Inflected form -> base, for the coder's own words; built once at module load. */
export const FORMS: ReadonlyMap<string, string> = inflectionIndex(bases);

/** Whether a word is one of the coder's base words. */
export function isBase(word: string): boolean {
  return bases.has(word);
}

/** Whether an inflected form is a past tense or participle ("abducted", "shot"). */
export function isPastForm(form: string): boolean {
  return form.endsWith("ed") || irregular.has(form);
}

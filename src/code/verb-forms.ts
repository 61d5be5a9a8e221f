import { dataTable } from "../data/data-files.js";

const VOWEL = /[aeiou]/;

/** Whether the verb doubles its last consonant before -ed/-ing ("ban" -> "banned"); both spellings are kept when unsure. */
function mayDouble(base: string): boolean {
  const n = base.length;
  if (n < 3) return false;
  const last = base[n - 1]!;
  return !VOWEL.test(last) && !"wxy".includes(last) && VOWEL.test(base[n - 2]!) && !VOWEL.test(base[n - 3]!);
}

/** The regular inflections of an English verb or noun: -s, -ed, -ing (with the usual spelling changes). */
export function regularForms(base: string): string[] {
  const out: string[] = [];
  const n = base.length;
  const last = base[n - 1]!;
  const stem = base.slice(0, -1);
  if (/(s|x|z|ch|sh)$/.test(base)) out.push(base + "es");
  else if (last === "y" && !VOWEL.test(base[n - 2] ?? "")) out.push(stem + "ies");
  else out.push(base + "s");
  if (last === "e") out.push(base + "d");
  else if (last === "y" && !VOWEL.test(base[n - 2] ?? "")) out.push(stem + "ied");
  else out.push(base + "ed");
  if (base.endsWith("ie")) out.push(base.slice(0, -2) + "ying");
  else if (last === "e" && !base.endsWith("ee")) out.push(stem + "ing");
  else out.push(base + "ing");
  if (mayDouble(base)) out.push(base + last + "ed", base + last + "ing");
  return out;
}

/**
 * A map from inflected forms to their base for the given base words, with the irregular forms of
 * data/events/verb-forms.tsv: the tagger leaves many forms unlemmatised ("abducted" tagged as a noun,
 * "staged" lemmatised as "stag"), so the coder reads them through this map instead.
 */
export function inflectionIndex(bases: Iterable<string>): Map<string, string> {
  const baseSet = new Set(bases);
  const index = new Map<string, string>();
  for (const [form, base] of dataTable("events/verb-forms.tsv").rows) if (form && base) index.set(form, base);
  for (const base of baseSet) {
    if (base.includes("-") || base.length < 3) continue;
    for (const f of regularForms(base)) if (!baseSet.has(f) && !index.has(f)) index.set(f, base);
  }
  return index;
}

import { dataTable } from "../data/data-files.js";
import { inflectionIndex } from "./verb-forms.js";
import { low5 } from "./word-filter.js";

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

/**
 * A word's signature for `formBase`'s quick rejection: its length (mod 16) and the low bits of its
 * last two characters. Fewer than 300 of the 16,384 signatures belong to some form, and most words
 * of a text (base-form nouns, names) have none of them, so they skip the map look-up.
 */
function signature(w: string): number {
  return ((w.length & 15) << 10) | (low5(w, w.length - 1) << 5) | low5(w, w.length - 2);
}

/** A set of signatures as bits (2 KB each: small enough to stay in cache beside the coder's other tables). */
function signatureBits(words: Iterable<string>): Uint32Array {
  const bits = new Uint32Array(1 << 9);
  for (const w of words) {
    const s = signature(w);
    bits[s >>> 5]! |= 1 << (s & 31);
  }
  return bits;
}

function hasSignature(bits: Uint32Array, w: string): boolean {
  const s = signature(w);
  return ((bits[s >>> 5]! >>> (s & 31)) & 1) === 1;
}

const FORM_SIGNATURES = signatureBits(FORMS.keys());

/** The base of an inflected form of the coder's words (`FORMS.get`), or undefined. */
export function formBase(w: string): string | undefined {
  return hasSignature(FORM_SIGNATURES, w) ? FORMS.get(w) : undefined;
}

const BASE_SIGNATURES = signatureBits(bases);

/** Whether a word is one of the coder's base words (most words fail the signature test, with no look-up). */
export function isBase(word: string): boolean {
  return hasSignature(BASE_SIGNATURES, word) && bases.has(word);
}

/** Whether an inflected form is a past tense or participle ("abducted", "shot"). */
export function isPastForm(form: string): boolean {
  return form.endsWith("ed") || irregular.has(form);
}

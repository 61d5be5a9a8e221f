import type { EventStatus } from "../model/schema.js";
import type { Clause } from "./clauses.js";
import { CUE, isCue } from "./cues.js";
import type { DocView } from "./doc-view.js";

/** How far left of the trigger a modal or plan word still governs it ("will soon issue"). */
const MODAL_WINDOW = 6;
/** Years at least this far before the article's year make an event background history. */
const HISTORY_YEARS = 2;

const YEAR = /^(1[89]\d\d|20\d\d)$/;
/** Whether a word is a year of YEAR: four characters and a leading 1 or 2 are checked before the regex. */
function isYear(w: string): boolean {
  if (w.length !== 4) return false;
  const c = w.charCodeAt(0);
  return (c === 49 || c === 50) && YEAR.test(w);
}
/** Finite forms of "be" that, before "to" + verb, announce a plan: "Norland is to deploy". */
const BE_FINITE = new Set(["is", "are", "am", "was", "were", "'s", "'re"]);

/** Whether a modal of mere possibility ("could", "might"; not "would") governs the trigger. */
function mereModal(v: DocView, c: Clause, trigger: number): boolean {
  for (let k = trigger - 1; k >= c.first && k >= trigger - MODAL_WINDOW; k--)
    if (v.low[k] !== "would" && isCue(v.low[k]!, CUE.hypothetical)) return true;
  return false;
}

/** Whether "to" + a verb stands in (from, to): "threatened to strike". */
function infinitiveBetween(v: DocView, from: number, to: number): boolean {
  for (let k = from + 1; k < to - 1; k++) if (v.low[k] === "to" && v.pos[k + 1] === "VERB") return true;
  return false;
}

/** The status of a clause's event from its own wording and its place in the sentence, before attribution. */
export function wordingStatus(
  v: DocView,
  clauses: readonly Clause[],
  ci: number,
  trigger: number,
  refYear: number | null,
): EventStatus {
  const c = clauses[ci]!;
  // 1. A condition next to the clause: after it ("... should Putin invade") or opening the sentence ("If X, ...").
  const next = clauses[ci + 1];
  const prev = clauses[ci - 1];
  // A condition after an infinitive the trigger governs bounds that infinitive, not the trigger:
  // "threatened to strike if the drills went on" is a threat made.
  // Under a condition, "would" (or no modal) states what will follow; "could" or "might" only what may.
  if (
    (next?.sentence === c.sentence && next.kind === "protasis" && !infinitiveBetween(v, trigger, next.first)) ||
    (prev?.sentence === c.sentence && prev.kind === "protasis" && (ci < 2 || clauses[ci - 2]!.sentence !== c.sentence))
  )
    return mereModal(v, c, trigger) ? "hypothetical" : "conditional";
  // 2. Background years ("annexed in 2014", "since 2014").
  if (refYear !== null) {
    // The clause's own years, else those of the clauses it continues ("In 2015, the Council, which ..., reaffirmed").
    let from = ci;
    while (
      from > 0 &&
      clauses[from - 1]!.sentence === c.sentence &&
      (c.kind === "coord" || c.kind === "participial") &&
      clauses[from]!.kind !== "main"
    )
      from--;
    for (let k = clauses[from]!.first; k < c.last; k++) {
      if (isYear(v.low[k]!) && Number(v.low[k]) <= refYear - HISTORY_YEARS) return "historical";
    }
  }
  // 3. Modals, plans and fears left of the trigger; the complement of a fear or an attempt; "is to deploy".
  if (v.low[trigger - 1] === "to" && trigger - 2 >= c.first && BE_FINITE.has(v.low[trigger - 2]!)) return "future";
  for (let k = trigger - 1; k >= c.first && k >= trigger - MODAL_WINDOW; k--) {
    const w = v.lemma[k]!;
    if (isCue(w, CUE.future) || isCue(v.low[k]!, CUE.future)) return "future";
    // Reported "would" is the future seen from the past: "Russia said it would send troops".
    if (v.low[k] === "would" && c.kind === "complement" && !c.fear) return "future";
    if (isCue(v.low[k]!, CUE.hypothetical) || isCue(w, CUE.fear) || isCue(w, CUE.try)) return "hypothetical";
  }
  if (c.fear) return "hypothetical";
  // 4. Obligations: "it is up to X to negotiate", "X must withdraw".
  for (let k = c.first; k < trigger - 1; k++) {
    if (v.low[k] === "up" && v.low[k + 1] === "to" && (v.lemma[k - 1] === "be" || v.low[k - 1] === "'s"))
      return "hypothetical";
    if (v.low[k] === "must" || v.low[k] === "ought" || (v.low[k] === "need" && v.low[k + 1] === "to"))
      return "hypothetical";
  }
  return "asserted";
}

/** Most recent year named in the article's times or publication date, as a reference for "historical". */
export function referenceYear(published: string | null, times: readonly { value: string }[]): number | null {
  if (published && /^\d{4}/.test(published)) return Number(published.slice(0, 4));
  let best: number | null = null;
  for (const { value: t } of times) if (/^\d{4}/.test(t)) best = Math.max(best ?? 0, Number(t.slice(0, 4)));
  return best;
}

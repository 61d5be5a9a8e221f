import type { DocView } from "./doc-view.js";

/** Number words a toll is written with ("killing two soldiers"). */
const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  dozens: 24,
  hundreds: 200,
  dozen: 12,
};
const TOLL_KIND: Record<string, string> = { kill: "dead", wound: "injured", injure: "injured" };
/** How far after "killing" its number may stand: "killing at least 20". */
const NUMBER_WINDOW = 4;

/**
 * The toll a participle states before its number ("killing 12 people", "wounding at least 15"),
 * which counting words after numbers ("12 dead") misses.
 */
export function participleToll(v: DocView, trigger: number, last: number): Record<string, number> | undefined {
  const kind = TOLL_KIND[v.lemma[trigger]!];
  if (!kind) return undefined;
  for (let k = trigger + 1; k < last && k <= trigger + NUMBER_WINDOW; k++) {
    const w = v.low[k]!;
    if (v.pos[k] === "NUM" && /^\d[\d,]*$/.test(w)) return { [kind]: Number(w.replace(/,/g, "")) };
    if (WORDS[w] !== undefined && v.low[k + 1] !== "of") return { [kind]: WORDS[w] };
  }
  return undefined;
}

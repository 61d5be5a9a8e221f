import type { DocView } from "./doc-view.js";
import { NUMBER_WORDS } from "./when.js";

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
    if (NUMBER_WORDS[w] !== undefined && v.low[k + 1] !== "of") return { [kind]: NUMBER_WORDS[w] };
  }
  return undefined;
}

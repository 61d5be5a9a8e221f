import { dataTable } from "../data/data-files.js";

/** The roles a cue word can play around a trigger (see data/events/cues.tsv). */
export type CueRole =
  | "transparent"
  | "future"
  | "hypothetical"
  | "conditional"
  | "negation"
  | "speech"
  | "light"
  | "subordinator"
  | "relative"
  | "agentive"
  | "fear"
  | "try"
  | "locative"
  | "destination"
  | "place-noun"
  | "occur"
  | "means";

const ROLES: readonly CueRole[] = [
  "transparent",
  "future",
  "hypothetical",
  "conditional",
  "negation",
  "speech",
  "light",
  "subordinator",
  "relative",
  "agentive",
  "fear",
  "try",
  "locative",
  "destination",
  "place-noun",
  "occur",
  "means",
];
const BIT = new Map<CueRole, number>(ROLES.map((r, i) => [r, 1 << i]));

/**
 * The roles of each word as bits (see ROLES), loaded once at module load: looked up in the hottest
 * loops of the coder, one map look-up per call.
 */
const rolesOf = new Map<string, number>();
for (const [word, roles] of dataTable("events/cues.tsv").rows) {
  if (!word || !roles) continue;
  let bits = rolesOf.get(word) ?? 0;
  for (const role of roles.split(",")) {
    const bit = BIT.get(role as CueRole);
    if (bit === undefined) throw new Error(`events/cues.tsv: unknown role "${role}" of "${word}"`);
    bits |= bit;
  }
  rolesOf.set(word, bits);
}

/** Whether `word` (a lemma or lower-case form) plays `role`. */
export function isCue(word: string, role: CueRole): boolean {
  return ((rolesOf.get(word) ?? 0) & BIT.get(role)!) !== 0;
}

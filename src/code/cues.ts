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
/** Each role's bit: a plain object, read with the role's (internalised) name, is cheaper than a Map. */
const BIT = Object.fromEntries(ROLES.map((r, i) => [r, 1 << i])) as Record<CueRole, number>;

/**
 * The roles of each word as bits (see ROLES), loaded once at module load: looked up in the hottest
 * loops of the coder, one map look-up per call.
 */
const rolesOf = new Map<string, number>();
for (const [word, roles] of dataTable("events/cues.tsv").rows) {
  if (!word || !roles) continue;
  let bits = rolesOf.get(word) ?? 0;
  for (const role of roles.split(",")) {
    const bit = (ROLES as readonly string[]).includes(role) ? BIT[role as CueRole] : undefined;
    if (bit === undefined) throw new Error(`events/cues.tsv: unknown role "${role}" of "${word}"`);
    bits |= bit;
  }
  rolesOf.set(word, bits);
}

/** Whether `word` (a lemma or lower-case form) plays `role`. */
export function isCue(word: string, role: CueRole): boolean {
  const bits = rolesOf.get(word);
  return bits !== undefined && (bits & BIT[role]) !== 0;
}

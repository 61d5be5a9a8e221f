import { dataTable } from "../data/data-files.js";
import { signature } from "./word-filter.js";

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
  | "means"
  | "measure"
  | "instrument"
  | "aside"
  | "by-particle";

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
  "measure",
  "instrument",
  "aside",
  "by-particle",
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

/**
 * The roles of the cue words of each signature (see word-filter.ts), OR-ed together: a word whose
 * signature has no word of the role is no cue of it, without a map look-up. Most tokens are no cue.
 */
const rolesBySignature = new Int32Array(1024);
for (const [word, bits] of rolesOf) rolesBySignature[signature(word)]! |= bits;

/** The bit of each role, named in camel case (`CUE.placeNoun` for "place-noun"), as `isCue` takes it. */
export const CUE = {
  transparent: BIT.transparent,
  future: BIT.future,
  hypothetical: BIT.hypothetical,
  conditional: BIT.conditional,
  negation: BIT.negation,
  speech: BIT.speech,
  light: BIT.light,
  subordinator: BIT.subordinator,
  relative: BIT.relative,
  agentive: BIT.agentive,
  fear: BIT.fear,
  try: BIT.try,
  locative: BIT.locative,
  destination: BIT.destination,
  placeNoun: BIT["place-noun"],
  occur: BIT.occur,
  means: BIT.means,
  measure: BIT.measure,
  instrument: BIT.instrument,
  aside: BIT.aside,
  byParticle: BIT["by-particle"],
} as const;

/**
 * Whether `word` (a lemma or lower-case form) plays the role of bit `role` (see CUE). The role is
 * passed as its bit, not its name: a name would be looked up in BIT at each call, and from some
 * thirty call sites that look-up cannot be specialised.
 */
export function isCue(word: string, role: number): boolean {
  if ((rolesBySignature[signature(word)]! & role) === 0) return false;
  const bits = rolesOf.get(word);
  return bits !== undefined && (bits & role) !== 0;
}

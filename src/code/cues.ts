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
  | "place-noun";

/** Words by role, loaded once at module load: looked up in the hottest loops of the coder. */
const byRole = new Map<CueRole, Set<string>>();
for (const [word, roles] of dataTable("events/cues.tsv").rows) {
  if (!word || !roles) continue;
  for (const role of roles.split(",") as CueRole[]) {
    let set = byRole.get(role);
    if (!set) byRole.set(role, (set = new Set()));
    set.add(word);
  }
}
const EMPTY: ReadonlySet<string> = new Set();

/** Whether `word` (a lemma or lower-case form) plays `role`. */
export function isCue(word: string, role: CueRole): boolean {
  return (byRole.get(role) ?? EMPTY).has(word);
}

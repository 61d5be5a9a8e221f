import { PLOVER_TYPES, type PloverType } from "../../model/schema.js";

/** What the event model predicts: a PLOVER type, or NONE for text that codes no event. */
export type EventLabel = PloverType | "NONE";

/** The model's classes in weight-file order; NONE last because NGEC never uses it. */
export const LABELS: readonly EventLabel[] = [...PLOVER_TYPES, "NONE"];

const INDEX = new Map<string, number>(LABELS.map((l, i) => [l, i]));

/** The class index of a label, or -1 when the label is not one of LABELS. */
export function labelIndex(label: string): number {
  return INDEX.get(label) ?? -1;
}

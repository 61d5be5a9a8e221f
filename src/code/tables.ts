import type { PloverType } from "../model/schema.js";
import { dataTable } from "../data/data-files.js";

/** One CAMEO code with its Goldstein value and the PLOVER type, mode and context it maps to. */
export interface CameoEntry {
  code: string;
  name: string;
  goldstein: number;
  plover?: PloverType;
  mode?: string;
  context?: string[];
}

/** A PLOVER type's quad class and intensity on PLOVER's own scale. */
export interface PloverInfo {
  quad: 1 | 2 | 3 | 4;
  scale: number;
}

let cameo: Map<string, CameoEntry> | undefined;
let plover: Map<string, PloverInfo> | undefined;

/** The CAMEO code table (data/events/cameo-plover.tsv), loaded once. */
export function cameoTable(): Map<string, CameoEntry> {
  if (cameo) return cameo;
  cameo = new Map();
  for (const [code, name, goldstein, type, mode, context] of dataTable("events/cameo-plover.tsv").rows) {
    if (!code) continue;
    cameo.set(code, {
      code,
      name: name ?? "",
      goldstein: Number(goldstein ?? 0),
      ...(type ? { plover: type as PloverType } : {}),
      ...(mode ? { mode } : {}),
      ...(context ? { context: context.split(/;\s*/) } : {}),
    });
  }
  return cameo;
}

/** PLOVER types with quad class and scale (data/events/plover-types.tsv), loaded once. */
export function ploverTable(): Map<string, PloverInfo> {
  if (plover) return plover;
  plover = new Map();
  for (const [type, quad, scale] of dataTable("events/plover-types.tsv").rows) {
    if (type) plover.set(type, { quad: Number(quad) as PloverInfo["quad"], scale: Number(scale) });
  }
  return plover;
}

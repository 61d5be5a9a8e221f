import type { PloverType } from "../model/schema.js";
import { cameoTable } from "./tables.js";
import { dataTable } from "../data/data-files.js";
import { wordFilter } from "./word-filter.js";

/** A word that must (or must not) occur within `window` tokens on one side of the trigger. */
export interface Need {
  side: "left" | "right";
  window: number;
  words: ReadonlySet<string>;
  /** The `wordFilter` of `words`: most tokens of a window fail it and are not looked up. */
  filter: Uint32Array;
  negated: boolean;
}

/** One row of data/events/patterns.tsv, resolved against the CAMEO table. */
export interface Pattern {
  id: string;
  triggers: readonly string[];
  pos: "V" | "N" | "*";
  needs: readonly Need[];
  /** null when the row blocks the word (a figure of speech, a non-event). */
  event: PloverType | null;
  cameo?: string;
  mode?: string;
  context?: string[];
  /** Prepositions that introduce the recipient; "obj" = the first actor after the trigger. */
  recipient: readonly string[];
  evaluative: boolean;
  anyActor: boolean;
  /** Coordinated subjects act on each other: "X and Y agreed" codes X -> Y. */
  mutual: boolean;
}

const NEED = /^(!?)([<>])(\d+):(.+)$/;

function parseNeeds(cell: string, id: string): Need[] {
  if (!cell || cell === "-") return [];
  return cell.split(/\s+/).map((part) => {
    const m = NEED.exec(part);
    if (!m) throw new Error(`patterns.tsv ${id}: bad constraint "${part}"`);
    const words = m[4]!.split("|");
    return {
      negated: m[1] === "!",
      side: m[2] === "<" ? "left" : "right",
      window: Number(m[3]),
      words: new Set(words),
      filter: wordFilter(words),
    };
  });
}

const dash = (s: string | undefined) => (s && s !== "-" ? s : undefined);

/** Parses pattern rows; exported for tests that build their own tables. */
export function parsePatterns(rows: string[][]): Pattern[] {
  const codes = cameoTable();
  return rows.map(([id = "", trigger = "", pos = "*", needs = "-", code, event, mode, context, recipient, flags]) => {
    const cameo = dash(code);
    const entry = cameo ? codes.get(cameo) : undefined;
    if (cameo && !entry) throw new Error(`patterns.tsv ${id}: unknown CAMEO code ${cameo}`);
    const type = dash(event) ?? entry?.plover;
    if (!type) throw new Error(`patterns.tsv ${id}: no PLOVER type`);
    const modeValue = dash(mode) ?? entry?.mode;
    const contextValue = dash(context)?.split(/;\s*/) ?? entry?.context;
    const flagSet = new Set((dash(flags) ?? "").split(",").filter(Boolean));
    return {
      id,
      triggers: trigger.split("|"),
      pos: pos as Pattern["pos"],
      needs: parseNeeds(needs, id),
      event: type === "NONE" ? null : (type as PloverType),
      ...(cameo && type !== "NONE" ? { cameo } : {}),
      ...(modeValue ? { mode: modeValue } : {}),
      ...(contextValue ? { context: contextValue } : {}),
      recipient: (dash(recipient) ?? "").split("|").filter(Boolean),
      evaluative: flagSet.has("evaluative"),
      anyActor: flagSet.has("any-actor"),
      mutual: flagSet.has("mutual"),
    };
  });
}

/** Patterns indexed by trigger word, in file order. */
export type PatternIndex = ReadonlyMap<string, readonly Pattern[]>;

/** Indexes patterns by each of their trigger words. */
export function indexPatterns(patterns: readonly Pattern[]): PatternIndex {
  const index = new Map<string, Pattern[]>();
  for (const p of patterns) {
    for (const t of p.triggers) {
      const list = index.get(t) ?? [];
      list.push(p);
      index.set(t, list);
    }
  }
  return index;
}

let loaded: PatternIndex | undefined;

/** The project's trigger patterns (data/events/patterns.tsv), loaded and indexed once. */
export function defaultPatterns(): PatternIndex {
  loaded ??= indexPatterns(parsePatterns(dataTable("events/patterns.tsv").rows));
  return loaded;
}

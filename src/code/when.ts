import type { PloverType, Time } from "../model/schema.js";
import type { Clause } from "./clauses.js";
import type { DocView } from "./doc-view.js";

/** The date of an event: the nearest dated time expression in its clause, else in its sentence. */
export function eventDate(
  v: DocView,
  c: Clause,
  sentence: [number, number],
  trigger: number,
  times: readonly Time[],
): { date: string | null; date_text?: string } {
  const at = v.start[trigger]!;
  const pick = (from: number, to: number, dayOnly: boolean): Time | undefined => {
    let best: Time | undefined;
    for (const t of times) {
      if (t.start < from || t.end > to || (t.type !== "DATE" && t.type !== "TIME")) continue;
      if (dayOnly && !DAY.test(t.value)) continue;
      if (!best || Math.abs(t.start - at) < Math.abs(best.start - at)) best = t;
    }
    return best;
  };
  // A day-precise date beats a week or month ("on Tuesday" over "this week"); the clause beats the sentence.
  const clauseFrom = v.start[c.first]!;
  const clauseTo = v.end[c.last - 1]!;
  const sentFrom = v.start[sentence[0]]!;
  const sentTo = v.end[sentence[1] - 1]!;
  const t =
    pick(clauseFrom, clauseTo, true) ??
    pick(sentFrom, sentTo, true) ??
    pick(clauseFrom, clauseTo, false) ??
    pick(sentFrom, sentTo, false);
  if (!t) return { date: null };
  return { date: /^\d{4}/.test(t.value) ? t.value : null, date_text: t.text };
}

const DAY = /^\d{4}-\d\d-\d\d/;

const SMALL: Record<string, number> = {
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
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  dozens: 24,
  hundreds: 200,
  thousands: 2000,
};
const SCALE: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };

const DEAD = new Set(["dead", "kill", "killed", "death", "life", "lives", "fatality", "die", "died"]);
const INJURED = new Set(["wounded", "wound", "injured", "injure", "injury", "hurt"]);
const TROOPS = new Set([
  "troop",
  "troops",
  "soldier",
  "servicemen",
  "serviceman",
  "personnel",
  "force",
  "forces",
  "peacekeeper",
  "reservist",
]);
const ARRESTED = new Set(["arrested", "arrest", "detained", "detain", "detainee"]);

const WANTED: Partial<Record<PloverType, readonly string[]>> = {
  ASSAULT: ["dead", "injured"],
  COERCE: ["arrested", "dead", "injured"],
  MOBILIZE: ["troops"],
  RETREAT: ["troops"],
  PROTEST: ["arrested", "dead", "injured"],
};

function numberAt(v: DocView, k: number): number | null {
  const w = v.low[k]!;
  let n = /^\d[\d,.]*$/.test(w) ? Number(w.replace(/,/g, "")) : (SMALL[w] ?? null);
  if (n === null || Number.isNaN(n)) return null;
  const next = v.low[k + 1];
  if (next && SCALE[next]) n *= SCALE[next]!;
  return n;
}

/** Numbers stated for the event: "150,000 troops", "two ... killed and 12 wounded". */
export function eventQuantities(
  v: DocView,
  from: number,
  to: number,
  type: PloverType,
): Record<string, number> | undefined {
  const wanted = WANTED[type];
  if (!wanted) return undefined;
  const out: Record<string, number> = {};
  for (let k = from; k < to; k++) {
    if (v.pos[k] !== "NUM" && !SMALL[v.low[k]!]) continue;
    const n = numberAt(v, k);
    if (n === null || YEAR_LIKE.test(v.low[k]!)) continue;
    let kind: string | undefined;
    for (let j = k + 1; j < to && j <= k + 6 && !kind; j++) {
      const w = v.low[j]!;
      const l = v.lemma[j]!;
      if (DEAD.has(w) || DEAD.has(l)) kind = "dead";
      else if (INJURED.has(w) || INJURED.has(l)) kind = "injured";
      else if (v.pos[j] === "NUM" || v.low[j] === ",") break;
    }
    for (let j = k + 1; j < to && j <= k + 3 && !kind; j++) {
      const w = v.low[j]!;
      if (TROOPS.has(w)) kind = "troops";
      else if (ARRESTED.has(w)) kind = "arrested";
    }
    if (kind && wanted.includes(kind) && out[kind] === undefined) out[kind] = n;
  }
  return Object.keys(out).length ? out : undefined;
}

const YEAR_LIKE = /^(1[89]\d\d|20\d\d)$/;

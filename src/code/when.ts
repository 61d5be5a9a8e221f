import { dataRows } from "../data/data-files.js";
import type { Article, PloverType, Time } from "../model/schema.js";
import { type Clause, sentenceClauses, splitClauses } from "./clauses.js";
import type { DocView } from "./doc-view.js";
import { mayHold, wordFilter } from "./word-filter.js";

/** What dating reads from the article besides its times: the publication date and the quotations. */
export type DatingContext = Pick<Article, "quotes"> & { meta: Pick<Article["meta"], "published"> };

/** The date of an event and the words it came from. */
export interface EventDate {
  date: string | null;
  date_text?: string;
}

function wordsOf(kind: string): ReadonlySet<string> {
  return new Set(dataRows("time/event-dates.tsv").flatMap(([k, w]) => (k === kind && w ? [w] : [])));
}
/** Signals that open a clause dated by its own words only ("after Russia recognised them"). */
const RELATION = wordsOf("relation");
/** Auxiliaries that make a verb group something other than a simple past. */
const NOT_PAST = wordsOf("not_past");

const DAY = /^\d{4}-\d\d-\d\d/;
/**
 * Values an event date may take: anchored ones, and a bare weekday ("on Tuesday" with no
 * publication date, XXXX-WXX-2), which the story can anchor from other reports (link/weekday-anchor.ts).
 */
const DATED = /^(?:\d{4}|XXXX-WXX-[1-7]$)/;
/** "a day after", "two weeks before": a duration of days or weeks just before the signal. */
const SPAN_VALUE = /^P(\d+)([DW])$/;

/**
 * The date of the event triggered at token `trigger` of clause `c`:
 * 1. the time expressions that govern its clause: its own clause's, then those of the clauses it
 *    hangs on (a coordinated or participial clause its main clause's, a reported clause its speech
 *    verb's, a sentence its ", X said Tuesday" tail), never a relative clause's or a quotation's
 *    about something else; a day-precise value beats a week or month ("on Tuesday" over "this
 *    week"), and an X-filled one (unknown publication date) leaves the date null, except a bare
 *    weekday, kept as XXXX-WXX-n for the story to anchor;
 * 2. a relation: in "on Feb. 22, a day after Russia recognised them", the recognition is the
 *    date of the clause it follows less the duration;
 * 3. the publication date, when the report implies it: a simple past main clause with no time of
 *    its own ("Putin also declared the agreements dead"). A perfect ("has amassed"), a present,
 *    a future or a modal is background or not yet done, and what someone said happened (a
 *    reported clause, a quotation) is theirs to date: null.
 * Without `ctx` (no publication date, no quotations) only steps 1 and 2 apply.
 */
export function eventDate(
  v: DocView,
  c: Clause,
  sentence: [number, number],
  trigger: number,
  times: readonly Time[],
  ctx?: DatingContext,
): EventDate {
  const clauses = clausesOf(v, sentence, c.sentence);
  const ci = clauses.findIndex((x) => x.first === c.first && x.last === c.last);
  if (ci < 0) return fromTime(pickIn(v, [c], v.start[trigger]!, times, ctx));
  return dateOfClause(v, clauses, ci, v.start[trigger]!, times, ctx);
}

function dateOfClause(
  v: DocView,
  clauses: readonly Clause[],
  ci: number,
  at: number,
  times: readonly Time[],
  ctx: DatingContext | undefined,
): EventDate {
  const chain = governing(v, clauses, ci);
  // 1.
  const t = pickIn(v, chain.clauses, at, times, ctx);
  if (t) return fromTime(t);
  // 2.
  if (chain.relation) {
    const span = spanBefore(v, clauses[chain.relation.clause]!, times);
    const prev = previousClause(clauses, chain.relation.clause);
    if (span && prev >= 0) {
      const base = dateOfClause(v, clauses, prev, at, times, ctx);
      const shifted = base.date && DAY.test(base.date) ? shiftDay(base.date, span, chain.relation.word) : null;
      if (shifted) return { date: shifted, date_text: span.text };
    }
    return { date: null };
  }
  // 3.
  const published = ctx?.meta.published;
  if (!published || !DAY.test(published) || inQuote(ctx, at)) return { date: null };
  if (!simplePast(v, clauses[chain.verbClause]!)) return { date: null };
  // "Officials said rebels seized the town" reports the day's news as ", officials said" does;
  // "officials say ..." or "had seized" does not date it.
  if (chain.reported && !chain.clauses.every((x) => x.kind !== "complement" || saidInPast(v, clauses, x)))
    return { date: null };
  return { date: published.slice(0, 10) };
}

interface Chain {
  /** The clauses whose times govern the event, nearest first. */
  clauses: Clause[];
  /** The clause whose verb carries the tense (a participle's main clause). */
  verbClause: number;
  /** The event is inside what someone said ("officials say troops have entered"). */
  reported: boolean;
  /** The chain reached a clause opened by "after"/"before": its index and the signal. */
  relation?: { clause: number; word: string };
}

/** The clauses that govern clause `ci`, walking up through coordination, participles and speech. */
function governing(v: DocView, clauses: readonly Clause[], ci: number): Chain {
  const chain: Chain = { clauses: [], verbClause: ci, reported: false };
  let k = ci;
  let verbFound = false;
  let participle = false;
  while (k >= 0) {
    const c = clauses[k]!;
    // "He said the move could help, accusing Kyiv of ...": the participle is the speaker's act,
    // so it hangs on the speech verb's clause, not on what was said.
    if (participle && c.kind === "complement") {
      const owner = ownerOf(clauses, c);
      if (owner < 0 || owner >= k) break;
      participle = false;
      k = owner;
      continue;
    }
    participle = c.kind === "participial";
    chain.clauses.push(c);
    if (!verbFound && c.kind !== "participial") {
      chain.verbClause = k;
      verbFound = true;
    }
    const opener = v.low[c.first]!;
    if (c.kind === "adjunct" && RELATION.has(opener)) {
      chain.relation = { clause: k, word: opener };
      break;
    }
    if (c.kind === "complement") {
      chain.reported = true;
      const owner = ownerOf(clauses, c);
      if (owner < 0 || owner >= k) break;
      k = owner;
      continue;
    }
    if (c.kind === "coord" || c.kind === "participial") {
      k = previousClause(clauses, k);
      continue;
    }
    // A main clause with a ", X said Tuesday" tail is dated by the tail too.
    const next = clauses[k + 1];
    if (c.kind === "main" && next?.kind === "tail") chain.clauses.push(next);
    break;
  }
  if (!verbFound) chain.verbClause = clauses.indexOf(chain.clauses.at(-1)!);
  return chain;
}

/** The clause holding a complement's speech verb, or -1. */
function ownerOf(clauses: readonly Clause[], c: Clause): number {
  return c.head === undefined ? -1 : clauses.findIndex((x) => x.first <= c.head! && c.head! < x.last);
}

/** The clause before `k` that `k` hangs on, skipping relative clauses. */
function previousClause(clauses: readonly Clause[], k: number): number {
  for (let j = k - 1; j >= 0; j--) if (clauses[j]!.kind !== "relative") return j;
  return -1;
}

/** The dated time expression nearest `at` in the clauses, day-precise first, or undefined. */
function pickIn(
  v: DocView,
  clauses: readonly Clause[],
  at: number,
  times: readonly Time[],
  ctx: DatingContext | undefined,
): Time | undefined {
  const quote = quoteOf(ctx, at);
  for (const dayOnly of [true, false]) {
    for (const c of clauses) {
      const from = v.start[c.first]!;
      const to = v.end[c.last - 1]!;
      let best: Time | undefined;
      for (const t of times) {
        if (t.start < from || t.end > to || (t.type !== "DATE" && t.type !== "TIME")) continue;
        if (dayOnly && !DAY.test(t.value) && !/^X{4}-/.test(t.value)) continue;
        if (!dayOnly && /REF$/.test(t.value)) continue;
        // A time inside a quotation dates only what the quotation says.
        const tq = quoteOf(ctx, t.start);
        if (tq && tq !== quote) continue;
        if (!best || Math.abs(t.start - at) < Math.abs(best.start - at)) best = t;
      }
      if (best) return best;
    }
  }
  return undefined;
}

function fromTime(t: Time | undefined): EventDate {
  if (!t) return { date: null };
  return { date: DATED.test(t.value) ? t.value : null, date_text: t.text };
}

/** The duration ("a day") that ends just before the signal opening clause `c`. */
function spanBefore(v: DocView, c: Clause, times: readonly Time[]): Time | undefined {
  const at = v.start[c.first]!;
  return times.find((t) => t.type === "DURATION" && SPAN_VALUE.test(t.value) && at - t.end >= 0 && at - t.end <= 2);
}

/** `date` moved by the duration: back for "after" (the event came first), forward for "before". */
function shiftDay(date: string, span: Time, signal: string): string | null {
  const m = SPAN_VALUE.exec(span.value);
  if (!m) return null;
  const days = Number(m[1]) * (m[2] === "W" ? 7 : 1) * (signal === "before" ? 1 : -1);
  const d = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whether the speech verb that introduces complement `c` is a simple past ("said", not "say" or "has said"). */
function saidInPast(v: DocView, clauses: readonly Clause[], c: Clause): boolean {
  const owner = ownerOf(clauses, c);
  return owner >= 0 && c.head !== undefined && pastGroup(v, clauses[owner]!.first, c.head + 1);
}

/** Whether the clause's first verb group is a simple past ("declared", "was recognised"). */
function simplePast(v: DocView, c: Clause): boolean {
  return pastGroup(v, c.first, c.last);
}

/** Whether the first verb group in [from, to) is a simple past. */
function pastGroup(v: DocView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const p = v.pos[k];
    if (p === "AUX") {
      const w = v.low[k]!;
      if (NOT_PAST.has(w)) return false;
      if (w === "was" || w === "were" || w === "did") return true;
      continue;
    }
    if (v.verb[k] !== 1) continue;
    const w = v.low[k]!;
    return w !== v.lemma[k] && !w.endsWith("ing") && !/[^s]s$/.test(w);
  }
  return false;
}

function quoteOf(ctx: DatingContext | undefined, at: number): object | undefined {
  if (!ctx) return undefined;
  for (const q of ctx.quotes) if (q.kind === "direct" && q.start <= at && at < q.end) return q;
  return undefined;
}

function inQuote(ctx: DatingContext | undefined, at: number): boolean {
  return quoteOf(ctx, at) !== undefined;
}

/** The clauses of a sentence: the view's shared split when the range is one of its sentences. */
function clausesOf(v: DocView, sentence: [number, number], index: number): readonly Clause[] {
  const own = v.sentences[index];
  if (own && own[0] === sentence[0] && own[1] === sentence[1]) return sentenceClauses(v, index);
  return splitClauses(v, sentence[0], sentence[1], index);
}

/**
 * Number words the quantities of an event are written with ("two soldiers", "dozens of people").
 * Without a prototype, so a word such as "constructor" reads as no number.
 */
export const NUMBER_WORDS: Readonly<Record<string, number>> = Object.assign(Object.create(null) as object, {
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
  dozen: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  dozens: 24,
  hundreds: 200,
  thousands: 2000,
});
/** Spares the look-up of most words in `eventQuantities`, which reads every token of a clause. */
const NUMBER_FILTER = wordFilter(Object.keys(NUMBER_WORDS));
const SCALE: Readonly<Record<string, number>> = Object.assign(Object.create(null) as object, {
  hundred: 100,
  thousand: 1000,
  million: 1_000_000,
});

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
  let n = /^\d[\d,.]*$/.test(w) ? Number(w.replace(/,/g, "")) : (NUMBER_WORDS[w] ?? null);
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
    if (v.pos[k] !== "NUM" && !(mayHold(NUMBER_FILTER, v.low[k]!) && NUMBER_WORDS[v.low[k]!])) continue;
    const n = numberAt(v, k);
    if (n === null || YEAR_LIKE.test(v.low[k]!)) continue;
    let kind: string | undefined;
    for (let j = k + 1; j < to && j <= k + 6 && !kind; j++) {
      const w = v.low[j]!;
      const l = v.lemma[j]!;
      // "killed two civilians and wounded five": a verb with a number of its own counts that number.
      if ((DEAD.has(w) || DEAD.has(l) || INJURED.has(w) || INJURED.has(l)) && v.pos[j + 1] === "NUM") break;
      if (DEAD.has(w) || DEAD.has(l)) kind = "dead";
      else if (INJURED.has(w) || INJURED.has(l)) kind = "injured";
      else if (v.pos[j] === "NUM" || v.low[j] === ",") break;
    }
    // "killed at least 12 people", "detained 20": the verb before the number says what it counts.
    if (!kind) kind = verbBefore(v, k, from);
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

/** Words between a verb and the number it counts: "killed at least 12", "detained more than 20". */
const APPROXIMATE = new Set([
  "at",
  "least",
  "more",
  "than",
  "some",
  "about",
  "around",
  "nearly",
  "almost",
  "over",
  "another",
  "a",
  "further",
  "up",
  "to",
  "roughly",
  "an",
  "estimated",
]);

/** What a number counts by the verb right before it (past the approximating words), or undefined. */
function verbBefore(v: DocView, k: number, from: number): string | undefined {
  let j = k - 1;
  while (j >= from && j >= k - 5 && APPROXIMATE.has(v.low[j]!)) j--;
  if (j < from || v.pos[j] !== "VERB") return undefined;
  const w = v.low[j]!;
  const l = v.lemma[j]!;
  if (DEAD.has(w) || DEAD.has(l)) return "dead";
  if (INJURED.has(w) || INJURED.has(l)) return "injured";
  if (ARRESTED.has(w) || ARRESTED.has(l)) return "arrested";
  return undefined;
}

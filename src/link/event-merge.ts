/**
 * Merges the event mentions of one story into real-world events. A mention joins the cluster it
 * resembles most when (1) the codes allow it (event-compat.ts) against every member, and (2) the
 * words agree: its trigger and sentence look like a member's, or it carries the same quotation.
 */
import type { Actor, Event, EventStatus, StoryEvent } from "../model/schema.js";
import { DocFreq } from "./doc-freq.js";
import type { EventMention } from "./event-mentions.js";
import { eventsCompatible, knownDate, sectorsClash } from "./event-compat.js";
import { stableId } from "./hashing.js";
import { compareDates, dateWidth, dayGap, dayRange, sameDay } from "./timeline.js";
import { anchorWeekday } from "./weekday-anchor.js";
import { weightedCosine, weightedNorm } from "./weighted-cosine.js";

/**
 * The word evidence needed to merge. Mentions of one event in different words ("recognised the
 * republics" / "recognition of their independence") share their trigger stem and a few rarer
 * words of the sentence, which puts them near 0.4–0.6; two same-type events in one story share
 * only the story's common words, which the story-level IDF weighs down to under 0.25.
 */
export const MERGE_SCORE = 0.35;
const W_TRIGGER = 0.5;
const W_CONTEXT = 0.5;
/**
 * Two mentions whose sentences each also tell one event that several reports share (the same
 * anchor) are told in the same frame: that counts like a shared date. Never enough alone.
 */
const ANCHOR_BONUS = 0.1;
/** Both dated to the same day: the strongest sign short of the same words. */
const SAME_DAY_BONUS = 0.15;
/** CAMEO codes are finer than PLOVER types: the same code supports a merge, a different one argues against. */
const SAME_CAMEO_BONUS = 0.1;
const OTHER_CAMEO_PENALTY = 0.1;
/** Dates a day apart may be one event told from two time zones, but the words must say so more clearly. */
const NEXT_DAY_PENALTY = 0.15;
/** Sectors that do not match (army against government) argue against, without ruling out. */
const SECTOR_CLASH_PENALTY = 0.1;
/** The same stated number (150,000 troops, 12 dead) is rarely a coincidence. */
const SAME_QUANTITY_BONUS = 0.15;
/** Two mentions in one article are one event only when their triggers are this alike (headline and lead). */
const SAME_ARTICLE_TRIGGER = 0.3;
/** Quotations that share this share of their words are the same quotation, whoever reports it. */
const QUOTE_JACCARD = 0.6;
const MIN_QUOTE_WORDS = 4;
/** Each mention is indexed under its trigger words and this many of its rarest sentence words. */
const INDEX_WORDS = 6;
/** Under one word, a mention is paired with at most this many mentions before it. */
const PAIRS_PER_KEY = 40;

/** Ties in the commonest status go to the one that commits least to doubt. */
const STATUS_RANK: readonly string[] = [
  "asserted",
  "reported",
  "alleged",
  "historical",
  "future",
  "requested",
  "conditional",
  "hypothetical",
  "denied",
];
/** Statuses that tell the same thing happened; a mention outside the chosen one's family is a conflict. */
const FAMILY: Record<EventStatus, string> & Record<string, string | undefined> = {
  asserted: "happened",
  reported: "happened",
  alleged: "happened",
  historical: "happened",
  denied: "denied",
  future: "unrealised",
  requested: "unrealised",
  conditional: "unrealised",
  hypothetical: "unrealised",
};

/** Where an article's mentions come from: its outlet and its copy family (wire story). */
export interface MentionSource {
  outlet: string;
  family: string;
  /** False when the article's publication date was inferred from its story (default true). */
  ownDate?: boolean;
  /** The article's publication day (days since 1970-01-01), when known. */
  day?: number | null;
}

/**
 * The story's events, merged and in timeline order. `mentions` come in story order.
 * Constrained single-link clustering: candidate pairs are scored, then joined best first
 * whenever the two clusters' codes stay compatible, so the result does not depend on the order
 * the mentions came in and a later, better match is never lost to an earlier, weaker one.
 */
export function mergeEvents(
  mentions: readonly EventMention[],
  sources: ReadonlyMap<string, MentionSource>,
): StoryEvent[] {
  const df = new DocFreq();
  for (const m of mentions) df.add(new Set([...m.context.keys(), ...m.trigger.keys()]));
  const idf = (k: string) => df.idf(k);
  const codes = new Codes(mentions);
  // Per mention once, not per pair: weighted norms and the details the score weighs.
  const triggerNorm = mentions.map((m) => weightedNorm(m.trigger, idf));
  const contextNorm = mentions.map((m) => weightedNorm(m.context, idf));
  const details = mentions.map((m) => new Details(m, codes));
  const triggerCosine = (i: number, j: number) =>
    weightedCosine(mentions[i]!.trigger, mentions[j]!.trigger, idf, triggerNorm[i], triggerNorm[j]);

  // Candidate pairs as parallel arrays (a long story has hundreds of thousands).
  const pi: number[] = [];
  const pj: number[] = [];
  const ps: number[] = [];
  forCandidatePairs(mentions, idf, (i, j) => {
    const a = mentions[i]!;
    const b = mentions[j]!;
    const ca = codes.of[i]!;
    const cb = codes.of[j]!;
    // Codes compatible, and mentions from one article only when the article restates the same codes.
    if (!codes.compatible(ca, cb) || (a.article === b.article && ca !== cb)) return;
    // An article rarely says one thing twice in other words: its own mentions must share their trigger.
    const quoted = sameQuote(a, b);
    if (a.article === b.article && !quoted && triggerCosine(i, j) < SAME_ARTICLE_TRIGGER) return;
    // pairScore, with the norms worked out once per mention.
    const score = quoted
      ? 1
      : detailScore(
          W_TRIGGER * weightedCosine(a.trigger, b.trigger, idf, triggerNorm[i], triggerNorm[j]) +
            W_CONTEXT * weightedCosine(a.context, b.context, idf, contextNorm[i], contextNorm[j]),
          details[i]!,
          details[j]!,
          codes,
        );
    if (score < MERGE_SCORE - ANCHOR_BONUS) return;
    pi.push(i);
    pj.push(j);
    ps.push(score);
  });

  const clusterOf = mentions.map((m, i) => newCluster(m, i, codes.of[i]!));
  const join = (list: number[]) => {
    list.sort((x, y) => ps[y]! - ps[x]! || pi[x]! - pi[y]! || pj[x]! - pj[y]!);
    for (const p of list) {
      const i = pi[p]!;
      const j = pj[p]!;
      const score = ps[p]!;
      const ci = clusterOf[i]!;
      const cj = clusterOf[j]!;
      if (ci === cj || !clustersCompatible(ci, cj, codes)) continue;
      if (!clusterDaysSupport(ci, cj, mentions[i]!.event, mentions[j]!.event, score, codes)) continue;
      const [keep, gone] = ci.members.length >= cj.members.length ? [ci, cj] : [cj, ci];
      for (const x of gone.members) {
        keep.members.push(x);
        clusterOf[x] = keep;
      }
      for (const k of gone.codes) {
        if (keep.codeSet.has(k)) continue;
        keep.codeSet.add(k);
        keep.codes.push(k);
      }
      for (const [a, k] of gone.byArticle) keep.byArticle.set(a, k);
    }
  };
  const all = ps.map((_, p) => p);
  join(all.filter((p) => ps[p]! >= MERGE_SCORE));
  // Second pass: a weaker pair whose sentences both also tell one event that several reports
  // share ("a day after the recognition, ordered troops" / "after the recognition, signed a decree
  // sending forces") is told in the same frame, which the words alone may not show.
  const anchorsOf = anchors(mentions, clusterOf);
  const second = all.filter(
    (p) =>
      ps[p]! < MERGE_SCORE &&
      mentions[pi[p]!]!.article !== mentions[pj[p]!]!.article &&
      shareAnchor(anchorsOf[pi[p]!]!, anchorsOf[pj[p]!]!, clusterOf[pi[p]!]!, clusterOf[pj[p]!]!),
  );
  // The first pass is done with these scores: they take the bonus in place.
  for (const p of second) ps[p] = ps[p]! + ANCHOR_BONUS;
  join(second.filter((p) => ps[p]! >= MERGE_SCORE));
  return [...new Set(clusterOf)]
    .map((c) => c.members.sort((x, y) => x - y))
    .map((c) => ({
      first: c[0]!,
      event: storyEvent(
        c.map((x) => mentions[x]!),
        sources,
      ),
    }))
    .sort((a, b) => compareDates(a.event.date, b.event.date) || a.first - b.first)
    .map((x) => x.event);
}

/**
 * Each mention's anchors: the clusters, reported by more than one article, of the other mentions
 * in its sentence. Computed once after the first pass, so the second pass does not chain on itself.
 */
function anchors(mentions: readonly EventMention[], clusterOf: readonly Cluster[]): Set<Cluster>[] {
  const bySentence = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    const key = `${m.article}\n${m.sentence}`;
    let list = bySentence.get(key);
    if (!list) bySentence.set(key, (list = []));
    list.push(i);
  });
  const out = mentions.map(() => new Set<Cluster>());
  for (const list of bySentence.values()) {
    if (list.length < 2) continue;
    for (const i of list) {
      for (const j of list) {
        const c = clusterOf[j]!;
        if (c !== clusterOf[i] && c.byArticle.size > 1) out[i]!.add(c);
      }
    }
  }
  return out;
}

/** Both mentions sit next to one shared event that is neither's own cluster. */
function shareAnchor(a: ReadonlySet<Cluster>, b: ReadonlySet<Cluster>, ca: Cluster, cb: Cluster): boolean {
  for (const c of a) if (c !== ca && c !== cb && b.has(c)) return true;
  return false;
}

/**
 * Pairs worth scoring, each given once as (earlier, later): mentions sharing a trigger word or one
 * of their most distinctive sentence words. An inverted index keeps this near-linear in a long
 * story: under each word, a mention meets only the PAIRS_PER_KEY mentions indexed before it.
 */
function forCandidatePairs(
  mentions: readonly EventMention[],
  idf: (k: string) => number,
  visit: (i: number, j: number) => void,
): void {
  const byKey = new Map<string, number[]>();
  const keysOf = mentions.map((m) => {
    const context = [...m.context.keys()]
      .map((k) => ({ k, w: idf(k) }))
      .sort((a, b) => b.w - a.w || (a.k < b.k ? -1 : 1))
      .slice(0, INDEX_WORDS)
      .map((x) => x.k);
    // A quotation is found again by its three longest words, whatever the sentences around it.
    const quote = [...(m.quote ?? [])].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).slice(0, 3);
    const keys = [...new Set([...m.trigger.keys(), ...context, ...quote.map((w) => "q:" + w)])];
    return keys.map((k) => {
      let list = byKey.get(k);
      if (!list) byKey.set(k, (list = []));
      return list;
    });
  });
  keysOf.forEach((lists, i) => lists.forEach((list) => list.push(i)));
  // Mention j sits at position `at` of each of its lists: its neighbours are the entries just before.
  const seenBy = new Int32Array(mentions.length).fill(-1);
  const cursor = new Map<number[], number>();
  keysOf.forEach((lists, j) => {
    for (const list of lists) {
      const at = cursor.get(list) ?? 0;
      cursor.set(list, at + 1);
      // Neighbours in story order only: a long story's common words must not pair everything with everything.
      for (let q = Math.max(0, at - PAIRS_PER_KEY); q < at; q++) {
        const i = list[q]!;
        if (seenBy[i] === j) continue;
        seenBy[i] = j;
        visit(i, j);
      }
    }
  });
}

/**
 * The mentions' codes that decide compatibility (type, date, countries: see event-compat.ts),
 * numbered, with compatibility remembered per pair of numbers.
 */
class Codes {
  /** Each mention's code number. */
  readonly of: number[];
  /** One event carrying each code. */
  readonly events: Event[] = [];
  private readonly memo = new Map<number, boolean>();
  /** Actor lists with their sectors, numbered, and whether two clash (sectorsClash), remembered. */
  private readonly actorIds = new Map<string, number>();
  private readonly actorLists: (readonly Actor[])[] = [];
  private readonly clashMemo: Map<number, boolean>[] = [];

  constructor(mentions: readonly EventMention[]) {
    const ids = new Map<string, number>();
    this.of = mentions.map((m) => {
      const key = sameCodesKey(m.event);
      let id = ids.get(key);
      if (id === undefined) {
        ids.set(key, (id = this.events.length));
        this.events.push(m.event);
      }
      return id;
    });
  }

  compatible(x: number, y: number): boolean {
    if (x === y) return true;
    const key = x < y ? x * this.events.length + y : y * this.events.length + x;
    let v = this.memo.get(key);
    if (v === undefined) this.memo.set(key, (v = eventsCompatible(this.events[x]!, this.events[y]!)));
    return v;
  }

  /** The number of an actor list, sectors and all. */
  actors(xs: readonly Actor[]): number {
    const key = actorKey(xs);
    let id = this.actorIds.get(key);
    if (id === undefined) {
      this.actorIds.set(key, (id = this.actorLists.length));
      this.actorLists.push(xs);
    }
    return id;
  }

  clash(x: number, y: number): boolean {
    const memo = (this.clashMemo[x] ??= new Map());
    let v = memo.get(y);
    if (v === undefined) memo.set(y, (v = sectorsClash(this.actorLists[x]!, this.actorLists[y]!)));
    return v;
  }
}

/** What pairScore weighs besides the words, worked out once per mention. */
class Details {
  /** The day the event is dated to, when known to the day. */
  readonly day: number | null;
  readonly actor: number;
  readonly recipient: number;
  readonly cameo: string | undefined;
  readonly quantities: Record<string, number> | undefined;

  constructor(m: EventMention, codes: Codes) {
    const r = dayRange(m.event.date);
    this.day = r && r.first === r.last ? r.first : null;
    this.actor = codes.actors(m.event.actor);
    this.recipient = codes.actors(m.event.recipient);
    this.cameo = m.event.cameo?.slice(0, 3);
    this.quantities = m.event.quantities;
  }
}

/** The score from the words' evidence and the details (see the weights above). */
function detailScore(words: number, a: Details, b: Details, codes: Codes): number {
  let score = words;
  const known = a.day !== null && b.day !== null;
  if (known && a.day === b.day) score += SAME_DAY_BONUS;
  else if (known && Math.abs(b.day! - a.day!) === 1) score -= NEXT_DAY_PENALTY;
  if (codes.clash(a.actor, b.actor) || codes.clash(a.recipient, b.recipient)) score -= SECTOR_CLASH_PENALTY;
  if (a.cameo && b.cameo) score += a.cameo === b.cameo ? SAME_CAMEO_BONUS : -OTHER_CAMEO_PENALTY;
  if (sameQuantity(a.quantities, b.quantities)) score += SAME_QUANTITY_BONUS;
  return score;
}

/** A growing cluster, summarised by its distinct codes so that joining two is checked on codes, not members. */
interface Cluster {
  members: number[];
  /** Distinct code numbers (type, date, countries of actors and recipients; see Codes). */
  codes: number[];
  codeSet: Set<number>;
  /** Each member article → the code its mentions share (one article restates one set of codes). */
  byArticle: Map<string, number>;
}

function newCluster(m: EventMention, i: number, code: number): Cluster {
  return { members: [i], codes: [code], codeSet: new Set([code]), byArticle: new Map([[m.article, code]]) };
}

function clustersCompatible(a: Cluster, b: Cluster, codes: Codes): boolean {
  const [small, large] = a.byArticle.size <= b.byArticle.size ? [a, b] : [b, a];
  for (const [art, k] of small.byArticle) {
    const other = large.byArticle.get(art);
    if (other !== undefined && other !== k) return false;
  }
  for (const x of a.codes) for (const y of b.codes) if (!codes.compatible(x, y)) return false;
  return true;
}

/**
 * A pair whose own dates left the score unweighed (one side undated) still joins two clusters
 * that are dated: a day apart, the pair must then pass with the next-day penalty, as if its
 * members carried their clusters' days. Otherwise an undated mention links two next-day events.
 */
function clusterDaysSupport(a: Cluster, b: Cluster, x: Event, y: Event, score: number, codes: Codes): boolean {
  if (dayGap(x.date, y.date) !== null) return true;
  const days = (c: Cluster) => c.codes.map((k) => codes.events[k]!.date).filter((d) => dateWidth(d) === 1);
  const da = days(a);
  const db = days(b);
  if (!da.length || !db.length || da.some((d) => db.some((e) => sameDay(d, e)))) return true;
  return score - NEXT_DAY_PENALTY >= MERGE_SCORE;
}

const actorKey = (xs: readonly Actor[]) =>
  xs
    .map((x) => `${x.country}:${x.sector ?? ""}`)
    .sort()
    .join(",");
const countryKey = (xs: readonly Actor[]) => [...new Set(xs.map((x) => x.country))].sort().join(",");
/** Equal exactly when event-compat's sameCodes holds; all that eventsCompatible looks at. */
function sameCodesKey(e: Event): string {
  return `${e.event}|${knownDate(e.date)}|${countryKey(e.actor)}|${countryKey(e.recipient)}`;
}

/** Word and detail evidence that two compatible mentions are one event (exported for diagnostics). */
export function pairScore(a: EventMention, b: EventMention, idf: (k: string) => number): number {
  if (sameQuote(a, b)) return 1;
  const codes = new Codes([a, b]);
  const words =
    W_TRIGGER * weightedCosine(a.trigger, b.trigger, idf) + W_CONTEXT * weightedCosine(a.context, b.context, idf);
  return detailScore(words, new Details(a, codes), new Details(b, codes), codes);
}

/** Mostly the same quoted words, or a shared run of QUOTE_RUN words (one outlet quotes the other's quote in part). */
function sameQuote(x: EventMention, y: EventMention): boolean {
  if (x.quoteRuns && y.quoteRuns) {
    const [small, large] =
      x.quoteRuns.size <= y.quoteRuns.size ? [x.quoteRuns, y.quoteRuns] : [y.quoteRuns, x.quoteRuns];
    for (const r of small) if (large.has(r)) return true;
  }
  const a = x.quote;
  const b = y.quote;
  if (!a || !b || a.size < MIN_QUOTE_WORDS || b.size < MIN_QUOTE_WORDS) return false;
  let inter = 0;
  for (const w of a) if (b.has(w)) inter++;
  return inter / (a.size + b.size - inter) >= QUOTE_JACCARD;
}

function sameQuantity(a: Record<string, number> | undefined, b: Record<string, number> | undefined): boolean {
  if (!a || !b) return false;
  return Object.entries(a).some(([k, v]) => b[k] === v);
}

/** One StoryEvent from a cluster of mentions. */
function storyEvent(c: readonly EventMention[], sources: ReadonlyMap<string, MentionSource>): StoryEvent {
  const events = c.map((m) => m.event);
  const status = commonest(
    events.map((e) => e.status),
    (s) => STATUS_RANK.indexOf(s),
  );
  const conflicts = c
    .filter((m) => FAMILY[m.event.status] !== FAMILY[status])
    .map((m) => ({ article: m.article, event: m.event.id, status: m.event.status }));
  const cameos = events.flatMap((e) => (e.cameo ? [e.cameo] : []));
  const outlets = [...new Set(c.map((m) => sources.get(m.article)?.outlet ?? "unknown"))];
  const se: StoryEvent = {
    id: stableId("e", [...c.map((m) => `${m.article}/${m.event.id}`)].sort()[0]!),
    event: commonest(
      events.map((e) => e.event),
      () => 0,
    ),
    ...(cameos.length ? { cameo: commonest(cameos, () => 0) } : {}),
    actor: unionActors(events.map((e) => e.actor)),
    recipient: unionActors(events.map((e) => e.recipient)),
    ...storyDate(c, sources),
    status,
    mentions: c.map((m) => ({ article: m.article, event: m.event.id })),
    sources: outlets,
    independent_sources: independentSources(c, sources),
  };
  if (conflicts.length) se.conflicts = conflicts;
  return se;
}

/**
 * The story event's date: the most specific of its mentions', or else a bare weekday anchored by
 * the other reports' publication dates (weekday-anchor.ts); marked inferred when it rests on
 * inference rather than on the reports' own dates.
 */
function storyDate(
  c: readonly EventMention[],
  sources: ReadonlyMap<string, MentionSource>,
): Pick<StoryEvent, "date" | "date_inferred"> {
  const date = mostSpecificDate(c.map((m) => m.event.date));
  if (dayRange(date) || !date) return { date, ...(datedByInferenceOnly(c, sources) ? { date_inferred: true } : {}) };
  const anchored = anchorWeekday(
    c.map((m) => ({ date: m.event.date, status: m.event.status, publishedDay: sources.get(m.article)?.day ?? null })),
  );
  return anchored ? { date: anchored, date_inferred: true } : { date };
}

/** The event's date comes only from articles whose own publication date was inferred. */
function datedByInferenceOnly(c: readonly EventMention[], sources: ReadonlyMap<string, MentionSource>): boolean {
  const dated = c.filter((m) => m.event.date !== null);
  return dated.length > 0 && dated.every((m) => sources.get(m.article)?.ownDate === false);
}

/** The most frequent value; ties go to the lower rank, then to the first seen. */
function commonest<T>(xs: readonly T[], rank: (x: T) => number): T {
  const n = new Map<T, number>();
  for (const x of xs) n.set(x, (n.get(x) ?? 0) + 1);
  let best = xs[0] as T;
  for (const [x, k] of n) {
    const bk = n.get(best)!;
    if (k > bk || (k === bk && rank(x) < rank(best))) best = x;
  }
  return best;
}

/** The narrowest known date (a day beats a week beats a year beats none); ties to the commonest. */
function mostSpecificDate(dates: readonly (string | null)[]): string | null {
  const known = dates.filter((d): d is string => d !== null);
  if (!known.length) return null;
  const width = Math.min(...known.map(dateWidth));
  return commonest(
    known.filter((d) => dateWidth(d) === width),
    () => 0,
  );
}

function unionActors(lists: readonly (readonly Actor[])[]): Actor[] {
  const seen = new Map<string, Actor>();
  for (const list of lists) {
    for (const a of list) {
      const key = `${a.country}|${a.sector ?? ""}|${a.name.toLowerCase()}`;
      if (!seen.has(key)) seen.set(key, a);
    }
  }
  return [...seen.values()];
}

/**
 * Sources that could each have found the event out: copies of one wire story count once, and so
 * do several articles of one outlet (which repeat their own earlier reporting).
 */
function independentSources(c: readonly EventMention[], sources: ReadonlyMap<string, MentionSource>): number {
  const groups: { families: Set<string>; outlets: Set<string> }[] = [];
  for (const article of new Set(c.map((m) => m.article))) {
    const src = sources.get(article) ?? { outlet: "unknown", family: article };
    const hit = groups.filter(
      (g) => g.families.has(src.family) || (src.outlet !== "unknown" && g.outlets.has(src.outlet)),
    );
    const merged = { families: new Set([src.family]), outlets: new Set([src.outlet]) };
    for (const g of hit) {
      g.families.forEach((f) => merged.families.add(f));
      g.outlets.forEach((o) => merged.outlets.add(o));
      groups.splice(groups.indexOf(g), 1);
    }
    groups.push(merged);
  }
  return groups.length;
}

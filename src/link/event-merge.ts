/**
 * Merges the event mentions of one story into real-world events. A mention joins the cluster it
 * resembles most when (1) the codes allow it (event-compat.ts) against every member, and (2) the
 * words agree: its trigger and sentence look like a member's, or it carries the same quotation.
 */
import type { Actor, Event, EventStatus, StoryEvent } from "../model/schema.js";
import { DocFreq } from "./doc-freq.js";
import type { EventMention } from "./event-mentions.js";
import { eventsCompatible, sameCodes, sectorsClash } from "./event-compat.js";
import { stableId } from "./hashing.js";
import { compareDates, dateWidth, dayGap, dayRange, sameDay } from "./timeline.js";
import { anchorWeekday } from "./weekday-anchor.js";
import { weightedCosine } from "./weighted-cosine.js";

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

  const pairs: Pair[] = [];
  for (const [i, j] of candidatePairs(mentions, idf)) {
    const a = mentions[i]!;
    const b = mentions[j]!;
    if (!pairCompatible(a, b)) continue;
    // An article rarely says one thing twice in other words: its own mentions must share their trigger.
    if (
      a.article === b.article &&
      !sameQuote(a, b) &&
      weightedCosine(a.trigger, b.trigger, idf) < SAME_ARTICLE_TRIGGER
    ) {
      continue;
    }
    const score = pairScore(a, b, idf);
    if (score >= MERGE_SCORE - ANCHOR_BONUS) pairs.push({ i, j, score });
  }

  const clusterOf = mentions.map((m, i) => newCluster(m, i));
  const compatible = compatibilityCache();
  const join = (list: Pair[]) => {
    list.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
    for (const { i, j, score } of list) {
      const ci = clusterOf[i]!;
      const cj = clusterOf[j]!;
      if (ci === cj || !clustersCompatible(ci, cj, compatible)) continue;
      if (!clusterDaysSupport(ci, cj, mentions[i]!.event, mentions[j]!.event, score)) continue;
      const [keep, gone] = ci.members.length >= cj.members.length ? [ci, cj] : [cj, ci];
      for (const x of gone.members) {
        keep.members.push(x);
        clusterOf[x] = keep;
      }
      for (const [k, e] of gone.codes) keep.codes.set(k, e);
      for (const [a, k] of gone.byArticle) keep.byArticle.set(a, k);
    }
  };
  join(pairs.filter((p) => p.score >= MERGE_SCORE));
  // Second pass: a weaker pair whose sentences both also tell one event that several reports
  // share ("a day after the recognition, ordered troops" / "after the recognition, signed a decree
  // sending forces") is told in the same frame, which the words alone may not show.
  const anchorsOf = anchors(mentions, clusterOf);
  join(
    pairs
      .filter((p) => p.score < MERGE_SCORE && mentions[p.i]!.article !== mentions[p.j]!.article)
      .filter((p) => shareAnchor(anchorsOf[p.i]!, anchorsOf[p.j]!, clusterOf[p.i]!, clusterOf[p.j]!))
      .map((p) => ({ ...p, score: p.score + ANCHOR_BONUS }))
      .filter((p) => p.score >= MERGE_SCORE),
  );
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

interface Pair {
  i: number;
  j: number;
  score: number;
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
 * Pairs worth scoring: mentions of compatible types sharing a trigger word or one of their most
 * distinctive sentence words. An inverted index keeps this near-linear in a long story.
 */
function candidatePairs(mentions: readonly EventMention[], idf: (k: string) => number): [number, number][] {
  const byKey = new Map<string, number[]>();
  const keysOf = mentions.map((m) => {
    const context = [...m.context.keys()].sort((a, b) => idf(b) - idf(a) || (a < b ? -1 : 1)).slice(0, INDEX_WORDS);
    // A quotation is found again by its three longest words, whatever the sentences around it.
    const quote = [...(m.quote ?? [])].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).slice(0, 3);
    return new Set([...m.trigger.keys(), ...context, ...quote.map((w) => "q:" + w)]);
  });
  keysOf.forEach((keys, i) => {
    for (const k of keys) {
      let list = byKey.get(k);
      if (!list) byKey.set(k, (list = []));
      list.push(i);
    }
  });
  const seen = new Set<number>();
  const out: [number, number][] = [];
  const n = mentions.length;
  for (const list of byKey.values()) {
    // Neighbours in story order only: a long story's common words must not pair everything with everything.
    for (let p = 1; p < list.length; p++) {
      for (let q = Math.max(0, p - PAIRS_PER_KEY); q < p; q++) {
        const i = list[q]!;
        const j = list[p]!;
        if (seen.has(i * n + j)) continue;
        seen.add(i * n + j);
        out.push([i, j]);
      }
    }
  }
  return out;
}

/** A growing cluster, summarised by its distinct codes so that joining two is checked on codes, not members. */
interface Cluster {
  members: number[];
  /** Distinct full codes (type, date, actors and recipients with sectors) → one event carrying them. */
  codes: Map<string, Event>;
  /** Each member article → the codes its mentions share (one article restates one set of codes). */
  byArticle: Map<string, string>;
}

function newCluster(m: EventMention, i: number): Cluster {
  const key = codeKey(m.event);
  return { members: [i], codes: new Map([[key, m.event]]), byArticle: new Map([[m.article, sameCodesKey(m.event)]]) };
}

function clustersCompatible(
  a: Cluster,
  b: Cluster,
  compatible: (x: [string, Event], y: [string, Event]) => boolean,
): boolean {
  for (const [art, k] of a.byArticle) {
    const other = b.byArticle.get(art);
    if (other !== undefined && other !== k) return false;
  }
  for (const x of a.codes) for (const y of b.codes) if (!compatible(x, y)) return false;
  return true;
}

/**
 * A pair whose own dates left the score unweighed (one side undated) still joins two clusters
 * that are dated: a day apart, the pair must then pass with the next-day penalty, as if its
 * members carried their clusters' days. Otherwise an undated mention links two next-day events.
 */
function clusterDaysSupport(a: Cluster, b: Cluster, x: Event, y: Event, score: number): boolean {
  if (dayGap(x.date, y.date) !== null) return true;
  const days = (c: Cluster) => [...c.codes.values()].map((e) => e.date).filter((d) => dateWidth(d) === 1);
  const da = days(a);
  const db = days(b);
  if (!da.length || !db.length || da.some((d) => db.some((e) => sameDay(d, e)))) return true;
  return score - NEXT_DAY_PENALTY >= MERGE_SCORE;
}

/** eventsCompatible, remembered per pair of distinct codes. */
function compatibilityCache(): (x: [string, Event], y: [string, Event]) => boolean {
  const memo = new Map<string, boolean>();
  return ([kx, ex], [ky, ey]) => {
    const key = kx < ky ? `${kx}\n${ky}` : `${ky}\n${kx}`;
    let v = memo.get(key);
    if (v === undefined) memo.set(key, (v = eventsCompatible(ex, ey)));
    return v;
  };
}

const actorKey = (xs: readonly Actor[]) =>
  xs
    .map((x) => `${x.country}:${x.sector ?? ""}`)
    .sort()
    .join(",");
const countryKey = (xs: readonly Actor[]) => [...new Set(xs.map((x) => x.country))].sort().join(",");
function codeKey(e: Event): string {
  return `${e.event}|${e.date}|${actorKey(e.actor)}|${actorKey(e.recipient)}`;
}
/** Equal exactly when event-compat's sameCodes holds. */
function sameCodesKey(e: Event): string {
  return `${e.event}|${e.date}|${countryKey(e.actor)}|${countryKey(e.recipient)}`;
}

/** Codes compatible, and mentions from one article only when the article restates the same codes. */
function pairCompatible(a: EventMention, b: EventMention): boolean {
  return eventsCompatible(a.event, b.event) && (a.article !== b.article || sameCodes(a.event, b.event));
}

/** Word and detail evidence that two compatible mentions are one event (exported for diagnostics). */
export function pairScore(a: EventMention, b: EventMention, idf: (k: string) => number): number {
  if (sameQuote(a, b)) return 1;
  let score =
    W_TRIGGER * weightedCosine(a.trigger, b.trigger, idf) + W_CONTEXT * weightedCosine(a.context, b.context, idf);
  if (sameDay(a.event.date, b.event.date)) score += SAME_DAY_BONUS;
  else if (Math.abs(dayGap(a.event.date, b.event.date) ?? 0) === 1) score -= NEXT_DAY_PENALTY;
  if (sectorsClash(a.event.actor, b.event.actor) || sectorsClash(a.event.recipient, b.event.recipient)) {
    score -= SECTOR_CLASH_PENALTY;
  }
  const ca = a.event.cameo?.slice(0, 3);
  const cb = b.event.cameo?.slice(0, 3);
  if (ca && cb) score += ca === cb ? SAME_CAMEO_BONUS : -OTHER_CAMEO_PENALTY;
  if (sameQuantity(a.event.quantities, b.event.quantities)) score += SAME_QUANTITY_BONUS;
  return score;
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

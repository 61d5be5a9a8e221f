/**
 * The event coder's regression set (test/fixtures/events/sentences.tsv): hand-written news
 * sentences with the events they should yield, run through the real per-document pipeline
 * (nlp, entities, times, quotes, events) and scored by type, parties and status.
 */
import { fileURLToPath } from "node:url";
import { dataRows } from "../../data/data-files.js";
import { newArticle } from "../../model/article.js";
import type { Article, Event } from "../../model/schema.js";
import type { Stage, StageContext } from "../../pipeline/stage.js";

/** One expected event of a sentence. */
export interface ExpectedEvent {
  /** Acceptable PLOVER types (either is right). */
  types: string[];
  /** Expected actor / recipient country code, or null when not checked. */
  actor: string | null;
  recipient: string | null;
  status: string | null;
}

/** A sentence of the set and what it should yield (no events for a NONE row). */
export interface SentenceCase {
  id: string;
  text: string;
  expected: ExpectedEvent[];
}

/** The fixture file, relative to this module so the set runs from any working directory. */
export const SENTENCES_FILE = fileURLToPath(new URL("../../../test/fixtures/events/sentences.tsv", import.meta.url));

/** The publication date the sentences are read as of (for "historical" and dates). */
const PUBLISHED = "2024-05-15";

const cell = (s: string | undefined) => (s && s !== "-" ? s : null);

/** Reads the set: id, type, actor, recipient, status, text; ";" separates several expected events. */
export function readSentenceSet(file = SENTENCES_FILE): SentenceCase[] {
  const [, ...rows] = dataRows(file);
  return rows.map(([id = "", type = "", actor = "", recipient = "", status = "", text = ""]) => {
    if (type === "NONE") return { id, text, expected: [] };
    const actors = actor.split(";");
    const recipients = recipient.split(";");
    const statuses = status.split(";");
    const expected = type.split(";").map((t, i) => ({
      types: t.split("|"),
      actor: cell(actors[i]),
      recipient: cell(recipients[i]),
      status: cell(statuses[i]),
    }));
    return { id, text, expected };
  });
}

/** Runs the stages over one sentence, published on a fixed date. */
export function runSentence(text: string, stages: readonly Stage[], ctx: StageContext): Article {
  const base = newArticle("s", {});
  let a: Article = { ...base, text, meta: { ...base.meta, published: PUBLISHED } };
  for (const s of stages) a = s.run(a, ctx);
  return a;
}

/** Counts over the set: events found with the right type, with both parties right, and status. */
export interface SentenceScore {
  expected: number;
  predicted: number;
  found: number;
  strict: number;
  statusRight: number;
  /** Lines describing each miss and each extra event. */
  misses: string[];
}

const countries = (e: Event, side: "actor" | "recipient") => e[side].map((a) => a.country);

/** Scores one sentence's events against its expectations, greedily one to one. */
export function scoreCase(c: SentenceCase, events: readonly Event[], into: SentenceScore): void {
  into.expected += c.expected.length;
  into.predicted += events.length;
  const used = new Set<number>();
  for (const x of c.expected) {
    const right = (e: Event) => x.types.includes(e.event);
    const partiesRight = (e: Event) =>
      (!x.actor || countries(e, "actor").includes(x.actor)) &&
      (!x.recipient || countries(e, "recipient").includes(x.recipient));
    let best = -1;
    events.forEach((e, i) => {
      if (used.has(i) || !right(e)) return;
      if (best < 0 || (partiesRight(e) && !partiesRight(events[best]!))) best = i;
    });
    if (best < 0) {
      into.misses.push(`${c.id} missing ${x.types.join("|")}: ${c.text}`);
      continue;
    }
    used.add(best);
    const e = events[best]!;
    into.found++;
    if (partiesRight(e)) into.strict++;
    else
      into.misses.push(
        `${c.id} parties ${countries(e, "actor").join(",") || "-"} -> ${countries(e, "recipient").join(",") || "-"}, want ${x.actor ?? "*"} -> ${x.recipient ?? "*"}: ${c.text}`,
      );
    if (!x.status || e.status === x.status) into.statusRight++;
    else into.misses.push(`${c.id} status ${e.status}, want ${x.status}: ${c.text}`);
  }
  events.forEach((e, i) => {
    if (!used.has(i)) into.misses.push(`${c.id} extra ${e.event} (${e.why ?? ""}): ${e.event_text}`);
  });
}

/** Runs and scores the whole set. */
export function scoreSentenceSet(
  cases: readonly SentenceCase[],
  stages: readonly Stage[],
  ctx: StageContext,
): SentenceScore {
  const score: SentenceScore = { expected: 0, predicted: 0, found: 0, strict: 0, statusRight: 0, misses: [] };
  for (const c of cases) scoreCase(c, runSentence(c.text, stages, ctx).events, score);
  return score;
}

/** Precision, recall and F1 of finding events of the right type. */
export function prf(s: SentenceScore): { p: number; r: number; f1: number } {
  const p = s.predicted ? s.found / s.predicted : 1;
  const r = s.expected ? s.found / s.expected : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

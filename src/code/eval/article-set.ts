/**
 * The event coder's article set (test/fixtures/events/articles.tsv and articles/*.txt): whole
 * hand-written news articles run through the full pipeline, extraction included, with the events
 * each should yield. Sentence sets test one clause at a time; this tests what only an article has:
 * datelines, pronouns and roles that point back across sentences, tolls told in the next sentence,
 * attributions, and events a story must not count twice.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dataRows } from "../../data/data-files.js";
import { newArticle } from "../../model/article.js";
import type { Article, Event } from "../../model/schema.js";
import type { Stage, StageContext } from "../../pipeline/stage.js";
import type { SentenceScore } from "./sentence-set.js";

/** One expected event of an article, found by its type and a piece of its sentence. */
export interface ArticleEvent {
  id: string;
  types: string[];
  actor: string | null;
  recipient: string | null;
  status: string | null;
  /** Words of the sentence the event is told in. */
  cue: string;
}

/** An article of the set and what it should yield. */
export interface ArticleCase {
  file: string;
  expected: ArticleEvent[];
}

const cell = (s: string | undefined) => (s && s !== "-" ? s : null);

/** Reads the set: article, id, type, actor, recipient, status, cue; article files are beside the table. */
export function readArticleSet(table: string, dir: string): ArticleCase[] {
  const [, ...rows] = dataRows(table);
  const byFile = new Map<string, ArticleEvent[]>();
  for (const [file = "", id = "", type = "", actor, recipient, status, cue = ""] of rows) {
    const list = byFile.get(file) ?? [];
    list.push({
      id,
      types: type.split("|"),
      actor: cell(actor),
      recipient: cell(recipient),
      status: cell(status),
      cue,
    });
    byFile.set(file, list);
  }
  return [...byFile].map(([file, expected]) => ({ file: join(dir, file), expected }));
}

/** Runs every stage over one article file. */
export function runArticle(file: string, stages: readonly Stage[], ctx: StageContext): Article {
  let a = newArticle(file, { path: file }, { format: "text", body: readFileSync(file, "utf8") });
  for (const s of stages) a = s.run(a, ctx);
  return a;
}

const countries = (e: Event, side: "actor" | "recipient") => e[side].map((a) => a.country);

/** The sentence an event was coded from. */
function sentenceOf(a: Article, e: Event): string {
  const s = a.sentences.find((x) => x.start <= e.text_info.start && e.text_info.start < x.end);
  return s ? a.text.slice(s.start, s.end) : e.event_text;
}

/** Scores one article's events against its expectations, one to one. */
export function scoreArticle(c: ArticleCase, a: Article, into: SentenceScore): void {
  const name = c.file.split("/").pop();
  into.expected += c.expected.length;
  into.predicted += a.events.length;
  const used = new Set<number>();
  for (const x of c.expected) {
    const partiesRight = (e: Event) =>
      (!x.actor || countries(e, "actor").includes(x.actor)) &&
      (!x.recipient || countries(e, "recipient").includes(x.recipient));
    let best = -1;
    a.events.forEach((e, i) => {
      if (used.has(i) || !x.types.includes(e.event) || !sentenceOf(a, e).includes(x.cue)) return;
      if (best < 0 || (partiesRight(e) && !partiesRight(a.events[best]!))) best = i;
    });
    if (best < 0) {
      into.misses.push(`${name} ${x.id} missing ${x.types.join("|")}: ${x.cue}`);
      continue;
    }
    used.add(best);
    const e = a.events[best]!;
    into.found++;
    if (partiesRight(e)) into.strict++;
    else
      into.misses.push(
        `${name} ${x.id} parties ${countries(e, "actor").join(",") || "-"} -> ${countries(e, "recipient").join(",") || "-"}, want ${x.actor ?? "*"} -> ${x.recipient ?? "*"}: ${x.cue}`,
      );
    if (!x.status || e.status === x.status) into.statusRight++;
    else into.misses.push(`${name} ${x.id} status ${e.status}, want ${x.status}: ${x.cue}`);
  }
  a.events.forEach((e, i) => {
    if (!used.has(i)) into.misses.push(`${name} extra ${e.event} (${e.why ?? ""}): ${e.event_text}`);
  });
}

/** Runs and scores the whole set. */
export function scoreArticleSet(
  cases: readonly ArticleCase[],
  stages: readonly Stage[],
  ctx: StageContext,
): SentenceScore {
  const score: SentenceScore = { expected: 0, predicted: 0, found: 0, strict: 0, statusRight: 0, misses: [] };
  for (const c of cases) scoreArticle(c, runArticle(c.file, stages, ctx), score);
  return score;
}

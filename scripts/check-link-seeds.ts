/**
 * `node --import tsx scripts/check-link-seeds.ts [--gold-events] [--verbose]`: how the link stage
 * groups the five seed articles (../shared/seeds) and merges their events, against the answer key.
 *
 * 1. Reads the seeds and runs the per-document pipeline (as far as its stages exist).
 * 2. With --gold-events, or when no event coder exists yet, replaces each article's events by the
 *    key's events placed at their evidence: this measures the merging alone, on perfect events.
 * 3. Links the corpus and prints the stories, each merged event with the key's tags of its
 *    mentions, and merge recall / precision and timeline order as score-seeds.mjs counts them.
 */
import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import type { Article, Event } from "../src/model/schema.js";
import { readInputs } from "../src/ingest/read-inputs.js";
import { linkCorpus } from "../src/link/link-corpus.js";
import type { Stage, StageContext } from "../src/pipeline/stage.js";

const shared = resolve(import.meta.dirname, "..", "..", "shared");
const args = process.argv.slice(2);
const verbose = args.includes("--verbose");

interface GoldEvent {
  id: string;
  event: string[];
  actor?: { country: string[]; sector?: string[] };
  recipient?: { country: string[]; sector?: string[] };
  evidence: string;
  date: string | null;
  status: string;
  story_event?: string;
}
interface Gold {
  articles: { file: string; events: GoldEvent[] }[];
  story_events: { id: string; articles: string[] }[];
  timeline_groups: string[][];
}
const gold = JSON.parse(readFileSync(resolve(shared, "gold", "seeds.gold.json"), "utf8")) as Gold;

// 1. Read and analyse.
const { stages, ctx, haveCoder } = await loadStages();
const articles: Article[] = [];
for await (const got of readInputs([resolve(shared, "seeds")])) {
  if (!("article" in got)) continue;
  let a = got.article;
  for (const s of stages) a = s.run(a, ctx);
  articles.push(a);
}

// 2. Perfect events, when asked or when there is no coder.
const useGold = args.includes("--gold-events") || !haveCoder;
const tagOf = new Map<string, string>();
for (const a of articles) {
  const g = gold.articles.find((x) => x.file === basename(a.source.path ?? ""));
  if (!g) continue;
  if (useGold) a.events = g.events.flatMap((e) => placeGold(a, e));
  for (const e of a.events) {
    const tag = useGold ? g.events.find((x) => x.id === e.id)?.story_event : tagByEvidence(a, e, g.events);
    if (tag) tagOf.set(`${a.id}/${e.id}`, tag);
  }
}
console.log(`events: ${useGold ? "the key's (placed at their evidence)" : "the pipeline's"}`);

// 3. Link and report.
const stories = linkCorpus(articles);
const fileOf = new Map(articles.map((a) => [a.id, basename(a.source.path ?? a.id).slice(0, 3)]));
console.log(
  `stories: ${stories.length} (${stories.map((s) => s.articles.map((id) => fileOf.get(id)).join("+")).join(" | ")})`,
);
let mergedPairs = 0;
let wrong = 0;
for (const s of stories) {
  for (const se of s.events) {
    const tags = se.mentions.map((m) => tagOf.get(`${m.article}/${m.event}`)).filter((t): t is string => !!t);
    if (tags.length > 1) {
      mergedPairs++;
      if (new Set(tags).size > 1) wrong++;
    }
    if (verbose || se.mentions.length > 1) {
      const ms = se.mentions.map(
        (m) =>
          `${fileOf.get(m.article)}/${m.event}${tagOf.has(`${m.article}/${m.event}`) ? ":" + tagOf.get(`${m.article}/${m.event}`) : ""}`,
      );
      console.log(
        `  ${se.date ?? "undated   "} ${se.event.padEnd(9)} ${se.status.padEnd(9)} src ${se.independent_sources}  ${ms.join(", ")}`,
      );
    }
  }
}
let recall = 0;
const multi = gold.story_events.filter((x) => x.articles.length > 1);
for (const gs of multi) {
  const ok = stories.some((s) =>
    s.events.some((se) => {
      const files = new Set(
        se.mentions.filter((m) => tagOf.get(`${m.article}/${m.event}`) === gs.id).map((m) => fileOf.get(m.article)),
      );
      return gs.articles.every((f) => files.has(f.slice(0, 3)));
    }),
  );
  if (ok) recall++;
  else console.log(`  not merged: ${gs.id} (${gs.articles.map((f) => f.slice(0, 3)).join(", ")})`);
}
const order: string[] = [];
for (const s of stories) {
  for (const se of s.events) {
    const tag = se.mentions.map((m) => tagOf.get(`${m.article}/${m.event}`)).find(Boolean);
    if (tag && !order.includes(tag) && gold.timeline_groups.some((g) => g.includes(tag))) order.push(tag);
  }
}
const groupOf = (t: string) => gold.timeline_groups.findIndex((g) => g.includes(t));
let pairs = 0;
let right = 0;
for (let i = 0; i < order.length; i++) {
  for (let j = i + 1; j < order.length; j++) {
    if (groupOf(order[i]!) === groupOf(order[j]!)) continue;
    pairs++;
    if (groupOf(order[i]!) < groupOf(order[j]!)) right++;
  }
}
console.log(
  `merge recall ${recall}/${multi.length}  precision ${mergedPairs - wrong}/${mergedPairs}  timeline ${right}/${pairs} (coverage ${order.length})`,
);

/** The pipeline's stages that exist so far: extract, nlp, then whichever annotators load. */
async function loadStages(): Promise<{ stages: Stage[]; ctx: StageContext; haveCoder: boolean }> {
  try {
    const { STAGES, defaultContext } = await import("../src/pipeline/default-pipeline.js");
    return { stages: [...STAGES], ctx: defaultContext(), haveCoder: true };
  } catch (err) {
    console.log(`full pipeline unavailable (${(err as Error).message.split("\n")[0]}); using extract + nlp`);
    const { extractStage } = await import("../src/extract/stage.js");
    const { nlpStage } = await import("../src/annotate/nlp/stage.js");
    const { emptyKnowledgeBase } = await import("../src/kb/knowledge-base.js");
    return { stages: [extractStage, nlpStage], ctx: { kb: emptyKnowledgeBase() }, haveCoder: false };
  }
}

/** A key event as an Event at its evidence in the clean text (none when the evidence is not found). */
function placeGold(a: Article, g: GoldEvent): Event[] {
  const span = findLoose(a.text, g.evidence);
  if (!span) return [];
  const actors = (x?: { country: string[]; sector?: string[] }) =>
    x ? [{ name: x.country[0]!, country: x.country[0]!, ...(x.sector?.[0] ? { sector: x.sector[0] } : {}) }] : [];
  return [
    {
      id: g.id,
      event: g.event[0] as Event["event"],
      quad_code: 1,
      actor: actors(g.actor),
      recipient: actors(g.recipient),
      date: g.date,
      status: g.status,
      text_info: span,
      event_text: a.text.slice(span.start, span.end),
    },
  ];
}

/** The key's tag of a pipeline event: the key event whose evidence lies in the same sentence. */
function tagByEvidence(a: Article, e: Event, keyEvents: GoldEvent[]): string | undefined {
  const sentence = a.sentences.find((s) => s.start <= e.text_info.start && e.text_info.start < s.end);
  if (!sentence) return undefined;
  return keyEvents.find((g) => {
    const span = findLoose(a.text, g.evidence);
    return span && span.start < sentence.end && sentence.start < span.end && g.event.includes(e.event);
  })?.story_event;
}

/** Finds `needle` in `text` ignoring case, spacing, punctuation and quote styles. */
function findLoose(text: string, needle: string): { start: number; end: number } | null {
  const words = needle.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!words.length) return null;
  const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[^\\p{L}\\p{N}]+"), "iu");
  const m = re.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

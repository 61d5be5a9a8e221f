// Runs the per-document pipeline that exists (extract -> nlp -> entities -> times -> quotes -> events)
// on the seed articles and scores the events with the shared scorer (shared/tools/score-seeds.mjs):
// one-to-one greedy matching, evidence coverage >= 0.8 of the predicted event's sentence, actor and
// recipient country match. Stages whose module is missing are skipped and named.
//
//   node --import tsx scripts/check-events-seeds.ts [--verbose] [--seeds DIR] [--out corpus.json]
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { newArticle, publicArticle } from "../src/model/article.js";
import type { Article } from "../src/model/schema.js";
import type { Stage, StageContext } from "../src/pipeline/stage.js";

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
};
const shared = resolve(import.meta.dirname, "..", "..", "shared");
const seedsDir = opt("--seeds", join(shared, "seeds"));
const scorer = join(shared, "tools", "score-seeds.mjs");

const STAGE_MODULES: [string, string, string][] = [
  ["extract", "../src/extract/stage.js", "extractStage"],
  ["nlp", "../src/annotate/nlp/stage.js", "nlpStage"],
  ["entities", "../src/annotate/entities/stage.js", "entitiesStage"],
  ["times", "../src/annotate/time/stage.js", "timesStage"],
  ["quotes", "../src/annotate/quotes/stage.js", "quotesStage"],
  ["events", "../src/code/stage.js", "eventsStage"],
];

async function loadStages(): Promise<Stage[]> {
  const stages: Stage[] = [];
  for (const [name, path, exported] of STAGE_MODULES) {
    try {
      const mod = (await import(path)) as Record<string, Stage | undefined>;
      const stage = mod[exported];
      if (stage) stages.push(stage);
      else console.log(`skipped stage ${name}: ${path} has no ${exported}`);
    } catch (err) {
      console.log(`skipped stage ${name}: ${(err as Error).message.split("\n")[0]}`);
    }
  }
  return stages;
}

async function context(): Promise<StageContext> {
  try {
    const kb = (await import("../src/kb/knowledge-base.js")) as { loadKnowledgeBase?: () => StageContext["kb"] };
    if (kb.loadKnowledgeBase) return { kb: kb.loadKnowledgeBase() };
  } catch {
    // fall through to an empty knowledge base
  }
  return { kb: { version: "empty" } as StageContext["kb"] };
}

/** Without an extract stage the raw text stands in for the body. */
function withoutExtract(a: Article): Article {
  return { ...a, text: a.raw?.body ?? "" };
}

/** Extra warm runs of the events stage per article for its timing. */
const TIMING_RUNS = 50;

const stages = await loadStages();
const ctx = await context();
const articles: Article[] = [];
let eventMs = 0;
for (const file of readdirSync(seedsDir)
  .filter((f) => f.endsWith(".txt"))
  .sort()) {
  const body = readFileSync(join(seedsDir, file), "utf8");
  let a = newArticle(file.replace(/\.txt$/, ""), { path: join(seedsDir, file) }, { format: "text", body });
  if (!stages.some((s) => s.name === "extract")) a = withoutExtract(a);
  for (const s of stages) {
    const t0 = performance.now();
    try {
      a = s.run(a, ctx);
    } catch (err) {
      a = { ...a, issues: [...a.issues, { code: "stage-failed", stage: s.name, message: String(err) }] };
    }
    if (s.name === "events") {
      // Timed again, warm, so the figure is the steady per-article cost rather than the first load.
      const again = performance.now();
      for (let k = 0; k < TIMING_RUNS; k++) s.run(a, ctx);
      eventMs += (performance.now() - again) / TIMING_RUNS;
      void t0;
    }
  }
  articles.push(a);
}
const corpus = { version: 1, articles: articles.map(publicArticle), stories: [] };
const out = opt("--out", join(mkdtempSync(join(tmpdir(), "events-seeds-")), "corpus.json"));
writeFileSync(out, JSON.stringify(corpus));
const r = spawnSync(process.execPath, [scorer, out, "--json"], { encoding: "utf8" });
if (r.status !== 0) {
  console.error(r.stderr);
  process.exit(1);
}
const { tally, misses } = JSON.parse(r.stdout) as { tally: Record<string, [number, number]>; misses: string[] };
const pct = (k: string) =>
  tally[k] ? `${((100 * tally[k][0]) / tally[k][1]).toFixed(0)}% (${tally[k][0]}/${tally[k][1]})` : "-";
const ratio = (k: string) => (tally[k] ? tally[k][0] / tally[k][1] : 0);
const p = ratio("events.precision");
const s = ratio("events.strict");
for (const m of misses.filter((x) => x.startsWith("events")))
  if (args.includes("--verbose") || !m.startsWith("events+")) console.log("  miss", m);
console.log(
  `events: found ${pct("events.found")}  strict ${pct("events.strict")}  precision ${pct("events.precision")}  date ${pct("events.date")}  status ${pct("events.status")}  forbidden-ok ${pct("events.forbidden")}`,
);
console.log(
  `events-F1 ${(p + s ? (200 * p * s) / (p + s) : 0).toFixed(0)}%  (${articles.reduce((n, a) => n + a.events.length, 0)} events, events stage ${(eventMs / articles.length).toFixed(2)} ms/article)`,
);

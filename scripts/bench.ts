/**
 * `npm run bench [-- --articles N]`: throughput of each per-document stage in articles per second,
 * the whole pipeline, linking and the store, and in the same run wink-nlp alone (tokens, sentences,
 * parts of speech) on the same clean text as the ceiling the pipeline is measured against; then
 * peak memory. One core, one process. Numbers go in closing notes, not in tests.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { STAGES, defaultContext } from "../src/pipeline/default-pipeline.js";
import type { Article } from "../src/model/schema.js";
import { wink } from "../src/annotate/nlp/wink.js";
import { linkCorpus } from "../src/link/link-corpus.js";
import { openSqliteStore } from "../src/store/sqlite-store.js";
import { makeCorpus } from "./bench/make-corpus.js";

const root = resolve(import.meta.dirname, "..");
const argN = process.argv.indexOf("--articles");
const N = argN > 0 ? Number(process.argv[argN + 1]) : 3000;

const rows: [string, string, string][] = [];
const rate = (n: number, ms: number) => ((n / ms) * 1000).toFixed(0);
function row(name: string, n: number, ms: number, unit = "articles/s") {
  rows.push([name, `${rate(n, ms)} ${unit}`, `${(ms / 1000).toFixed(2)} s`]);
}

const ctx = defaultContext();
let docs: Article[] = makeCorpus(join(root, "examples", "corpus"), N);
const warm = makeCorpus(join(root, "examples", "corpus"), 30, 99);
for (const s of STAGES) warm.forEach((a, i) => (warm[i] = s.run(a, ctx)));

// 1. Each stage over the whole corpus, given the previous stage's output.
let total = 0;
for (const stage of STAGES) {
  const t0 = performance.now();
  docs = docs.map((a) => stage.run(a, ctx));
  const ms = performance.now() - t0;
  total += ms;
  row(`stage ${stage.name}`, N, ms);
}
row("pipeline (all stages)", N, total);
const tokens = docs.reduce((s, a) => s + (a.tokens?.length ?? 0), 0);

// 2. wink-nlp alone on the same clean text: the ceiling.
{
  const nlp = wink();
  const its = nlp.its;
  const t0 = performance.now();
  for (const a of docs) {
    const d = nlp.readDoc(a.text);
    d.tokens().out(its.value);
    d.tokens().out(its.pos);
    d.sentences().out(its.span);
  }
  const ms = performance.now() - t0;
  row("wink-nlp alone (tokens, sentences, POS)", N, ms);
  rows.push(["  same, in tokens", `${rate(tokens, ms)} tokens/s`, ""]);
  rows.push(["pipeline / wink-nlp", `${((ms / total) * 100).toFixed(0)}%`, ""]);
}

// 3. Linking and the store.
{
  const t0 = performance.now();
  const stories = linkCorpus(docs);
  row(`link (${stories.length} stories)`, N, performance.now() - t0);
  const dir = mkdtempSync(join(tmpdir(), "storyline-bench-"));
  const store = await openSqliteStore(join(dir, "bench.db"));
  const t1 = performance.now();
  for (let i = 0; i < docs.length; i += 200) await store.putArticles(docs.slice(i, i + 200));
  await store.putStories(stories);
  row("store (SQLite, batches of 200)", N, performance.now() - t1);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

const rss = process.resourceUsage().maxRSS / 1024;
console.log(
  `Storyline benchmark: ${N} articles (${tokens} tokens, ${(tokens / N).toFixed(0)} per article), one core\n`,
);
const w0 = Math.max(...rows.map((r) => r[0].length));
const w1 = Math.max(...rows.map((r) => r[1].length));
for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`);
console.log(`\npeak memory (max RSS): ${rss.toFixed(0)} MB`);

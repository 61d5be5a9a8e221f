/**
 * Throughput of each per-document stage in articles per second, the whole pipeline, linking and
 * the store, and wink-nlp alone (tokens, sentences, parts of speech) on the same clean text: the
 * ceiling the pipeline is measured against.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { STAGES, defaultContext, defaultPipeline } from "../../src/pipeline/default-pipeline.js";
import { PIPE_BATCH } from "../../src/pipeline/runner.js";
import type { Article } from "../../src/model/schema.js";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { wink } from "../../src/annotate/nlp/wink.js";
import { linkCorpus } from "../../src/link/link-corpus.js";
import { openSqliteStore } from "../../src/store/sqlite-store.js";
import { makeCorpus } from "./make-corpus.js";

/** One line of a bench table: what, how fast, how long. */
export type BenchRow = [string, string, string];

const root = resolve(import.meta.dirname, "..", "..");
const rate = (n: number, ms: number) => ((n / ms) * 1000).toFixed(0);
/** CPU time of this process so far in ms: on a shared machine, less disturbed by other processes than the clock. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * Runs the pipeline section on `n` articles varied from the example corpus, after `warmN` other
 * articles. V8 needs thousands of documents before the stages' code is optimised and settled (its
 * compiler runs beside the program, on the same CPU budget); wink-nlp is timed after them.
 */
export async function benchPipeline(n: number, warmN = 1000): Promise<{ rows: BenchRow[]; tokens: number }> {
  const rows: BenchRow[] = [];
  const row = (name: string, count: number, ms: number) =>
    rows.push([name, `${rate(count, ms)} articles/s`, `${(ms / 1000).toFixed(2)} s`]);
  const ctx = defaultContext();
  // Warm the JIT and the lazily built tables on other documents so the first stage is not charged for them.
  for (const a of makeCorpus(join(root, "examples", "corpus"), warmN, 99)) STAGES.reduce((x, s) => s.run(x, ctx), a);

  // 1. The pipeline as analyze runs it: batches of 32 articles, stage by stage, nothing kept
  // after a batch, so the collector works on a small heap.
  const pipeline = defaultPipeline(ctx);
  const batched = makeCorpus(join(root, "examples", "corpus"), n);
  const cb = cpuMs();
  const tb = performance.now();
  for (let i = 0; i < batched.length; i += PIPE_BATCH) pipeline.runBatch(batched.slice(i, i + PIPE_BATCH));
  const batchMs = performance.now() - tb;
  const batchCpu = cpuMs() - cb;
  batched.length = 0;

  // 1b. All stages one article at a time. Only the clean text is kept, for wink-nlp to read next
  // on a heap of the same size.
  const fresh = makeCorpus(join(root, "examples", "corpus"), n);
  const texts: string[] = [];
  const stageMs = STAGES.map(() => 0);
  let tokens = 0;
  const cs = cpuMs();
  const ts = performance.now();
  for (let i = 0; i < fresh.length; i++) {
    let x = fresh[i]!;
    for (let s = 0; s < STAGES.length; s++) {
      const t = performance.now();
      x = STAGES[s]!.run(x, ctx);
      stageMs[s]! += performance.now() - t;
    }
    texts.push(x.text);
    tokens += x.tokens?.length ?? 0;
    fresh[i] = undefined as unknown as Article;
  }
  const streamMs = performance.now() - ts;
  const streamCpu = cpuMs() - cs;

  // 2. wink-nlp alone on the same clean text: the ceiling. The configuration the pipeline uses
  // (sentences and parts of speech) is the reference; wink-nlp's default pipeline (also negation,
  // sentiment, its own entities) is printed beside it. The faster of two rounds counts, which
  // favours wink-nlp, so the ratio errs against us.
  const timeWink = (nlp: ReturnType<typeof wink>) => {
    const its = nlp.its;
    let best = { ms: Infinity, cpu: Infinity };
    for (let round = 0; round < 2; round++) {
      const c0 = cpuMs();
      const t0 = performance.now();
      for (const text of texts) {
        const d = nlp.readDoc(text);
        d.tokens().out(its.value);
        d.tokens().out(its.pos);
        d.sentences().out(its.span);
      }
      const ms = performance.now() - t0;
      if (ms < best.ms) best = { ms, cpu: cpuMs() - c0 };
    }
    return best;
  };
  const { ms: winkMs, cpu: winkCpu } = timeWink(wink());
  const { ms: winkDefaultMs } = timeWink(winkNLP(model));

  const pct = (a: number, b: number) => `${((a / b) * 100).toFixed(0)}%`;
  row(`pipeline, batches of ${PIPE_BATCH} (as analyze runs it)`, n, batchMs);
  row("pipeline, article by article", n, streamMs);
  // Where an article's time goes when it is analysed alone.
  STAGES.forEach((s, i) => rows.push([`  of which ${s.name}`, `${(stageMs[i]! / n).toFixed(3)} ms/article`, ""]));
  row("wink-nlp alone (tokens, sentences, POS)", n, winkMs);
  rows.push(["  same, in tokens", `${rate(tokens, winkMs)} tokens/s`, ""]);
  rows.push(["pipeline speed / wink-nlp speed (batches)", pct(winkMs, batchMs), ""]);
  // The same ratio in CPU time (this process, garbage collection included) for both sides.
  rows.push(["  same, in CPU time", pct(winkCpu, batchCpu), ""]);
  rows.push(["  article by article / wink-nlp", pct(winkMs, streamMs), ""]);
  rows.push(["  same, in CPU time", pct(winkCpu, streamCpu), ""]);
  row("wink-nlp's default pipeline (+ negation, sentiment, NER)", n, winkDefaultMs);
  rows.push(["  pipeline (batches) / wink-nlp default", pct(winkDefaultMs, batchMs), ""]);

  // 3. Each stage over the whole corpus, given the previous stage's output: every document is
  // kept, so this measures the stages on a large heap, and gives link and the store their input.
  let docs: Article[] = makeCorpus(join(root, "examples", "corpus"), n);
  let total = 0;
  for (const stage of STAGES) {
    const t1 = performance.now();
    docs = docs.map((a) => stage.run(a, ctx));
    const ms = performance.now() - t1;
    total += ms;
    row(`stage ${stage.name} (whole corpus)`, n, ms);
  }
  row("pipeline, stage by stage", n, total);
  rows.push(["  stage by stage / wink-nlp", `${((winkMs / total) * 100).toFixed(0)}%`, ""]);

  // 3. Linking and the store.
  const t1 = performance.now();
  const stories = linkCorpus(docs);
  row(`link (${stories.length} stories)`, n, performance.now() - t1);
  const dir = mkdtempSync(join(tmpdir(), "storyline-bench-"));
  const store = await openSqliteStore(join(dir, "bench.db"));
  const t2 = performance.now();
  for (let i = 0; i < docs.length; i += 200) await store.putArticles(docs.slice(i, i + 200));
  await store.putStories(stories);
  row("store (SQLite, batches of 200)", n, performance.now() - t2);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return { rows, tokens };
}

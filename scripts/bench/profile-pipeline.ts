/**
 * `node --cpu-prof --cpu-prof-dir DIR --import tsx scripts/bench/profile-pipeline.ts [--articles N]`
 * Runs the whole pipeline as `analyze` does (batches, nothing kept) after a warm-up, for a CPU
 * profile of the steady state: which functions the time goes to across all stages.
 */
import { join, resolve } from "node:path";
import { STAGES, defaultContext, defaultPipeline } from "../../src/pipeline/default-pipeline.js";
import { PIPE_BATCH } from "../../src/pipeline/runner.js";
import { makeCorpus } from "./make-corpus.js";

const i = process.argv.indexOf("--articles");
const n = i > 0 ? Number(process.argv[i + 1]) : 4000;
const root = resolve(import.meta.dirname, "..", "..");
const ctx = defaultContext();
for (const a of makeCorpus(join(root, "examples", "corpus"), 1000, 99)) STAGES.reduce((x, s) => s.run(x, ctx), a);
const pipeline = defaultPipeline(ctx);
const docs = makeCorpus(join(root, "examples", "corpus"), n);
const t0 = performance.now();
for (let k = 0; k < docs.length; k += PIPE_BATCH) pipeline.runBatch(docs.slice(k, k + PIPE_BATCH));
const ms = performance.now() - t0;
console.log(`${n} articles, ${((n / ms) * 1000).toFixed(0)} articles/s`);

/**
 * `node --import tsx scripts/bench/stage-cpu.ts STAGE [--articles N] [--rounds R]`
 * CPU milliseconds per article of one stage, given the earlier stages' output computed beforehand
 * (untimed). For work on one stage's speed on a shared machine: process CPU time is less disturbed
 * by other processes than the clock. Compare before/after runs of the same command; the best
 * round is printed as well as the median.
 */
import { join, resolve } from "node:path";
import { STAGES, defaultContext } from "../../src/pipeline/default-pipeline.js";
import type { Article } from "../../src/model/schema.js";
import { makeCorpus } from "./make-corpus.js";

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1]! : dflt;
};
const name = args[0];
const at = STAGES.findIndex((s) => s.name === name);
if (at < 0) throw new Error(`usage: stage-cpu.ts ${STAGES.map((s) => s.name).join("|")} [--articles N] [--rounds R]`);
const n = Number(opt("--articles", "1500"));
const rounds = Number(opt("--rounds", "7"));
const root = resolve(import.meta.dirname, "..", "..");
const ctx = defaultContext();
const before = (a: Article) => STAGES.slice(0, at).reduce((x, s) => s.run(x, ctx), a);
const inputs = makeCorpus(join(root, "examples", "corpus"), n).map(before);
const stage = STAGES[at]!;
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
// Warm-up: the same number of other articles through the stage.
for (const a of makeCorpus(join(root, "examples", "corpus"), n, 99).map(before)) stage.run(a, ctx);
const per: number[] = [];
for (let r = 0; r < rounds; r++) {
  const c0 = cpu();
  for (const a of inputs) stage.run(a, ctx);
  per.push((cpu() - c0) / n);
}
per.sort((a, b) => a - b);
console.log(
  `stage ${name}: ${n} articles × ${rounds} rounds, CPU ms/article: best ${per[0]!.toFixed(3)}, median ${per[rounds >> 1]!.toFixed(3)}`,
);

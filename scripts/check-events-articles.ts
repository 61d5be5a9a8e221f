// Runs the whole pipeline on the hand-written articles of test/fixtures/events/articles/ and prints
// precision, recall and F1 of their events (type and sentence), the share with both parties right,
// status, and every miss and extra event with --verbose. A tuned set: see the table's header.
//
//   node --import tsx scripts/check-events-articles.ts [--verbose]
import { resolve } from "node:path";
import { STAGES, defaultContext } from "../src/pipeline/default-pipeline.js";
import { readArticleSet, scoreArticleSet } from "../src/code/eval/article-set.js";
import { prf } from "../src/code/eval/sentence-set.js";

const fixtures = resolve(import.meta.dirname, "..", "test", "fixtures", "events");
const cases = readArticleSet(resolve(fixtures, "articles.tsv"), resolve(fixtures, "articles"));
const s = scoreArticleSet(cases, STAGES, defaultContext());
if (process.argv.includes("--verbose")) for (const m of s.misses) console.log("  " + m);
const { p, r, f1 } = prf(s);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
console.log(
  `articles (${cases.length}): expected ${s.expected}  predicted ${s.predicted}  found ${s.found}  ` +
    `P ${pct(p)}  R ${pct(r)}  F1 ${pct(f1)}  parties ${pct(s.found ? s.strict / s.found : 0)} (${s.strict}/${s.found})  ` +
    `status ${pct(s.found ? s.statusRight / s.found : 0)}`,
);

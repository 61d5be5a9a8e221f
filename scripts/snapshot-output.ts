/**
 * `node --import tsx scripts/snapshot-output.ts OUT.json`
 * Writes every stage's output (tokens included) for a fixed set of inputs to OUT.json, so a change
 * meant only to make the pipeline faster can be shown to leave its output byte-identical:
 * snapshot before, snapshot after, `cmp` the two files.
 * Inputs: 300 articles varied from the bundled examples, and, where ../shared exists, the seeds,
 * the PolNeAR dev texts and 200 trafilatura-eval HTML pages (said on stderr when missing).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join, resolve } from "node:path";
import { STAGES, defaultContext } from "../src/pipeline/default-pipeline.js";
import { newArticle } from "../src/model/article.js";
import type { Article } from "../src/model/schema.js";
import { makeCorpus } from "./bench/make-corpus.js";

const out = process.argv[2];
if (!out) throw new Error("usage: snapshot-output.ts OUT.json");
const root = resolve(import.meta.dirname, "..");
const shared = resolve(root, "..", "shared");
const inputs: Article[] = makeCorpus(join(root, "examples", "corpus"), 300);
const textDir = (dir: string) => {
  if (!existsSync(dir)) return console.error(`snapshot: ${dir} not found, skipped`);
  for (const f of readdirSync(dir).sort())
    if (f.endsWith(".txt"))
      inputs.push(newArticle(f, { path: join(dir, f) }, { format: "text", body: readFileSync(join(dir, f), "utf8") }));
};
textDir(join(shared, "seeds"));
textDir(join(shared, "dev", "quotes", "polnear-dev", "text"));
const htmlDir = join(shared, "dev", "extraction", "trafilatura-eval", "html");
if (existsSync(htmlDir)) {
  for (const f of readdirSync(htmlDir).sort().slice(0, 200)) {
    const body = gunzipSync(readFileSync(join(htmlDir, f))).toString("utf8");
    inputs.push(newArticle(f, { path: join(htmlDir, f) }, { format: "html", body }));
  }
} else console.error(`snapshot: ${htmlDir} not found, skipped`);

const ctx = defaultContext();
const lines: string[] = [];
for (const a of inputs) {
  const done = STAGES.reduce((x, s) => s.run(x, ctx), a);
  const { raw: _raw, ...rest } = done;
  // Paths relative to the checkout, so snapshots of two checkouts compare.
  lines.push(JSON.stringify(rest).replaceAll(root, "<root>"));
}
writeFileSync(out, lines.join("\n") + "\n");
console.error(`snapshot: ${inputs.length} articles → ${out}`);

/**
 * Writes the report of the hand-built sample corpus to a file, to look at the report's design
 * without running the pipeline. Usage: node --import tsx src/report/preview.ts OUT.html
 */
import { writeFileSync } from "node:fs";
import { renderReport } from "./render-html.js";
import { sampleCorpus } from "./sample-corpus.js";

const out = process.argv[2] ?? "report-preview.html";
writeFileSync(out, renderReport(sampleCorpus(), { title: "Storyline report — sample", generated: "2026-03-05 09:00" }));
console.log(`wrote ${out}`);

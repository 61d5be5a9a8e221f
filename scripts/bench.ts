/**
 * `npm run bench [-- SECTION...] [--articles N] [--warm N] [--warc-mb M] [--sizes 1000,10000,100000]`
 * Speed and memory, in one table per section; numbers go in closing notes, not in tests.
 *   pipeline    articles/s of each stage, the whole pipeline, link and store; wink-nlp alone as the ceiling
 *   extraction  HTML pages/s, ours and Readability's on the same pages
 *   warc        reading a large synthetic WARC.gz: records/s and memory staying flat
 *   clustering  linking 1k, 10k and 100k articles: time and memory growing about linearly
 * Each section runs in its own process, so each peak memory is its own.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const SECTIONS = ["pipeline", "extraction", "warc", "clustering"] as const;
type Section = (typeof SECTIONS)[number];
const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1]! : dflt;
};
const peakMb = () => (process.resourceUsage().maxRSS / 1024).toFixed(0);

function print(rows: [string, string, string][]): void {
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`);
}

async function run(section: Section): Promise<void> {
  if (section === "pipeline") {
    const { benchPipeline } = await import("./bench/pipeline.js");
    const n = Number(opt("--articles", "3000"));
    // Steady state by default: wink-nlp is timed after the nlp stage has run every article, so the
    // stages get as many documents to settle in as it does (--warm 30 shows the cold-start cost).
    const warm = Number(opt("--warm", "1000"));
    const { rows, tokens } = await benchPipeline(n, warm);
    console.log(
      `Pipeline: ${n} articles (${tokens} tokens, ${(tokens / n).toFixed(0)} per article) after ${warm} to warm up, one core`,
    );
    print(rows);
  } else if (section === "extraction") {
    const { benchExtraction } = await import("./bench/extraction.js");
    const rows = await benchExtraction();
    console.log(`HTML extraction: ${rows[0]?.pages ?? 0} pages, the same pages for both`);
    print(rows.map((r) => [r.name, `${r.pagesPerSecond.toFixed(1)} pages/s`, ""]));
    if (rows.length === 2)
      console.log(`ours / Readability: ${(rows[0]!.pagesPerSecond / rows[1]!.pagesPerSecond).toFixed(1)}x`);
  } else if (section === "warc") {
    const { benchWarc } = await import("./bench/warc.js");
    const r = await benchWarc({ mb: Number(opt("--warc-mb", "200")) });
    console.log(`WARC.gz: ${r.fileMb} MB on disk, ${r.uncompressedMb} MB of records, ${r.records} records`);
    print([
      ["read", `${r.recordsPerSecond} records/s`, `${r.seconds} s, ${r.uncompressedMbPerSecond} MB/s`],
      ["articles / errors", `${r.articles} / ${r.errors}`, ""],
      ["memory: baseline → peak RSS", `${r.baselineRssMb} → ${r.peakRssMb} MB`, `heap peak ${r.peakHeapMb} MB`],
    ]);
  } else {
    const { benchClustering, clusteringTable } = await import("./bench/clustering.js");
    const sizes = opt("--sizes", "1000,10000,100000").split(",").map(Number);
    console.log("Clustering (link stage), each size in its own process");
    console.log(clusteringTable(benchClustering(sizes)));
    return;
  }
  console.log(`peak memory (max RSS of this section's process): ${peakMb()} MB`);
}

const one = opt("--section", "");
if (one) await run(one as Section);
else {
  const wanted = SECTIONS.filter((s) => args.includes(s));
  const self = fileURLToPath(import.meta.url);
  for (const s of wanted.length ? wanted : SECTIONS) {
    const r = spawnSync(process.execPath, ["--import", "tsx", self, ...args, "--section", s], { stdio: "inherit" });
    if (r.status !== 0) process.exit(r.status ?? 1);
    console.log("");
  }
}

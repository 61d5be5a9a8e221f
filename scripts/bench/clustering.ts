/**
 * Clustering benchmark: time and peak memory of linking 1k, 10k and 100k articles, to show the cost
 * grows about linearly. The articles are the example corpus (examples/corpus) analysed once and then
 * varied: each group of GROUP articles gets its own names and long words (each replaced by an
 * invented word of the same length), numbers and dates, so groups read as different stories and
 * offsets stay valid. Each size runs in its own process so peak memory is its own.
 * Usage: node --import tsx scripts/bench/clustering.ts [--sizes 1000,10000,100000]
 * The integrator's scripts/bench.ts can call `benchClustering(sizes)` and print its rows.
 */
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Article } from "../../src/model/schema.js";
import { StoryLinker } from "../../src/link/story-linker.js";
import { publicationOrder } from "../../src/link/link-corpus.js";
import { makeCorpus, rng } from "./make-corpus.js";

const root = resolve(import.meta.dirname, "..", "..");
/** Articles per invented story: a few outlets telling one event. */
const GROUP = 5;
const DAY_MS = 86_400_000;

export interface ClusteringRow {
  articles: number;
  stories: number;
  seconds: number;
  perSecond: number;
  peakMB: number;
}

/** Runs each size in a child process and returns one row per size. */
export function benchClustering(sizes: readonly number[] = [1000, 10000, 100000]): ClusteringRow[] {
  const self = fileURLToPath(import.meta.url);
  return sizes.map((n) => {
    const r = spawnSync(process.execPath, ["--import", "tsx", self, "--one", String(n)], {
      cwd: root,
      encoding: "utf8",
    });
    if (r.status !== 0) throw new Error(`clustering bench at ${n} failed: ${r.stderr}`);
    return JSON.parse(r.stdout.trim().split("\n").at(-1)!) as ClusteringRow;
  });
}

/** The analysed examples, varied into `n` articles. */
async function corpus(n: number): Promise<Article[]> {
  const { STAGES, defaultContext } = await import("../../src/pipeline/default-pipeline.js");
  const ctx = defaultContext();
  const bases = makeCorpus(join(root, "examples", "corpus"), 24, 3).map((a) =>
    STAGES.reduce((x, s) => s.run(x, ctx), a),
  );
  const out: Article[] = [];
  for (let i = 0; i < n; i++) {
    const group = Math.floor(i / GROUP);
    out.push(vary(bases[group % bases.length]!, group, i));
  }
  return out;
}

/** One variant: names and numbers of its group, the date shifted by the group, a few numbers of its own. */
function vary(a: Article, group: number, i: number): Article {
  const names = new Map<string, string>();
  const pick = rng(group * 7919 + 1);
  const invent = (w: string) => {
    let s = names.get(w);
    if (!s) {
      s = w[0]!;
      for (let k = 1; k < w.length; k++) s += String.fromCharCode(97 + Math.floor(pick() * 26));
      names.set(w, s);
    }
    return s;
  };
  const own = rng(i + 17);
  const swap = (t: string) =>
    t
      .replace(/\b[A-Z][a-z]{3,}\b|\b[a-z]{7,}\b/g, invent)
      .replace(/\d/g, (d) => (own() < 0.2 ? String(Math.floor(own() * 10)) : String((+d + group) % 10)));
  const shift = (v: string | null) => {
    const m = v && /^(\d{4}-\d\d-\d\d)(.*)$/.exec(v);
    if (!m) return v;
    const d = new Date(Date.parse(m[1]!) + (group % 700) * DAY_MS).toISOString().slice(0, 10);
    return d + m[2];
  };
  const text = swap(a.text);
  return {
    ...a,
    id: `v${i}`,
    text,
    meta: { ...a.meta, title: a.meta.title && swap(a.meta.title), published: shift(a.meta.published) },
    entities: a.entities.map((e) => ({ ...e, text: text.slice(e.start, e.end) })),
    events: a.events.map((e) => ({
      ...e,
      date: shift(e.date),
      event_text: text.slice(e.text_info.start, e.text_info.end),
    })),
    quotes: a.quotes.map((q) => ({ ...q, text: text.slice(q.start, q.end) })),
  };
}

/** Links `n` varied articles in this process and prints one JSON row. */
async function one(n: number): Promise<void> {
  const docs = publicationOrder(await corpus(n));
  const t0 = performance.now();
  const linker = new StoryLinker();
  for (const a of docs) linker.add(a);
  const stories = linker.stories().length;
  const ms = performance.now() - t0;
  const row: ClusteringRow = {
    articles: n,
    stories,
    seconds: ms / 1000,
    perSecond: (n / ms) * 1000,
    peakMB: process.resourceUsage().maxRSS / 1024,
  };
  console.log(JSON.stringify(row));
}

/** The rows as a table. */
export function clusteringTable(rows: readonly ClusteringRow[]): string {
  const head = "articles   stories   seconds   articles/s   peak MB (whole process, corpus included)";
  return [
    head,
    ...rows.map(
      (r) =>
        `${String(r.articles).padStart(8)}  ${String(r.stories).padStart(8)}  ${r.seconds.toFixed(2).padStart(8)}  ` +
        `${r.perSecond.toFixed(0).padStart(11)}  ${r.peakMB.toFixed(0).padStart(8)}`,
    ),
  ].join("\n");
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf("--one");
  if (at > 0) await one(Number(process.argv[at + 1]));
  else {
    const s = process.argv.indexOf("--sizes");
    const sizes = s > 0 ? process.argv[s + 1]!.split(",").map(Number) : [1000, 10000, 100000];
    console.log(clusteringTable(benchClustering(sizes)));
  }
}

/**
 * Clustering benchmark: time and peak memory of linking 1k, 10k and 100k articles, to show the cost
 * grows about linearly. The articles are the example corpus (examples/corpus) analysed once and then
 * varied: each group of GROUP articles gets its own names and long words (each replaced by an
 * invented word of the same length), numbers and dates, so groups read as different stories and
 * offsets stay valid. Articles are made one at a time in publication order and linked as a stream
 * into a store would be: every FLUSH_EVERY articles the changed stories are built and taken, and
 * idle stories let go of their events (keepDays), so the peak memory is the linker's. The time of
 * each tenth of the stream shows whether the cost per article grows. Each size runs in its own
 * process so peak memory is its own.
 * Usage: node --import tsx scripts/bench/clustering.ts [--sizes 1000,10000,100000]
 * The integrator's scripts/bench.ts can call `benchClustering(sizes)` and print its rows.
 */
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Article } from "../../src/model/schema.js";
import { StoryLinker } from "../../src/link/story-linker.js";
import { publishedDay } from "../../src/link/timeline.js";
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
  /** Articles per second in each tenth of the stream: flat when the cost per article does not grow. */
  tenths: number[];
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

/**
 * The analysed examples, varied into `n` articles, yielded in publication order (as linkCorpus
 * would add them) and made one at a time: the corpus is never held whole, so the peak memory is
 * the linker's, not the test data's.
 */
export async function corpus(n: number): Promise<{ articles: Generator<Article>; byId: (id: string) => Article }> {
  const { STAGES, defaultContext } = await import("../../src/pipeline/default-pipeline.js");
  const ctx = defaultContext();
  const bases = makeCorpus(join(root, "examples", "corpus"), 24, 3).map((a) =>
    STAGES.reduce((x, s) => s.run(x, ctx), a),
  );
  const baseOf = (i: number) => bases[Math.floor(i / GROUP) % bases.length]!;
  // publicationOrder's order (by day, undated last, then by id) without making the articles first.
  const day = (i: number) => publishedDay(publishedOf(baseOf(i), Math.floor(i / GROUP))) ?? Infinity;
  const order = Array.from({ length: n }, (_, i) => ({ i, day: day(i), id: `v${i}` }));
  order.sort((a, b) => a.day - b.day || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const make = (i: number) => vary(baseOf(i), Math.floor(i / GROUP), i);
  function* articles(): Generator<Article> {
    for (const { i } of order) yield make(i);
  }
  return { articles: articles(), byId: (id) => make(Number(id.slice(1))) };
}

/**
 * When a base article gives no date, its groups are dated from UNDATED_BASE_DAY all the same, but
 * one group in UNDATED_EVERY: a feed mostly knows its publication dates, and a stream where half
 * the articles are undated variants of a few texts glues hundreds of look-alike groups into one
 * story, whose events are merged again on every flush. That measures one giant story (a known
 * cost, noted in the closing notes), not the linker's cost per article.
 */
const UNDATED_BASE_DAY = "2024-01-01";
const UNDATED_EVERY = 10;
/** Each group's dates move by this many days (modulo 700), so groups of one base text lie apart. */
function shiftDate(v: string | null, group: number): string | null {
  const m = v && /^(\d{4}-\d\d-\d\d)(.*)$/.exec(v);
  if (!m) return v;
  return new Date(Date.parse(m[1]!) + (group % 700) * DAY_MS).toISOString().slice(0, 10) + m[2];
}

function publishedOf(a: Article, group: number): string | null {
  const own = a.meta.published ?? (group % UNDATED_EVERY === 0 ? null : UNDATED_BASE_DAY);
  return shiftDate(own, group);
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
  const text = swap(a.text);
  return {
    ...a,
    id: `v${i}`,
    text,
    meta: { ...a.meta, title: a.meta.title && swap(a.meta.title), published: publishedOf(a, group) },
    entities: a.entities.map((e) => ({ ...e, text: text.slice(e.start, e.end) })),
    events: a.events.map((e) => ({
      ...e,
      date: shiftDate(e.date, group),
      event_text: text.slice(e.text_info.start, e.text_info.end),
    })),
    quotes: a.quotes.map((q) => ({ ...q, text: text.slice(q.start, q.end) })),
  };
}

/** Articles between flushes of the linker's changes, as a store would write them. */
const FLUSH_EVERY = 1000;
/** Stories idle this many days let go of their events (LinkerOptions.keepDays). */
const KEEP_DAYS = 30;

/**
 * Links `n` varied articles in this process, as a stream into a store would: every FLUSH_EVERY
 * articles the changed stories are built (their forgotten members provided again) and taken.
 * Prints one JSON row.
 */
async function one(n: number): Promise<void> {
  const { articles, byId } = await corpus(n);
  const linker = new StoryLinker({ keepDays: KEEP_DAYS });
  let ms = 0;
  let k = 0;
  const flush = () => {
    for (const id of linker.missing()) linker.provide(byId(id));
    linker.takeChanges();
  };
  const tenth = Math.max(1, Math.floor(n / 10));
  const tenths: number[] = [];
  let msAtTenth = 0;
  for (const a of articles) {
    const t = performance.now();
    linker.add(a);
    if (++k % FLUSH_EVERY === 0) flush();
    ms += performance.now() - t;
    if (k % tenth === 0 && tenths.length < 10) {
      tenths.push(Math.round((tenth / (ms - msAtTenth)) * 1000));
      msAtTenth = ms;
    }
  }
  const t = performance.now();
  flush();
  const stories = linker.size;
  ms += performance.now() - t;
  const row: ClusteringRow = {
    articles: n,
    stories,
    seconds: ms / 1000,
    perSecond: (n / ms) * 1000,
    peakMB: process.resourceUsage().maxRSS / 1024,
    tenths,
  };
  console.log(JSON.stringify(row));
}

/** The rows as a table. */
export function clusteringTable(rows: readonly ClusteringRow[]): string {
  const head = "articles   stories   seconds   articles/s   peak MB (whole process; articles made one at a time)";
  return [
    head,
    ...rows.map(
      (r) =>
        `${String(r.articles).padStart(8)}  ${String(r.stories).padStart(8)}  ${r.seconds.toFixed(2).padStart(8)}  ` +
        `${r.perSecond.toFixed(0).padStart(11)}  ${r.peakMB.toFixed(0).padStart(8)}`,
    ),
    ...rows.map((r) => `articles/s by tenth of the ${r.articles}: ${r.tenths.join(" ")}`),
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

/**
 * Scores story clustering on two public dev sets, with a plain TF-IDF cosine baseline in the same run:
 * 1. ECB+ topics 1–35 (../shared/dev/clustering/ecbplus): each topic's articles into its two
 *    sub-topics (the *ecb.xml files tell one real event, the *ecbplus.xml files another of the same
 *    kind), topic by topic and then all 772 articles at once;
 * 2. the GVC validation split (../shared/dev/clustering/gvc/val/dataset.conll): look-alike gun
 *    violence reports into their incidents (the second part of each document key).
 * Articles run through the per-document stages after extract (the text is given), then linkCorpus.
 * Prints B-cubed and pairwise precision, recall and F1.
 * Usage: node --import tsx scripts/eval-clustering.ts [--verbose] [--dump DIR | --from DIR]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { STAGES, defaultContext } from "../src/pipeline/default-pipeline.js";
import { newArticle } from "../src/model/article.js";
import type { Article } from "../src/model/schema.js";
import { linkCorpus } from "../src/link/link-corpus.js";
import { contentWords } from "../src/link/content-words.js";

const DEV = resolve(import.meta.dirname, "..", "..", "shared", "dev", "clustering");
const verbose = process.argv.includes("--verbose");
/** `--dump DIR` writes the analysed articles with their gold cluster, for looking into errors. */
const dumpAt = process.argv.indexOf("--dump");
const dumpDir = dumpAt > 0 ? process.argv[dumpAt + 1] : undefined;
/** `--from DIR` reads articles a `--dump` wrote instead of analysing again: for quick tuning runs. */
const fromAt = process.argv.indexOf("--from");
const fromDir = fromAt > 0 ? process.argv[fromAt + 1] : undefined;

interface Doc {
  id: string;
  gold: string;
  group: string;
  title: string | null;
  text: string;
  published: string | null;
}

// 1. Readers.

/** Joins tokens into text: no space before closing punctuation or after opening brackets. */
function detokenize(tokens: readonly string[]): string {
  let out = "";
  for (const raw of tokens) {
    const t = raw === "``" || raw === "''" ? '"' : raw;
    if (!out || /^[.,;:!?%)\]}]|^'s$|^n't$|^'/.test(t) || /[([{$]$/.test(out)) out += t;
    else out += " " + t;
  }
  return out;
}

function readEcb(): Doc[] {
  const root = join(DEV, "ecbplus", "ECB+");
  const docs: Doc[] = [];
  const topics = readdirSync(root)
    .filter((t) => /^\d+$/.test(t) && +t <= 35)
    .sort((a, b) => +a - +b);
  for (const topic of topics) {
    for (const file of readdirSync(join(root, topic)).sort()) {
      if (!file.endsWith(".xml")) continue;
      const xml = readFileSync(join(root, topic, file), "utf8");
      const sentences = new Map<number, string[]>();
      for (const m of xml.matchAll(/<token [^>]*sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
        const s = +m[1]!;
        if (!sentences.has(s)) sentences.set(s, []);
        sentences.get(s)!.push(
          m[2]!
            .replace(/&amp;/g, "&")
            .replace(/&quot;/g, '"')
            .replace(/&apos;/g, "'"),
        );
      }
      const plus = file.includes("ecbplus");
      // The first sentence of an ecbplus file is its source URL: left out, as the ecb files have none.
      const body = [...sentences].filter(([n]) => !(plus && n === 0)).map(([, t]) => detokenize(t));
      docs.push({
        id: file.replace(/\.xml$/, ""),
        gold: `${topic}/${plus ? "plus" : "ecb"}`,
        group: topic,
        title: null,
        text: body.join("\n\n"),
        published: null,
      });
    }
  }
  return docs;
}

function readGvc(): Doc[] {
  const lines = readFileSync(join(DEV, "gvc", "val", "dataset.conll"), "utf8").split("\n");
  const docs = new Map<string, { sentences: Map<number, string[]>; date: string | null }>();
  for (const line of lines) {
    if (!line || line.startsWith("#")) continue;
    const [key, sent, , token] = line.split("\t");
    if (!key || sent === undefined || token === undefined) continue;
    let d = docs.get(key);
    if (!d) docs.set(key, (d = { sentences: new Map(), date: null }));
    if (sent === "0") {
      if (/^\d{4}-\d\d-\d\d$/.test(token)) d.date = token;
      continue;
    }
    if (!d.sentences.has(+sent)) d.sentences.set(+sent, []);
    d.sentences.get(+sent)!.push(token);
  }
  return [...docs].map(([key, d]) => {
    const sents = [...d.sentences.values()].map(detokenize);
    return {
      id: key.split("/")[2]!,
      gold: key.split("/")[1]!,
      group: "gvc",
      title: sents[0] ?? null,
      text: sents.slice(1).join("\n\n"),
      published: d.date,
    };
  });
}

// 2. Analysis and clustering.

const ctx = defaultContext();
function analyse(d: Doc): Article {
  const a = newArticle(d.id, { path: d.id });
  let art: Article = {
    ...a,
    meta: { ...a.meta, title: d.title, published: d.published, published_source: d.published ? "input" : null },
    text: d.text,
    stages: ["extract"],
  };
  for (const s of STAGES.slice(1)) art = s.run(art, ctx);
  return art;
}

function ours(arts: readonly Article[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of linkCorpus(arts)) for (const id of s.articles) out.set(id, s.id);
  return out;
}

/** The baseline: TF-IDF over content words, each article joins the most similar centroid above a fixed cut. */
const BASELINE_CUT = 0.2;
function baseline(docs: readonly Doc[]): Map<string, string> {
  const bags = docs.map((d) => {
    const m = new Map<string, number>();
    for (const w of contentWords(`${d.title ?? ""} ${d.text}`)) m.set(w, (m.get(w) ?? 0) + 1);
    return m;
  });
  const df = new Map<string, number>();
  for (const b of bags) for (const k of b.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const vec = bags.map((b) => {
    const v = new Map<string, number>();
    let n = 0;
    for (const [k, c] of b) {
      const x = c * Math.log(docs.length / df.get(k)!);
      v.set(k, x);
      n += x * x;
    }
    for (const [k, x] of v) v.set(k, x / (Math.sqrt(n) || 1));
    return v;
  });
  const clusters: { sum: Map<string, number>; id: string }[] = [];
  const out = new Map<string, string>();
  vec.forEach((v, i) => {
    let best = -1;
    let bestScore = BASELINE_CUT;
    clusters.forEach((c, j) => {
      let dot = 0;
      let n = 0;
      for (const x of c.sum.values()) n += x * x;
      for (const [k, x] of v) dot += x * (c.sum.get(k) ?? 0);
      const s = dot / (Math.sqrt(n) || 1);
      if (s > bestScore) [best, bestScore] = [j, s];
    });
    if (best < 0) {
      clusters.push({ sum: new Map(), id: docs[i]!.id });
      best = clusters.length - 1;
    }
    const c = clusters[best]!;
    for (const [k, x] of v) c.sum.set(k, (c.sum.get(k) ?? 0) + x);
    out.set(docs[i]!.id, c.id);
  });
  return out;
}

// 3. Scores.

interface Scores {
  bP: number;
  bR: number;
  pP: number;
  pR: number;
}

function score(gold: ReadonlyMap<string, string>, got: ReadonlyMap<string, string>): Scores {
  const ids = [...gold.keys()];
  const members = (m: ReadonlyMap<string, string>) => {
    const by = new Map<string, Set<string>>();
    for (const id of ids) {
      const c = m.get(id) ?? "solo:" + id;
      if (!by.has(c)) by.set(c, new Set());
      by.get(c)!.add(id);
    }
    return (id: string) => by.get(m.get(id) ?? "solo:" + id)!;
  };
  const g = members(gold);
  const s = members(got);
  let bP = 0;
  let bR = 0;
  let tp = 0;
  let sysPairs = 0;
  let goldPairs = 0;
  for (const id of ids) {
    const gs = g(id);
    const ss = s(id);
    let both = 0;
    for (const x of ss) if (gs.has(x)) both++;
    bP += both / ss.size;
    bR += both / gs.size;
    tp += both - 1;
    sysPairs += ss.size - 1;
    goldPairs += gs.size - 1;
  }
  return {
    bP: bP / ids.length,
    bR: bR / ids.length,
    pP: sysPairs ? tp / sysPairs : 1,
    pR: goldPairs ? tp / goldPairs : 1,
  };
}

const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
function line(name: string, s: Scores): string {
  return (
    `${name.padEnd(34)} B3 P ${pct(s.bP)} R ${pct(s.bR)} F1 ${pct(f1(s.bP, s.bR))}` +
    `   pairwise P ${pct(s.pP)} R ${pct(s.pR)} F1 ${pct(f1(s.pP, s.pR))}`
  );
}
/** Averages per-group scores (each topic weighs the same, as in the usual ECB+ reporting). */
function mean(xs: readonly Scores[]): Scores {
  const avg = (k: keyof Scores) => xs.reduce((s, x) => s + x[k], 0) / xs.length;
  return { bP: avg("bP"), bR: avg("bR"), pP: avg("pP"), pR: avg("pR") };
}

function evaluate(name: string, docs: Doc[], perGroup: boolean): void {
  const t0 = performance.now();
  const cached = fromDir
    ? new Map(
        (
          JSON.parse(readFileSync(join(fromDir, `${name.split(/\W/)[0]!.toLowerCase()}.json`), "utf8")) as Article[]
        ).map((a) => [a.id, a]),
      )
    : null;
  const arts = new Map(docs.map((d) => [d.id, cached?.get(d.id) ?? analyse(d)]));
  const gold = new Map(docs.map((d) => [d.id, d.gold]));
  const t1 = performance.now();
  if (dumpDir) {
    const rows = docs.map((d) => ({ ...arts.get(d.id)!, gold: d.gold, group: d.group }));
    writeFileSync(join(dumpDir, `${name.split(/\W/)[0]!.toLowerCase()}.json`), JSON.stringify(rows));
  }
  const groups = perGroup ? [...new Set(docs.map((d) => d.group))] : ["all"];
  const oursScores: Scores[] = [];
  const baseScores: Scores[] = [];
  for (const g of groups) {
    const ds = docs.filter((d) => !perGroup || d.group === g);
    const gg = new Map(ds.map((d) => [d.id, d.gold]));
    const got = ours(ds.map((d) => arts.get(d.id)!));
    oursScores.push(score(gg, got));
    baseScores.push(score(gg, baseline(ds)));
    if (verbose && perGroup) console.log(line(`  ${name} ${g}`, oursScores.at(-1)!));
  }
  const t2 = performance.now();
  console.log(line(`${name}: storyline`, mean(oursScores)));
  console.log(line(`${name}: TF-IDF baseline`, mean(baseScores)));
  console.log(
    `  (${docs.length} articles, ${new Set(gold.values()).size} gold clusters; analysis ${((t1 - t0) / 1000).toFixed(1)} s, ` +
      `clustering ${((t2 - t1) / 1000).toFixed(1)} s)`,
  );
}

if (!existsSync(DEV)) {
  console.log(`no clustering dev data at ${DEV}`);
  process.exit(0);
}
const ecb = readEcb();
evaluate("ECB+ sub-topics, per topic", ecb, true);
evaluate("ECB+ sub-topics, all at once", ecb, false);
evaluate("GVC validation incidents", readGvc(), false);

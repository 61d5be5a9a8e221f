/**
 * Runs the extract stage on the seed scrapes (/work/shared/seeds/*.txt) and scores body and
 * metadata the way /work/shared/tools/score-seeds.mjs does (same folding and the same checks),
 * per file and in total. Sentence pairs belong to the sentence splitter and are not scored here.
 *
 *   node --import tsx scripts/check-extract-seeds.ts [--verbose]
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { newArticle } from "../src/model/article.js";
import { extractStage } from "../src/extract/stage.js";
import type { StageContext } from "../src/pipeline/stage.js";

const SHARED = process.env.STORYLINE_SHARED ?? "/work/shared";
const seedsDir = join(SHARED, "seeds");
const goldPath = join(SHARED, "gold", "seeds.gold.json");
if (!existsSync(seedsDir) || !existsSync(goldPath)) {
  console.log(`check-extract-seeds: ${SHARED} is not here (no seeds or gold); nothing to check.`);
  process.exit(0);
}
const verbose = process.argv.includes("--verbose");

interface GoldArticle {
  file: string;
  body: { include: string[]; exclude: string[]; at_most_once: string[] };
  meta: {
    title: string;
    published: string | null;
    inferred_published?: string;
    outlet: string[] | null;
    url: string | null;
    agencies?: string[];
    language?: string;
  };
}

// The scorer's folding: quotes, dashes, whitespace, case.
const norm = (s: unknown) =>
  String(s ?? "")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u2012\u2013\u2014\u2015]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

const gold = JSON.parse(readFileSync(goldPath, "utf8")) as { articles: GoldArticle[] };
const ctx = {} as StageContext;
const total = { keep: [0, 0], drop: [0, 0], dedup: [0, 0], meta: [0, 0] };
const pct = ([a, b]: number[]) => `${b ? Math.round((100 * a!) / b) : 100}% (${a}/${b})`;
let allOk = true;

for (const g of gold.articles) {
  const path = join(seedsDir, g.file);
  if (!existsSync(path)) continue;
  const article = extractStage.run(
    newArticle(g.file, { path }, { format: "text", body: readFileSync(path, "utf8") }),
    ctx,
  );
  const text = norm(article.text);
  const m = article.meta;
  const per = { keep: [0, 0], drop: [0, 0], dedup: [0, 0], meta: [0, 0] };
  const misses: string[] = [];
  const tally = (k: keyof typeof per, ok: boolean, what: string) => {
    per[k][0]! += ok ? 1 : 0;
    per[k][1]! += 1;
    if (!ok) misses.push(`${k}: ${what}`);
  };
  for (const s of g.body.include) tally("keep", text.includes(norm(s)), s);
  for (const s of g.body.exclude) tally("drop", !text.includes(norm(s)), s);
  for (const s of g.body.at_most_once) tally("dedup", text.split(norm(s)).length - 1 <= 1, s);
  const agencies = g.meta.agencies ?? [];
  const checks: [string, boolean, unknown][] = [
    ["title", norm(m.title) === norm(g.meta.title), m.title],
    [
      "published",
      g.meta.published == null
        ? m.published == null || String(m.published).startsWith(g.meta.inferred_published ?? "\u0000")
        : String(m.published ?? "").startsWith(g.meta.published),
      m.published,
    ],
    ["outlet", g.meta.outlet == null || g.meta.outlet.some((o) => norm(o) === norm(m.outlet)), m.outlet],
    ["url", g.meta.url == null || String(m.url ?? "") === g.meta.url, m.url],
    [
      "agencies",
      agencies.every((x) => [...m.agencies, ...m.byline].some((y) => norm(y).includes(norm(x)))),
      m.agencies,
    ],
    ["language", !g.meta.language || m.language === g.meta.language, m.language],
  ];
  for (const [k, ok, got] of checks) tally("meta", ok, `${k} got ${JSON.stringify(got)}`);
  for (const k of Object.keys(total) as (keyof typeof total)[]) {
    total[k][0]! += per[k][0]!;
    total[k][1]! += per[k][1]!;
  }
  if (misses.length) allOk = false;
  console.log(
    `${g.file.slice(0, 3)}  keep ${pct(per.keep)}  drop ${pct(per.drop)}  dedup ${pct(per.dedup)}  meta ${pct(per.meta)}`,
  );
  if (verbose || misses.length) for (const x of misses) console.log(`     miss ${x}`);
}
console.log(
  `all  keep ${pct(total.keep)}  drop ${pct(total.drop)}  dedup ${pct(total.dedup)}  meta ${pct(total.meta)}`,
);
process.exit(allOk ? 0 : 1);

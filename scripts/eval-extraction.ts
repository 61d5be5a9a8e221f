/**
 * Scores HTML extraction on the trafilatura evaluation pages (../shared/dev/extraction/
 * trafilatura-eval): the strings each page's body must hold ("with") and must not ("without")
 * give segment precision, recall and F1; titles are compared exactly (after folding) and dates by
 * day. @mozilla/readability on linkedom is scored beside it as the reference.
 *
 *   node --import tsx scripts/eval-extraction.ts [--limit N]
 *
 * The pages are stored under content hashes; each is matched to its labels by canonical URL,
 * else by its labelled strings.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { newArticle } from "../src/model/article.js";
import { extractStage } from "../src/extract/stage.js";
import type { StageContext } from "../src/pipeline/stage.js";

const DIR = join(process.env.STORYLINE_SHARED ?? "/work/shared", "dev", "extraction", "trafilatura-eval");
if (!existsSync(join(DIR, "index.json"))) {
  console.log(`eval-extraction: ${DIR} is not here; nothing to score.`);
  process.exit(0);
}
const limitArg = process.argv.indexOf("--limit");
const limit = limitArg > 0 ? Number(process.argv[limitArg + 1]) : Infinity;

interface Labels {
  with: string[];
  without: string[];
  title?: string;
  date?: string;
}
const index = JSON.parse(readFileSync(join(DIR, "index.json"), "utf8")) as Record<string, Labels>;
const norm = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim().toLowerCase();
const urlKey = (u: string) =>
  u
    .replace(/^https?:\/\/(www\.)?/, "")
    .replace(/[/#?]+$/, "")
    .toLowerCase();
const byUrl = new Map(Object.entries(index).map(([u, l]) => [urlKey(u), l]));
const unclaimed = new Set(Object.values(index));

const CANONICAL_RE =
  /<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)|<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)/i;
const CHARSET_RE = /<meta[^>]+charset=["']?([\w-]+)/i;

function decode(bytes: Buffer): string {
  const head = bytes.subarray(0, 2048).toString("latin1");
  const charset = (CHARSET_RE.exec(head)?.[1] ?? "utf-8").toLowerCase();
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return bytes.toString("utf8");
  }
}

function labelsFor(html: string): Labels | null {
  const m = CANONICAL_RE.exec(html);
  const byLink = m ? byUrl.get(urlKey(m[1] ?? m[2]!)) : undefined;
  if (byLink && unclaimed.has(byLink)) return byLink;
  const text = html.toLowerCase();
  for (const l of unclaimed)
    if (l.with.length && l.with.every((w) => text.includes(w.toLowerCase().slice(0, 40)))) return l;
  return null;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  titles: number;
  titleOk: number;
  dTp: number;
  dFp: number;
  dFn: number;
  ms: number;
}
const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0, tn: 0, titles: 0, titleOk: 0, dTp: 0, dFp: 0, dFn: 0, ms: 0 });
const ours = tally();
const reference = tally();

function score(t: Tally, l: Labels, text: string, title: string | null, date: string | null, ms: number) {
  const body = norm(text);
  for (const w of l.with)
    if (body.includes(norm(w))) t.tp++;
    else t.fn++;
  for (const w of l.without)
    if (body.includes(norm(w))) t.fp++;
    else t.tn++;
  if (l.title) {
    t.titles++;
    if (norm(title) === norm(l.title)) t.titleOk++;
  }
  if (l.date) {
    if (!date) t.dFn++;
    else if (date.startsWith(l.date)) t.dTp++;
    else [t.dFp, t.dFn] = [t.dFp + 1, t.dFn + 1];
  }
  t.ms += ms;
}

const ctx = {} as StageContext;
let pages = 0;
for (const f of readdirSync(join(DIR, "html")).sort()) {
  if (pages >= limit) break;
  const html = decode(gunzipSync(readFileSync(join(DIR, "html", f))));
  const labels = labelsFor(html);
  if (!labels) continue;
  unclaimed.delete(labels);
  pages++;
  let t0 = performance.now();
  const a = extractStage.run(newArticle(f, { path: f }, { format: "html", body: html }), ctx);
  score(ours, labels, a.text, a.meta.title, a.meta.published, performance.now() - t0);
  t0 = performance.now();
  let r: { textContent?: string | null; title?: string | null; publishedTime?: string | null } | null = null;
  try {
    r = new Readability(parseHTML(html).document as unknown as Document).parse();
  } catch {
    r = null;
  }
  score(reference, labels, r?.textContent ?? "", r?.title ?? null, r?.publishedTime ?? null, performance.now() - t0);
}

const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
const pc = (x: number) => (100 * x).toFixed(1).padStart(5);
console.log(`pages matched to labels: ${pages}`);
console.log("extractor          seg-P  seg-R  seg-F1  title  date-F1  ms/page");
for (const [name, t] of [
  ["storyline", ours],
  ["readability", reference],
] as const) {
  const p = t.tp / (t.tp + t.fp || 1);
  const r = t.tp / (t.tp + t.fn || 1);
  const dp = t.dTp / (t.dTp + t.dFp || 1);
  const dr = t.dTp / (t.dTp + t.dFn || 1);
  console.log(
    `${name.padEnd(17)} ${pc(p)}  ${pc(r)}  ${pc(f1(p, r))}  ${pc(t.titleOk / (t.titles || 1))}  ${pc(f1(dp, dr))}   ${(t.ms / (pages || 1)).toFixed(1)}`,
  );
}

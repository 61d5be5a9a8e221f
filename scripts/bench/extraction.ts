/**
 * HTML extraction speed: pages per second of the extract stage and of Mozilla Readability on
 * linkedom (parse included for both), on the same pages in the same run. The pages are those of
 * ../shared/dev/extraction/trafilatura-eval when it is here, else the example HTML pages.
 * `loadEvalPages` is shared with scripts/eval-extraction.ts so both read the pages the same way.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { newArticle } from "../../src/model/article.js";
import { extractStage } from "../../src/extract/stage.js";
import type { StageContext } from "../../src/pipeline/stage.js";

const root = resolve(import.meta.dirname, "..", "..");
export const EVAL_DIR = join(
  process.env.STORYLINE_SHARED ?? resolve(root, "..", "shared"),
  "dev",
  "extraction",
  "trafilatura-eval",
);

/** The labels of one evaluation page (trafilatura's evaldata.json). */
export interface PageLabels {
  with: string[];
  without: string[];
  title?: string;
  date?: string;
  html: string;
}

/** One page to extract: its file name, decoded HTML and labels when it has them. */
export interface EvalPage {
  file: string;
  url: string | null;
  html: string;
  labels: PageLabels | null;
}

const CHARSET_RE = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i;

/** Bytes as text in the charset the page declares; undeclared pages that are not UTF-8 as Windows-1252. */
export function decodeHtml(bytes: Buffer): string {
  const declared = CHARSET_RE.exec(bytes.subarray(0, 4096).toString("latin1"))?.[1]?.toLowerCase();
  if (declared && declared !== "utf-8" && declared !== "utf8") {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // An unknown label: read it as UTF-8 below.
    }
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder(declared ? "utf-8" : "windows-1252").decode(bytes);
  }
}

/** Every labelled evaluation page (none when the shared folder is absent). */
export function loadEvalPages(limit = Infinity): EvalPage[] {
  const indexPath = join(EVAL_DIR, "index.json");
  if (!existsSync(indexPath)) return [];
  const index = JSON.parse(readFileSync(indexPath, "utf8")) as Record<string, PageLabels>;
  const pages: EvalPage[] = [];
  for (const [url, labels] of Object.entries(index)) {
    if (pages.length >= limit) break;
    const path = join(EVAL_DIR, labels.html);
    if (!existsSync(path)) continue;
    pages.push({ file: labels.html, url, html: decodeHtml(gunzipSync(readFileSync(path))), labels });
  }
  return pages;
}

/** The example corpus's HTML pages, unlabelled. */
function examplePages(): EvalPage[] {
  const dir = join(root, "examples", "corpus");
  return readdirSync(dir)
    .filter((f) => /\.html?$/.test(f))
    .map((f) => ({ file: f, url: null, html: readFileSync(join(dir, f), "utf8"), labels: null }));
}

const ctx = {} as StageContext;

/** Our extraction of one page (the stage, as the pipeline runs it). */
export function extractPage(page: EvalPage) {
  return extractStage.run(
    newArticle(
      page.file,
      { path: page.file, ...(page.url ? { url: page.url } : {}) },
      { format: "html", body: page.html },
    ),
    ctx,
  );
}

/** Readability's extraction of one page, or null when it finds nothing or throws. */
export function readabilityPage(page: EvalPage) {
  try {
    return new Readability(parseHTML(page.html).document as unknown as Document).parse();
  } catch {
    return null;
  }
}

/** Pages per second of ours and Readability on the same pages, interleaved rounds so load noise hits both. */
export async function benchExtraction(): Promise<{ name: string; pagesPerSecond: number; pages: number }[]> {
  let pages = loadEvalPages();
  if (!pages.length) pages = examplePages();
  const minPages = 200;
  const rounds = Math.max(1, Math.ceil(minPages / pages.length));
  const ms = { ours: 0, readability: 0 };
  for (const p of pages.slice(0, 20)) {
    extractPage(p);
    readabilityPage(p);
  }
  for (let r = 0; r < rounds; r++) {
    let t0 = performance.now();
    for (const p of pages) extractPage(p);
    ms.ours += performance.now() - t0;
    t0 = performance.now();
    for (const p of pages) readabilityPage(p);
    ms.readability += performance.now() - t0;
  }
  const n = pages.length * rounds;
  return [
    { name: "extract (ours)", pagesPerSecond: (n / ms.ours) * 1000, pages: n },
    { name: "Readability on linkedom", pagesPerSecond: (n / ms.readability) * 1000, pages: n },
  ];
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  for (const r of await benchExtraction())
    console.log(`${r.name.padEnd(26)} ${r.pagesPerSecond.toFixed(1).padStart(7)} pages/s  (${r.pages} pages)`);
}

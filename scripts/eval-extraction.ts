/**
 * Scores HTML extraction on every page of the trafilatura evaluation set (../shared/dev/extraction/
 * trafilatura-eval; each page's labels name its file), with trafilatura's segment definition: each
 * "with" string found in the extracted body is a true positive, missing a false negative; each
 * "without" string found a false positive, absent a true negative (whitespace folded, case kept).
 * Photo captions (the article's `captions` spans) are left out of the scored body, as the issue says.
 * Titles are compared exactly after folding whitespace and case; dates by day, htmldate-style: a
 * page labelled with no date ("") counts a false positive when a date is given. Mozilla Readability
 * on linkedom is scored beside it on the same pages, and both are timed (parse included).
 *
 *   node --import tsx scripts/eval-extraction.ts [--limit N] [--dump out.json] [--ours-only]
 */
import { writeFileSync } from "node:fs";
import { EVAL_DIR, extractPage, loadEvalPages, readabilityPage, type PageLabels } from "./bench/extraction.js";

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const limit = Number(arg("--limit") ?? Infinity);
const dumpPath = arg("--dump");
/** Skips Readability, for quicker iterations on our extractor alone. */
const oursOnly = process.argv.includes("--ours-only");

const pages = loadEvalPages(limit);
if (!pages.length) {
  console.log(`eval-extraction: ${EVAL_DIR} is not here; nothing to score.`);
  process.exit(0);
}

const ws = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();

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

interface PageResult {
  file: string;
  missed: string[];
  leaked: string[];
  title: [string | null, string | undefined];
  date: [string | null, string | undefined];
}

function score(t: Tally, l: PageLabels, text: string, title: string | null, date: string | null, ms: number) {
  const body = ws(text);
  const out: Omit<PageResult, "file"> = { missed: [], leaked: [], title: [title, l.title], date: [date, l.date] };
  for (const w of l.with)
    if (body.includes(ws(w))) t.tp++;
    else [t.fn, out.missed] = [t.fn + 1, [...out.missed, w]];
  for (const w of l.without)
    if (body.includes(ws(w))) [t.fp, out.leaked] = [t.fp + 1, [...out.leaked, w]];
    else t.tn++;
  if (l.title) {
    t.titles++;
    if (ws(title).toLowerCase() === ws(l.title).toLowerCase()) t.titleOk++;
  }
  if (l.date !== undefined) {
    const day = date?.slice(0, 10) ?? null;
    if (l.date === "") {
      if (day) t.dFp++;
    } else if (!day) t.dFn++;
    else if (day === l.date) t.dTp++;
    else [t.dFp, t.dFn] = [t.dFp + 1, t.dFn + 1];
  }
  t.ms += ms;
  return out;
}

/** The body less its photo captions: the issue scores extraction on the article's prose only. */
function proseOf(text: string, captions: readonly { start: number; end: number }[]): string {
  let out = "";
  let at = 0;
  for (const c of captions) {
    out += text.slice(at, c.start);
    at = c.end;
  }
  return out + text.slice(at);
}

const dump: PageResult[] = [];
for (const page of pages) {
  const l = page.labels!;
  let t0 = performance.now();
  const a = extractPage(page);
  const mine = score(ours, l, proseOf(a.text, a.captions), a.meta.title, a.meta.published, performance.now() - t0);
  dump.push({ file: page.file, ...mine });
  if (oursOnly) continue;
  t0 = performance.now();
  const r = readabilityPage(page);
  score(reference, l, r?.textContent ?? "", r?.title ?? null, r?.publishedTime ?? null, performance.now() - t0);
}
if (dumpPath) writeFileSync(dumpPath, JSON.stringify(dump, null, 1));

const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
const fx = (x: number) => x.toFixed(3);
console.log(`pages scored: ${pages.length} (${ours.tp + ours.fn} keep and ${ours.fp + ours.tn} drop strings)`);
console.log("extractor      seg-P  seg-R  seg-F1  titles  date-P  date-R  date-F1  pages/s");
for (const [name, t] of [
  ["storyline", ours],
  ["readability", reference],
] as const) {
  if (oursOnly && t === reference) continue;
  const p = t.tp / (t.tp + t.fp || 1);
  const r = t.tp / (t.tp + t.fn || 1);
  const dp = t.dTp / (t.dTp + t.dFp || 1);
  const dr = t.dTp / (t.dTp + t.dFn || 1);
  console.log(
    [
      name.padEnd(12),
      fx(p),
      fx(r),
      ` ${fx(f1(p, r))}`,
      `  ${fx(t.titleOk / (t.titles || 1))}`,
      ` ${fx(dp)}`,
      fx(dr),
      `  ${fx(f1(dp, dr))}`,
      `  ${((pages.length / t.ms) * 1000).toFixed(1).padStart(6)}`,
    ].join("  "),
  );
}

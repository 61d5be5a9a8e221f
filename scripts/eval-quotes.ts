/**
 * Scores the quotes stage on the PolNeAR dev split (../shared/dev/quotes/polnear-dev: brat standoff
 * attributions with Source, Cue and Content spans), one annotator per article.
 *
 *   node --import tsx scripts/eval-quotes.ts [--verbose]
 *
 * Metrics:
 * - direct F1: gold attributions whose content is a quotation in marks (it begins with an opening
 *   mark, or one stands just before it) against predicted quotes of kind "direct";
 * - all attributions: overlap F1 (a prediction and a gold content match when their overlap is at
 *   least half of the shorter) and token F1 over the word tokens inside content spans;
 * - speaker accuracy on matched attributions with a gold source: the predicted speaker's span
 *   overlaps the source, or its text names it.
 * It runs the real tokenizer, and the entities stage when src/annotate/entities/stage.ts exists.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Article, Entity, Quote } from "../src/model/schema.js";
import { newArticle } from "../src/model/article.js";
import { tokenize } from "../src/annotate/nlp/tokenize.js";
import { findQuotes } from "../src/annotate/quotes/find-quotes.js";
import * as kbModule from "../src/kb/knowledge-base.js";
import type { KnowledgeBase } from "../src/kb/knowledge-base.js";
import type { Stage } from "../src/pipeline/stage.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DEV = join(ROOT, "..", "shared", "dev", "quotes", "polnear-dev");
const ENTITIES = join(ROOT, "src", "annotate", "entities", "stage.ts");
const verbose = process.argv.includes("--verbose");
/** Share of the shorter span that must overlap for a prediction to match a gold content. */
const MIN_OVERLAP = 0.5;

type Range = [number, number];
interface Gold {
  content: Range[];
  source: Range[];
  direct: boolean;
}

const OPEN_MARK = /^["\u201c\u201e\u00ab\u2018']/;

function parseAnn(ann: string, text: string): Gold[] {
  const spans = new Map<string, { type: string; ranges: Range[] }>();
  const events: string[] = [];
  for (const line of ann.split("\n")) {
    const cols = line.split("\t");
    if (line.startsWith("T") && cols.length >= 2) {
      const [type, ...rest] = cols[1]!.split(" ");
      const ranges = rest
        .join(" ")
        .split(";")
        .map((p) => p.trim().split(" ").map(Number) as Range);
      spans.set(cols[0]!, { type: type!, ranges });
    } else if (line.startsWith("E") && cols.length >= 2) events.push(cols[1]!);
  }
  const out: Gold[] = [];
  for (const e of events) {
    const roles = new Map<string, Range[]>();
    for (const part of e.split(" ")) {
      const [role, id] = part.split(":");
      const span = spans.get(id ?? "");
      if (span && role)
        roles.set(role.replace(/\d+$/, ""), [...(roles.get(role.replace(/\d+$/, "")) ?? []), ...span.ranges]);
    }
    const content = roles.get("Content");
    if (!content?.length) continue;
    const first = [...content].sort((a, b) => a[0] - b[0])[0]!;
    const lead = text.slice(first[0], first[1]).trimStart();
    const direct = OPEN_MARK.test(lead) || OPEN_MARK.test(text.slice(first[0] - 1, first[0]));
    out.push({ content, source: roles.get("Source") ?? [], direct });
  }
  return out;
}

function overlap(a: Range, b: Range): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

/**
 * The pieces of a gold content: fragments separated by only spaces or punctuation are one piece,
 * others (a quotation split by "he said") are matched separately, since a prediction gives each
 * part of a split quotation on its own.
 */
function pieces(g: Gold, text: string): Range[] {
  const sorted = [...g.content].sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && /^[\s\p{P}]*$/u.test(text.slice(last[1], r[0]))) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

function matches(q: Quote, piece: Range): number {
  const o = overlap([q.start, q.end], piece);
  const ratio = o / Math.max(1, Math.min(q.end - q.start, piece[1] - piece[0]));
  return ratio >= MIN_OVERLAP ? o : 0;
}

/** One-to-one matching of predictions to gold pieces, largest overlaps first; returns [pred, gold] pairs. */
function align(preds: Quote[], golds: Gold[], text: string): [number, number][] {
  const pairs: [number, number, number, number][] = [];
  golds.forEach((g, j) =>
    pieces(g, text).forEach((piece, k) =>
      preds.forEach((q, i) => {
        const o = matches(q, piece);
        if (o) pairs.push([o, i, j, k]);
      }),
    ),
  );
  pairs.sort((a, b) => b[0] - a[0]);
  const usedP = new Set<number>();
  const usedPiece = new Set<string>();
  const out: [number, number][] = [];
  for (const [, i, j, k] of pairs) {
    if (usedP.has(i) || usedPiece.has(`${j}:${k}`)) continue;
    usedP.add(i);
    usedPiece.add(`${j}:${k}`);
    out.push([i, j]);
  }
  return out;
}

const goldsFound = (pairs: [number, number][]) => new Set(pairs.map(([, j]) => j)).size;

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]/gu, "")
    .replace(/\s+/g, " ")
    .trim();

function speakerOk(q: Quote, g: Gold, text: string): boolean {
  const s = q.speaker;
  if (!s) return false;
  if (s.start !== undefined && s.end !== undefined && g.source.some((r) => overlap([s.start!, s.end!], r) > 0))
    return true;
  const said = norm(s.text);
  return g.source.some((r) => {
    const gold = norm(text.slice(r[0], r[1]));
    return gold.length > 2 && said.length > 2 && (gold.includes(said) || said.includes(gold));
  });
}

const f1 = (tp: number, np: number, ng: number) => {
  const p = np ? tp / np : 0;
  const r = ng ? tp / ng : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

async function main(): Promise<void> {
  if (!existsSync(DEV)) {
    console.log(`eval-quotes: ${DEV} is absent; nothing to score.`);
    return;
  }
  let entityStage: Stage | undefined;
  if (existsSync(ENTITIES)) {
    try {
      entityStage = ((await import(ENTITIES)) as { entitiesStage?: Stage }).entitiesStage;
    } catch (err) {
      console.log(`entities stage did not load (${(err as Error).message}); running without entities`);
    }
  }
  console.log(entityStage ? "entities: from src/annotate/entities/stage.ts" : "entities: none (no entities stage)");
  // The knowledge base loader is the entities stage's concern; an empty one is the fallback.
  const load = (kbModule as { loadKnowledgeBase?: () => KnowledgeBase }).loadKnowledgeBase;
  const kb = entityStage && load ? load() : kbModule.emptyKnowledgeBase();
  const files = readdirSync(join(DEV, "attributions"))
    .filter((f) => f.endsWith(".ann"))
    .sort();
  const byArticle = new Map<string, string>();
  for (const f of files) {
    const article = f.replace(/_[0-9a-f]{4}\.ann$/, "");
    if (!byArticle.has(article)) byArticle.set(article, f);
  }
  const c = {
    aFound: 0,
    dTp: 0,
    dP: 0,
    dG: 0,
    dFound: 0,
    aTp: 0,
    aP: 0,
    aG: 0,
    tTp: 0,
    tP: 0,
    tG: 0,
    sOk: 0,
    sN: 0,
    sdOk: 0,
    sdN: 0,
  };
  let ms = 0;
  for (const [name, annFile] of byArticle) {
    const text = readFileSync(join(DEV, "text", name + ".txt"), "utf8");
    const golds = parseAnn(readFileSync(join(DEV, "attributions", annFile), "utf8"), text);
    const { sentences, tokens } = tokenize(text);
    let entities: Entity[] = [];
    if (entityStage) {
      const a: Article = { ...newArticle(name, {}), text, sentences, tokens };
      try {
        entities = entityStage.run(a, { kb }).entities;
      } catch {
        entities = [];
      }
    }
    const t0 = performance.now();
    const preds = findQuotes(text, tokens, sentences, entities);
    ms += performance.now() - t0;
    // Direct quotations.
    const pd = preds.filter((q) => q.kind === "direct");
    const gd = golds.filter((g) => g.direct);
    c.dP += pd.length;
    c.dG += gd.length;
    c.dTp += align(pd, golds, text).length;
    c.dFound += goldsFound(align(preds, gd, text));
    // All attributions.
    const pairs = align(preds, golds, text);
    c.aP += preds.length;
    c.aG += golds.length;
    c.aTp += pairs.length;
    c.aFound += goldsFound(pairs);
    for (const [i, j] of pairs) {
      const g = golds[j]!;
      if (!g.source.length) continue;
      const ok = speakerOk(preds[i]!, g, text);
      c.sN++;
      c.sOk += ok ? 1 : 0;
      if (g.direct) {
        c.sdN++;
        c.sdOk += ok ? 1 : 0;
      }
      if (!ok && verbose) {
        const gs = g.source.map((r) => text.slice(r[0], r[1])).join(" / ");
        console.log(
          `  speaker ${name}: "${preds[i]!.speaker?.text ?? "-"}" want "${gs}" | ${preds[i]!.text.slice(0, 70)}`,
        );
      }
    }
    if (verbose) {
      const found = new Set(pairs.map(([, j]) => j));
      golds.forEach((g, j) => {
        if (g.direct && !found.has(j))
          console.log(`  missed direct ${name}: ${text.slice(g.content[0]![0], g.content[0]![1]).slice(0, 90)}`);
      });
      const hit = new Set(align(pd, golds, text).map(([i]) => i));
      pd.forEach((q, i) => hit.has(i) || console.log(`  extra direct ${name}: ${q.text.slice(0, 90)}`));
    }
    // Token F1 over word tokens.
    for (const tk of tokens) {
      if (tk.pos === "PUNCT" || tk.pos === "SPACE") continue;
      const r: Range = [tk.start, tk.end];
      const inG = golds.some((g) => g.content.some((x) => overlap(r, x) > 0));
      const inP = preds.some((q) => overlap(r, [q.start, q.end]) > 0);
      c.tG += inG ? 1 : 0;
      c.tP += inP ? 1 : 0;
      c.tTp += inG && inP ? 1 : 0;
    }
  }
  const direct = f1(c.dTp, c.dP, c.dG);
  const directRecall = c.dG ? c.dFound / c.dG : 0;
  const directF = direct.p + directRecall ? (2 * direct.p * directRecall) / (direct.p + directRecall) : 0;
  const allP = c.aP ? c.aTp / c.aP : 0;
  const allR = c.aG ? c.aFound / c.aG : 0;
  const all = { p: allP, r: allR, f: allP + allR ? (2 * allP * allR) / (allP + allR) : 0 };
  const tok = f1(c.tTp, c.tP, c.tG);
  console.log(
    `PolNeAR dev: ${byArticle.size} articles, ${c.aG} gold attributions (${c.dG} direct), ${c.aP} predicted (${c.dP} direct)`,
  );
  console.log(`direct quotes      P ${pct(direct.p)}  R ${pct(directRecall)}  F1 ${pct(directF)}   (target >= 90)`);
  console.log(
    `all attributions   P ${pct(all.p)}  R ${pct(all.r)}  F1 ${pct(all.f)}   (overlap >= ${MIN_OVERLAP} of the shorter)`,
  );
  console.log(`all, token level   P ${pct(tok.p)}  R ${pct(tok.r)}  F1 ${pct(tok.f)}`);
  console.log(
    `speaker accuracy   ${pct(c.sN ? c.sOk / c.sN : 0)} of ${c.sN} matched (direct only: ${pct(c.sdN ? c.sdOk / c.sdN : 0)} of ${c.sdN})   (target >= 88)`,
  );
  console.log(
    `speed              ${(ms / byArticle.size).toFixed(3)} ms per article (quotes only, one cold pass with JIT warm-up)`,
  );
}

await main();

/**
 * Scores the times stage on TimeBank and AQUAINT (TempEval-3 training data, TimeML .tml) with the
 * TempEval-3 measures: strict and relaxed extent P/R/F1, type and value accuracy over relaxed
 * matches, and value F1 (value accuracy x relaxed F1). Plain chrono-node runs beside it as a
 * baseline. The document creation time is the anchor; sentences and tokens come from the real
 * nlp tokenizer. Usage: node --import tsx scripts/eval-time.ts [--errors FILE]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as chrono from "chrono-node";
import { tokenize } from "../src/annotate/nlp/tokenize.js";
import { resolveTimes } from "../src/annotate/time/stage.js";

const ROOT = "/work/shared/dev/time/tbaq-cleaned";

interface Timex {
  start: number;
  end: number;
  type: string;
  value: string;
}

interface Doc {
  name: string;
  text: string;
  dct: string;
  gold: Timex[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The text inside <TEXT> with its tags removed, and the TIMEX3 spans in that text. */
function readTml(path: string): Doc {
  const xml = readFileSync(path, "utf8");
  const dct = /<DCT>.*?value="([^"]+)"/s.exec(xml)?.[1] ?? "";
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? "";
  let text = "";
  const gold: Timex[] = [];
  let open: { start: number; type: string; value: string } | null = null;
  const re = /<(\/?)([A-Z0-9]+)([^>]*)>|&(\w+);|[^<&]+/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m[4]) text += ENTITIES[m[4]] ?? m[0];
    else if (!m[2]) text += m[0];
    else if (m[2] === "TIMEX3" && !m[1]) {
      const attr = (k: string): string => new RegExp(`${k}="([^"]*)"`).exec(m![3]!)?.[1] ?? "";
      open = { start: text.length, type: attr("type"), value: attr("value") };
    } else if (m[2] === "TIMEX3" && open) {
      gold.push({ ...open, end: text.length });
      open = null;
    }
  }
  return { name: path, text, dct, gold };
}

interface Counts {
  gold: number;
  pred: number;
  strict: number;
  relaxed: number;
  type: number;
  value: number;
}

const empty = (): Counts => ({ gold: 0, pred: 0, strict: 0, relaxed: 0, type: 0, value: 0 });

/** Adds one document's matches: relaxed matches are one-to-one, by first overlap. */
function score(gold: Timex[], pred: Timex[], c: Counts, errors: string[] | null, doc: Doc): void {
  c.gold += gold.length;
  c.pred += pred.length;
  const used = new Set<number>();
  for (const g of gold) {
    const i = pred.findIndex((p, k) => !used.has(k) && p.start < g.end && g.start < p.end);
    const say = (why: string): void =>
      void errors?.push(`${doc.dct}\t${why}\t${JSON.stringify(doc.text.slice(g.start, g.end))}\t${g.type} ${g.value}`);
    if (i < 0) {
      say("missed");
      continue;
    }
    used.add(i);
    const p = pred[i]!;
    c.relaxed++;
    if (p.start === g.start && p.end === g.end) c.strict++;
    if (p.type === g.type) c.type++;
    if (p.value === g.value) c.value++;
    else {
      const from = Math.max(doc.text.lastIndexOf("\n", g.start), doc.text.lastIndexOf(". ", g.start)) + 1;
      const to = doc.text.indexOf(".", g.end);
      say(
        `value ${p.type} ${p.value} ${JSON.stringify(doc.text.slice(p.start, p.end))}\t${doc.text.slice(from, to < 0 ? undefined : to).trim()}`,
      );
    }
  }
  if (errors)
    pred.forEach(
      (p, k) =>
        used.has(k) ||
        errors.push(`${doc.dct}\tspurious\t${JSON.stringify(doc.text.slice(p.start, p.end))}\t${p.type} ${p.value}`),
    );
}

function chronoBaseline(doc: Doc): Timex[] {
  const ref = new Date(doc.dct.length <= 10 ? `${doc.dct}T12:00:00Z` : `${doc.dct}Z`);
  return chrono.parse(doc.text, { instant: ref, timezone: 0 }).map((r) => {
    const c = r.start;
    const pad = (n: number | null): string => String(n ?? 0).padStart(2, "0");
    const date = `${c.get("year")}-${pad(c.get("month"))}-${pad(c.get("day"))}`;
    const clocked = c.isCertain("hour");
    return {
      start: r.index,
      end: r.index + r.text.length,
      type: clocked ? "TIME" : "DATE",
      value: clocked ? `${date}T${pad(c.get("hour"))}:${pad(c.get("minute"))}` : date,
    };
  });
}

const f1 = (p: number, r: number): number => (p + r ? (2 * p * r) / (p + r) : 0);
const fmt = (x: number): string => (100 * x).toFixed(1).padStart(5);

function report(label: string, c: Counts): void {
  const sp = c.strict / c.pred || 0;
  const sr = c.strict / c.gold || 0;
  const rp = c.relaxed / c.pred || 0;
  const rr = c.relaxed / c.gold || 0;
  const rf = f1(rp, rr);
  const vacc = c.value / c.relaxed || 0;
  console.log(
    `${label.padEnd(22)} strict P/R/F1 ${fmt(sp)} ${fmt(sr)} ${fmt(f1(sp, sr))} | relaxed ${fmt(rp)} ${fmt(rr)} ${fmt(rf)} | ` +
      `type ${fmt(c.type / c.relaxed || 0)} value ${fmt(vacc)} | value F1 ${fmt(vacc * rf)}  (gold ${c.gold}, pred ${c.pred})`,
  );
}

function main(): void {
  if (!existsSync(ROOT)) {
    console.log(`eval-time: ${ROOT} is absent; nothing to score.`);
    return;
  }
  const errorsAt = process.argv.indexOf("--errors");
  const errors: string[] | null = errorsAt > 0 ? [] : null;
  const ours: Record<string, Counts> = { TimeBank: empty(), AQUAINT: empty(), all: empty() };
  const base: Record<string, Counts> = { TimeBank: empty(), AQUAINT: empty(), all: empty() };
  let ms = 0;
  let words = 0;
  for (const corpus of ["TimeBank", "AQUAINT"]) {
    const dir = join(ROOT, corpus);
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith(".tml"))
      .sort()) {
      const doc = readTml(join(dir, file));
      const { sentences, tokens } = tokenize(doc.text);
      const t0 = performance.now();
      const pred = resolveTimes(doc.text, sentences, tokens, doc.dct);
      ms += performance.now() - t0;
      words += tokens.length;
      for (const key of [corpus, "all"]) {
        score(doc.gold, pred, ours[key]!, key === "all" ? errors : null, doc);
        score(doc.gold, chronoBaseline(doc), base[key]!, null, doc);
      }
    }
  }
  for (const key of ["TimeBank", "AQUAINT", "all"]) report(`times ${key}`, ours[key]!);
  for (const key of ["TimeBank", "AQUAINT", "all"]) report(`chrono ${key}`, base[key]!);
  console.log(`times stage: ${((ms / words) * 700).toFixed(3)} ms per 700 tokens (${ms.toFixed(0)} ms in all)`);
  if (errors) writeFileSync(process.argv[errorsAt + 1] ?? "time-errors.tsv", errors.join("\n") + "\n");
}

main();

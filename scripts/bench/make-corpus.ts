import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { newArticle } from "../../src/model/article.js";
import type { Article } from "../../src/model/schema.js";
import { seededRandom } from "../../src/code/model/softmax.js";

/** The seeded generator training uses: the same corpus on every run, so runs compare. */
export const rng = seededRandom;

/** The text and HTML files of the bundled example corpus (the bench's seed material). */
export function exampleDocuments(dir: string): { path: string; format: "text" | "html"; body: string }[] {
  const out: { path: string; format: "text" | "html"; body: string }[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d).sort()) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(txt|md)$/.test(e)) out.push({ path: p, format: "text", body: readFileSync(p, "utf8") });
      else if (/\.html?$/.test(e)) out.push({ path: p, format: "html", body: readFileSync(p, "utf8") });
    }
  };
  walk(dir);
  return out;
}

/**
 * `n` raw articles made by varying the examples: paragraphs of the body shuffled after the first
 * three, numbers changed, so no two documents are identical but all read like news.
 */
export function makeCorpus(dir: string, n: number, seed = 7): Article[] {
  const docs = exampleDocuments(dir);
  if (!docs.length) throw new Error(`no example articles in ${dir}`);
  const rand = rng(seed);
  const out: Article[] = [];
  for (let i = 0; i < n; i++) {
    const d = docs[i % docs.length]!;
    let body = d.body.replace(/\b\d{2,3}\b/g, (m) => String(Math.max(2, Math.round(Number(m) * (0.5 + rand())))));
    if (d.format === "text") {
      const paras = body.split(/\n\s*\n/);
      const head = paras.slice(0, 3);
      const rest = paras.slice(3).sort(() => rand() - 0.5);
      body = [...head, ...rest].join("\n\n");
    }
    out.push(newArticle(`bench-${i}`, { path: `${d.path}#${i}` }, { format: d.format, body }));
  }
  return out;
}

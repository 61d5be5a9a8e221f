/**
 * Publication dates on the extraction evaluation pages (../shared/dev/extraction/trafilatura-eval),
 * for finding what a date rule should change. Without arguments: the page's date as the extract
 * stage gives it against each label, counted as htmldate does (right, wrong day, labelled date but
 * none given, labelled undated but one given) and listed by kind. With address parts: each matching
 * page's date candidates as the HTML metadata reader sees them (source, day, short text pieces from
 * the headline, cue, whether a date line) and the date it chooses.
 *
 *   node --import tsx scripts/explain-dates.ts [ADDRESS-PART...]
 */
import { extractPage, loadEvalPages } from "./bench/extraction.js";
import { parseTree } from "../src/extract/html-tree.js";
import { explainDate } from "../src/extract/html-meta.js";

const parts = process.argv.slice(2);
const pages = loadEvalPages();

if (parts.length) {
  for (const p of pages) {
    if (!parts.some((w) => p.url?.includes(w))) continue;
    const e = explainDate(parseTree(p.html));
    console.log(
      `## ${p.url}\n   label ${JSON.stringify(p.labels?.date)}  chosen ${e.published}  title ${JSON.stringify(e.title)}`,
    );
    for (const c of e.candidates)
      console.log(
        `   ${c.source.padEnd(10)} ${c.iso.padEnd(26)} dist ${String(c.dist).padEnd(4)} ${(c.cue ?? "").padEnd(9)} ${c.line ? "line" : "    "} ${JSON.stringify(c.value.slice(0, 80))}`,
      );
  }
} else {
  const kinds = { right: [] as string[], wrong: [] as string[], missed: [] as string[], undated: [] as string[] };
  let none = 0;
  for (const p of pages) {
    const label = p.labels?.date;
    if (label === undefined) continue;
    const day = extractPage(p).meta.published?.slice(0, 10) ?? null;
    const row = `${label || '""'}  ${day}  ${p.url}`;
    if (label === "" && !day) none++;
    else if (label === "") kinds.undated.push(row);
    else if (!day) kinds.missed.push(row);
    else (day === label ? kinds.right : kinds.wrong).push(row);
  }
  for (const k of ["wrong", "missed", "undated"] as const)
    console.log(`== ${k} (${kinds[k].length})\n${kinds[k].join("\n")}`);
  const [tp, wrong, miss, fp] = [kinds.right.length, kinds.wrong.length, kinds.missed.length, kinds.undated.length];
  const p = tp / (tp + wrong + fp);
  const r = tp / (tp + wrong + miss);
  console.log(
    `right ${tp}, wrong day ${wrong}, missed ${miss}, labelled undated but dated ${fp}, undated and none ${none}; ` +
      `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r)).toFixed(3)}`,
  );
}

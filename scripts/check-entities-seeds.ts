/**
 * Prints, for each seed article, which of the gold core entities the entities stage finds and
 * links (the same test as ../shared/tools/score-seeds.mjs). Runs on the raw seed text, so it
 * measures this stage alone. Usage: node --import tsx scripts/check-entities-seeds.ts
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { tokenize } from "../src/annotate/nlp/tokenize.js";
import { findEntities } from "../src/annotate/entities/stage.js";
import { loadKnowledgeBase } from "../src/kb/knowledge-base.js";
import { newArticle } from "../src/model/article.js";

interface GoldEntity {
  name: string;
  alts: string[];
  core: boolean;
  country?: string;
}

const shared = join(import.meta.dirname, "..", "..", "shared");
const goldPath = join(shared, "gold", "seeds.gold.json");
if (!existsSync(goldPath)) {
  console.log(`no gold file at ${goldPath}: nothing to check`);
  process.exit(0);
}
const gold = JSON.parse(readFileSync(goldPath, "utf8")) as { articles: { file: string; entities: GoldEntity[] }[] };
const norm = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ");
const kb = loadKnowledgeBase();
let found = 0;
let linked = 0;
let total = 0;
for (const g of gold.articles) {
  const text = readFileSync(join(shared, "seeds", g.file), "utf8");
  const entities = findEntities({ ...newArticle(g.file, {}), text, ...tokenize(text) }, kb);
  for (const e of g.entities.filter((x) => x.core)) {
    const hits = entities.filter((p) => {
      const hay = [p.text, p.actor?.name, p.place?.name].filter(Boolean).join(" | ");
      return [...e.alts, e.name].some((alt) => (alt.length <= 3 ? hay.includes(alt) : norm(hay).includes(norm(alt))));
    });
    const isLinked = hits.some((p) => !e.country || [p.actor?.country, p.place?.country].includes(e.country));
    total++;
    found += hits.length ? 1 : 0;
    linked += isLinked ? 1 : 0;
    if (!isLinked)
      console.log(
        `${g.file.slice(0, 3)} ${e.name}: ${hits.length ? `found but not linked to ${e.country}` : "not found"}`,
      );
  }
}
console.log(`entities found ${found}/${total}, linked ${linked}/${total}`);

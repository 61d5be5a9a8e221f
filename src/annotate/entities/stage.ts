import type { Article, Entity } from "../../model/schema.js";
import type { KnowledgeBase } from "../../kb/knowledge-base.js";
import type { Stage } from "../../pipeline/stage.js";
import { articleWords } from "./article-words.js";
import { findAtoms } from "./atoms.js";
import { datelineDrafts } from "./datelines.js";
import { partyDrafts } from "./party-names.js";
import { buildDrafts } from "./build-entities.js";
import { flagEntities } from "./flags.js";
import { resolveDrafts } from "./resolve.js";

/** Finds the entities of an article and links them to actors and places of the knowledge base. */
export function findEntities(article: Article, kb: KnowledgeBase): Entity[] {
  const aw = articleWords(article);
  const published = article.meta.published;
  const year = published && /^\d{4}/.test(published) ? Number(published.slice(0, 4)) : undefined;
  let found = buildDrafts(aw, findAtoms(aw, kb.trie), kb);
  // A party the knowledge base lacks replaces the nationality word inside its name ("Georgian Dream party").
  const parties = partyDrafts(aw, kb).filter(
    (d) => !found.some((x) => x.from < d.to && d.from < x.to && x.via !== "demonym"),
  );
  if (parties.length)
    found = [...found.filter((x) => !parties.some((d) => x.from < d.to && d.from < x.to)), ...parties].sort(
      (a, b) => a.from - b.from,
    );
  const datelines = datelineDrafts(aw, kb).filter((d) => !found.some((x) => x.from < d.to && d.from < x.to));
  const drafts = resolveDrafts(
    aw,
    datelines.length ? [...datelines, ...found].sort((a, b) => a.from - b.from) : found,
    kb,
    year,
  );
  const entities: Entity[] = drafts.map((d) => {
    const start = aw.starts[d.from]!;
    const end = aw.ends[d.to - 1]!;
    const e: Entity = { start, end, text: aw.text.slice(start, end), kind: d.kind, via: d.via };
    if (d.actor) e.actor = d.actor;
    if (d.place) e.place = d.place;
    return e;
  });
  const flags = flagEntities(article.text, kb);
  if (flags.length) {
    entities.push(...flags);
    entities.sort((a, b) => a.start - b.start);
  }
  return entities;
}

/** Gazetteer matching, linking to actors and places, and in-article coreference of names and roles. */
export const entitiesStage: Stage = {
  name: "entities",
  needs: ["text", "sentences", "tokens"],
  adds: ["entities"],
  run(article, ctx) {
    // Object.assign rather than a spread: the same object, copied faster by V8 for an article's many fields.
    return Object.assign({}, article, { entities: findEntities(article, ctx.kb) });
  },
};

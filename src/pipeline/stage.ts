import type { Article } from "../model/schema.js";
import type { KnowledgeBase } from "../kb/knowledge-base.js";

/** What every per-document stage is given besides the document: no I/O, no clock. */
export interface StageContext {
  kb: KnowledgeBase;
}

/**
 * The names a stage can need or add. Fields of the Article, plus `raw` (the input as read).
 * A stage that adds `entities` is the only one that writes `article.entities`.
 */
export type Field =
  "raw" | "text" | "meta" | "captions" | "sentences" | "tokens" | "entities" | "times" | "quotes" | "events";

/** A per-document stage: a pure function over the article that declares what it needs and adds. */
export interface Stage {
  name: string;
  needs: readonly Field[];
  adds: readonly Field[];
  /** Returns the article with this stage's fields written; must not touch other stages' fields. */
  run(article: Article, ctx: StageContext): Article;
}

/**
 * The extract stage: the article body (text, caption spans) and metadata from a plain-text scrape
 * or an HTML page. Values the input gave (raw.given) override what the page says.
 */
import type { Article, Issue, Meta } from "../model/schema.js";
import type { Stage } from "../pipeline/stage.js";
import { extractArticle } from "./extract-article.js";

/** Body and metadata from `raw` (text or HTML): adds `text`, `meta` and `captions`. */
export const extractStage: Stage = {
  name: "extract",
  needs: ["raw"],
  adds: ["text", "meta", "captions"],
  run(article: Article): Article {
    const raw = article.raw;
    if (!raw) {
      const issue: Issue = {
        code: "no-raw",
        stage: "extract",
        message: "the article has no raw input to extract from",
      };
      return { ...article, issues: [...article.issues, issue] };
    }
    const got = extractArticle(raw, article.source);
    const meta: Meta = { ...article.meta, ...got.meta };
    return { ...article, text: got.text, captions: got.captions, meta, issues: [...article.issues, ...got.issues] };
  },
};

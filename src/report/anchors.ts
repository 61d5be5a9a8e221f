/**
 * Element ids for articles and event mentions. Article and event ids are arbitrary strings
 * (hashes, caller ids with spaces or slashes), so the report numbers them instead of trusting
 * them inside `id` attributes and URL fragments.
 */
import type { Article } from "../model/schema.js";

/** Maps article ids and (article, event) pairs to ids that are safe in HTML and fragments. */
export class Anchors {
  private readonly articles = new Map<string, number>();
  private readonly events = new Map<string, string>();

  constructor(articles: readonly Article[]) {
    articles.forEach((a, i) => {
      if (this.articles.has(a.id)) return;
      this.articles.set(a.id, i);
      a.events.forEach((e, j) => this.events.set(key(a.id, e.id), `m${i}-${j}`));
    });
  }

  /** The id of an article's section, or null when the corpus does not hold that article. */
  article(articleId: string): string | null {
    const i = this.articles.get(articleId);
    return i === undefined ? null : `a${i}`;
  }

  /** The id of an event mention's trigger in its article's text, or null when unknown. */
  mention(articleId: string, eventId: string): string | null {
    return this.events.get(key(articleId, eventId)) ?? null;
  }
}

const key = (articleId: string, eventId: string) => `${articleId}\u0000${eventId}`;

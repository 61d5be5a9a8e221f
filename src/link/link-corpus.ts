import type { Article, Story } from "../model/schema.js";
import { StoryLinker, type LinkerOptions } from "./story-linker.js";
import { dayRange } from "./timeline.js";

/** Stories of a corpus, and the articles the linker changed (dated from their story). */
export interface Linked {
  stories: Story[];
  updated: Article[];
}

/**
 * Links a whole corpus into stories. Articles are added in publication order (undated last,
 * then by id), so the stories and their ids do not depend on the order the corpus came in.
 */
export function linkArticles(articles: readonly Article[], opts: LinkerOptions = {}): Linked {
  const linker = new StoryLinker(opts);
  for (const a of publicationOrder(articles)) linker.add(a);
  const stories = linker.stories();
  return { stories, updated: linker.takeChanges().articles };
}

/** The stories of a corpus (see linkArticles). */
export function linkCorpus(articles: readonly Article[], opts: LinkerOptions = {}): Story[] {
  return linkArticles(articles, opts).stories;
}

/** Publication order, undated last, ties by id: the order in which a batch joins the linker. */
export function publicationOrder<T extends Article>(articles: readonly T[]): T[] {
  const keyed = articles.map((a) => ({ a, day: dayRange(a.meta.published)?.first ?? Infinity }));
  keyed.sort((x, y) => x.day - y.day || (x.a.id < y.a.id ? -1 : x.a.id > y.a.id ? 1 : 0));
  return keyed.map((k) => k.a);
}

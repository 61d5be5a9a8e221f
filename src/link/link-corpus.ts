import type { Article, Story } from "../model/schema.js";
import { StoryLinker } from "./story-linker.js";
import { dayRange } from "./timeline.js";

/**
 * Links a whole corpus into stories. Articles are added in publication order (undated last,
 * then by id), so the stories and their ids do not depend on the order the corpus came in.
 */
export function linkCorpus(articles: readonly Article[]): Story[] {
  const linker = new StoryLinker();
  const keyed = articles.map((a) => ({ a, day: dayRange(a.meta.published)?.first ?? Infinity }));
  keyed.sort((x, y) => x.day - y.day || (x.a.id < y.a.id ? -1 : x.a.id > y.a.id ? 1 : 0));
  for (const { a } of keyed) linker.add(a);
  return linker.stories();
}

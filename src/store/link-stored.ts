/**
 * Links the stored articles incrementally: the linker's state comes from the store, only articles
 * it has not seen are added, only the stories they change are rebuilt (their older members read
 * back from the store), and the changes go back in one transaction.
 */
import type { Article, Story } from "../model/schema.js";
import { publicationOrder } from "../link/link-corpus.js";
import { StoryLinker } from "../link/story-linker.js";
import type { Store } from "./store.js";

export interface LinkStoredOptions {
  /** Re-runs the stages after times on an article dated from its story. */
  reanalyze?: (a: Article) => Article;
  /** Forget the saved state and link everything again (after the stages were re-run). */
  relink?: boolean;
}

/** What a linking run did: every story now stored, the articles it dated, and how much it touched. */
export interface LinkStoredResult {
  stories: Story[];
  updated: Article[];
  added: number;
  changedStories: number;
}

/**
 * 1. restore the linker (or start one: no state yet, or a relink);
 * 2. add the stored articles it does not know, in publication order;
 * 3. hand it the older members of the stories that changed;
 * 4. write its changes and read back the stories.
 */
export async function linkStored(
  store: Store,
  articles: readonly Article[],
  opts: LinkStoredOptions = {},
): Promise<LinkStoredResult> {
  const state = opts.relink ? undefined : await store.getLinkState();
  if (!state) {
    await store.clearLinkState();
    await store.putStories([]);
  }
  const linker = state ? StoryLinker.restore(state, opts) : new StoryLinker(opts);
  const fresh = articles.filter((a) => linker.storyId(a.id) === undefined);
  for (const a of publicationOrder(fresh)) linker.add(a);
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const id of linker.missing()) {
    const a = byId.get(id) ?? (await store.getArticle(id));
    if (a) linker.provide(a);
  }
  const changes = linker.takeChanges();
  await store.putLinkChanges(changes, changes.views);
  return {
    stories: await store.listStories(),
    updated: changes.articles,
    added: fresh.length,
    changedStories: changes.views.length,
  };
}

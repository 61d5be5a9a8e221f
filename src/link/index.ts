/** The corpus-level stage: stories, copy families, merged events, inferred dates and the timeline. */
export { linkArticles, linkCorpus, publicationOrder, type Linked } from "./link-corpus.js";
export { StoryLinker, type LinkerChanges, type LinkerOptions, type LinkerState } from "./story-linker.js";

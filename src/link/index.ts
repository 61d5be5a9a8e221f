/** The corpus-level stage: stories, copy families, merged events and the timeline. */
export { linkCorpus } from "./link-corpus.js";
export { StoryLinker } from "./story-linker.js";

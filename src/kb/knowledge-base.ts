/**
 * The knowledge base every stage may consult: actors, places, roles and patterns, loaded from
 * the data files under data/kb. Placeholder interface until the knowledge base lands.
 */
export interface KnowledgeBase {
  readonly version: string;
}

/** An empty knowledge base, for tests of stages that do not consult it. */
export function emptyKnowledgeBase(): KnowledgeBase {
  return { version: "empty" };
}

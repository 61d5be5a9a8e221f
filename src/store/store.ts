import type { Article, Story } from "../model/schema.js";
import type { LinkerChanges, LinkerState } from "../link/story-linker.js";

/** One full-text search result: the article and the passage that matched. */
export interface SearchHit {
  id: string;
  title: string | null;
  /** The matching passage with the matched words between `[` and `]`. */
  snippet: string;
}

/** Filters for `events()`: every given field must match. */
export interface EventQuery {
  type?: string;
  /** An actor or recipient country (ISO alpha-3, IGO, ...). */
  country?: string;
  /** Inclusive bounds on the event date, compared as ISO strings. */
  from?: string;
  to?: string;
  article?: string;
  limit?: number;
}

/** A row of the events table: one coded event and where it sits. */
export interface EventRow {
  id: string;
  article: string;
  type: string;
  cameo: string | null;
  date: string | null;
  status: string;
  actor_countries: string[];
  recipient_countries: string[];
}

/**
 * Where analysed articles and stories live. Every method returns a Promise so that a server
 * database (PostgreSQL) can implement the same interface as the embedded SQLite store; both
 * pass the suite in store-contract.ts.
 */
export interface Store {
  /** Records an article as read, before any stage: kept for re-running the stages. Never overwrites. */
  putRaw(article: Article): Promise<boolean>;
  /** Stores an analysed article (replacing an earlier version of the same id); true when the id is new. */
  putArticle(article: Article): Promise<boolean>;
  /** Stores many analysed articles in one transaction; returns how many ids were new. */
  putArticles(articles: readonly Article[]): Promise<number>;
  /** The article with its raw input and tokens, or undefined. */
  getArticle(id: string): Promise<Article | undefined>;
  /** Whether an analysed version exists (a raw-only article is pending, not had). */
  hasArticle(id: string): Promise<boolean>;
  /** Every analysed article (without raw input and tokens), in insertion order. */
  listArticles(): Promise<Article[]>;
  /** Ids stored by putRaw but not yet analysed: what a resumed run still has to do. */
  pendingIds(): Promise<string[]>;
  /** Replaces all stories. */
  putStories(stories: readonly Story[]): Promise<void>;
  listStories(): Promise<Story[]>;
  /**
   * Writes what the linker changed in one transaction: its state rows, the articles it dated, the
   * changed stories (a story keeps its place) and the removal of stories merged into others.
   */
  putLinkChanges(changes: LinkerChanges, stories: readonly Story[]): Promise<void>;
  /** The linker's saved state, or undefined when no run has linked yet. */
  getLinkState(): Promise<LinkerState | undefined>;
  /** Forgets the linker's state (before relinking everything, e.g. after re-running the stages). */
  clearLinkState(): Promise<void>;
  /** Full-text search over title and text, best first. */
  search(query: string, limit?: number): Promise<SearchHit[]>;
  /** Coded events matching a filter, by date (undated last). */
  events(query?: EventQuery): Promise<EventRow[]>;
  close(): Promise<void>;
}

/** Makes a fresh, empty store (the contract tests call it once per test). */
export type StoreFactory = () => Promise<Store>;

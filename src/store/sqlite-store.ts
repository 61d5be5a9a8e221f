/**
 * The embedded store: one SQLite file (better-sqlite3, synchronous underneath, Promise-shaped
 * on top to share the Store interface with PostgreSQL).
 */
import Database from "better-sqlite3";
import type { Article, Story } from "../model/schema.js";
import type { EventQuery, EventRow, SearchHit, Store } from "./store.js";
import type { LinkerChanges, LinkerState } from "../link/story-linker.js";
import type { ClusterState } from "../link/story-cluster.js";
import * as SQL from "./sql.js";
import { SQLITE_MIGRATIONS, SQLITE_SEARCH } from "./sqlite-schema.js";
import { articleFromRow, articleParams, countriesFromColumn, entityParams, eventParams } from "./rows.js";

const DEFAULT_SEARCH_LIMIT = 20;

/** Opens (creating and migrating as needed) a SQLite store at `path`; ":memory:" for a throwaway one. */
export async function openSqliteStore(path: string): Promise<Store> {
  const db = new Database(path);
  // WAL lets readers (the web UI) work while a run writes; NORMAL sync is safe under WAL.
  if (path !== ":memory:") db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  migrate(db);
  return new SqliteStore(db);
}

/** Applies the migrations newer than the recorded schema version. */
function migrate(db: Database.Database): void {
  db.exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
  const row = db.prepare("SELECT MAX(version) AS v FROM schema_version").get() as { v: number | null };
  const current = row.v ?? 0;
  for (let v = current; v < SQLITE_MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(SQLITE_MIGRATIONS[v]!);
      db.prepare("INSERT INTO schema_version (version) VALUES (?)").run(v + 1);
    })();
  }
}

/** Rewrites the shared `$n` placeholders into SQLite's numbered `?n`. */
function sqlite(sql: string): string {
  return sql.replace(/\$(\d+)/g, "?$1");
}

/** better-sqlite3 binds numbered `?n` parameters by name only: `{1: …, 2: …}`. */
function bind(params: readonly unknown[]): Record<number, unknown> {
  const named: Record<number, unknown> = {};
  params.forEach((v, i) => (named[i + 1] = v));
  return named;
}

/** Turns free text into an FTS5 query: every word must occur; `word*` keeps its prefix search. */
export function ftsQuery(query: string): string {
  const terms: string[] = [];
  for (const m of query.matchAll(/([\p{L}\p{N}]+)(\*?)/gu)) terms.push(`"${m[1]}"${m[2]}`);
  return terms.join(" ");
}

class SqliteStore implements Store {
  private readonly stmt;
  private readonly writeArticle: (a: Article) => boolean;

  constructor(private readonly db: Database.Database) {
    const p = (sql: string) => db.prepare(sqlite(sql));
    this.stmt = {
      insertRaw: p(SQL.INSERT_RAW),
      upsert: p(SQL.UPSERT_ARTICLE),
      analysedFlag: p(SQL.SELECT_ANALYSED_FLAG),
      article: p(SQL.SELECT_ARTICLE),
      analysed: p(SQL.SELECT_ANALYSED),
      pending: p(SQL.SELECT_PENDING),
      deleteEntities: p(SQL.DELETE_ENTITIES),
      insertEntity: p(SQL.INSERT_ENTITY),
      deleteEvents: p(SQL.DELETE_EVENTS),
      insertEvent: p(SQL.INSERT_EVENT),
      deleteStories: p(SQL.DELETE_STORIES),
      deleteStoryArticles: p(SQL.DELETE_STORY_ARTICLES),
      insertStory: p(SQL.INSERT_STORY),
      insertStoryArticle: p(SQL.INSERT_STORY_ARTICLE),
      stories: p(SQL.SELECT_STORIES),
      upsertStory: p(SQL.UPSERT_STORY),
      deleteStory: p(SQL.DELETE_STORY),
      deleteArticlesOfStory: p(SQL.DELETE_ARTICLES_OF_STORY),
      linkMeta: p(SQL.SELECT_LINK_META),
      upsertLinkMeta: p(SQL.UPSERT_LINK_META),
      linkDf: p(SQL.SELECT_LINK_DF),
      upsertLinkDf: p(SQL.UPSERT_LINK_DF),
      linkStories: p(SQL.SELECT_LINK_STORIES),
      upsertLinkStory: p(SQL.UPSERT_LINK_STORY),
      deleteLinkStory: p(SQL.DELETE_LINK_STORY),
      linkCopies: p(SQL.SELECT_LINK_COPIES),
      insertLinkCopy: p(SQL.INSERT_LINK_COPY),
      linkShingles: p(SQL.SELECT_LINK_SHINGLES),
      upsertLinkShingles: p(SQL.UPSERT_LINK_SHINGLES),
      search: db.prepare(SQLITE_SEARCH),
    };
    this.writeArticle = (a) => {
      const before = this.stmt.analysedFlag.get(bind([a.id])) as { analysed: number } | undefined;
      this.stmt.upsert.run(bind(articleParams(a, true)));
      this.stmt.deleteEntities.run(bind([a.id]));
      for (const row of entityParams(a)) this.stmt.insertEntity.run(bind(row));
      this.stmt.deleteEvents.run(bind([a.id]));
      for (const row of eventParams(a)) this.stmt.insertEvent.run(bind(row));
      return !before || before.analysed === 0;
    };
  }

  async putRaw(article: Article): Promise<boolean> {
    return this.stmt.insertRaw.run(bind(articleParams(article, false))).changes > 0;
  }

  async putArticle(article: Article): Promise<boolean> {
    return this.db.transaction(this.writeArticle)(article);
  }

  async putArticles(articles: readonly Article[]): Promise<number> {
    return this.db.transaction((list: readonly Article[]) => list.filter(this.writeArticle).length)(articles);
  }

  async getArticle(id: string): Promise<Article | undefined> {
    const row = this.stmt.article.get(bind([id])) as Parameters<typeof articleFromRow>[0] | undefined;
    return row ? articleFromRow(row) : undefined;
  }

  async hasArticle(id: string): Promise<boolean> {
    const row = this.stmt.analysedFlag.get(bind([id])) as { analysed: number } | undefined;
    return row?.analysed === 1;
  }

  async listArticles(): Promise<Article[]> {
    return (this.stmt.analysed.all() as { text: string; doc: string }[]).map(articleFromRow);
  }

  async pendingIds(): Promise<string[]> {
    return (this.stmt.pending.all() as { id: string }[]).map((r) => r.id);
  }

  async putStories(stories: readonly Story[]): Promise<void> {
    this.db.transaction(() => {
      this.stmt.deleteStories.run();
      this.stmt.deleteStoryArticles.run();
      stories.forEach((s, i) => {
        this.stmt.insertStory.run(bind([s.id, i, s.title, JSON.stringify(s)]));
        for (const a of s.articles) this.stmt.insertStoryArticle.run(bind([s.id, a]));
      });
    })();
  }

  async listStories(): Promise<Story[]> {
    return (this.stmt.stories.all() as { doc: string }[]).map((r) => JSON.parse(r.doc) as Story);
  }

  async putLinkChanges(ch: LinkerChanges, stories: readonly Story[]): Promise<void> {
    this.db.transaction(() => {
      for (const a of ch.articles) this.writeArticle(a);
      this.stmt.upsertLinkMeta.run(bind(["docs", String(ch.docs)]));
      for (const [k, n] of ch.df) this.stmt.upsertLinkDf.run(bind([k, n]));
      for (const s of ch.stories) this.stmt.upsertLinkStory.run(bind([s.id, s.seq, JSON.stringify(s)]));
      for (const [a, b] of ch.copies) this.stmt.insertLinkCopy.run(bind([a, b]));
      for (const [id, sig, ag] of ch.shingles) {
        this.stmt.upsertLinkShingles.run(bind([id, JSON.stringify(sig), JSON.stringify(ag)]));
      }
      for (const id of ch.removed) {
        this.stmt.deleteLinkStory.run(bind([id]));
        this.stmt.deleteStory.run(bind([id]));
        this.stmt.deleteArticlesOfStory.run(bind([id]));
      }
      for (const s of stories) {
        this.stmt.upsertStory.run(bind([s.id, s.title, JSON.stringify(s)]));
        this.stmt.deleteArticlesOfStory.run(bind([s.id]));
        for (const a of s.articles) this.stmt.insertStoryArticle.run(bind([s.id, a]));
      }
    })();
  }

  async getLinkState(): Promise<LinkerState | undefined> {
    const meta = new Map((this.stmt.linkMeta.all() as { key: string; value: string }[]).map((r) => [r.key, r.value]));
    const docs = meta.get("docs");
    if (docs === undefined) return undefined;
    return {
      docs: Number(docs),
      df: (this.stmt.linkDf.all() as { key: string; n: number }[]).map((r) => [r.key, r.n]),
      stories: (this.stmt.linkStories.all() as { doc: string }[]).map((r) => JSON.parse(r.doc) as ClusterState),
      copies: (this.stmt.linkCopies.all() as { a: string; b: string }[]).map((r) => [r.a, r.b]),
      shingles: (this.stmt.linkShingles.all() as { id: string; sig: string; agencies: string }[]).map((r) => [
        r.id,
        JSON.parse(r.sig) as number[],
        JSON.parse(r.agencies) as string[],
      ]),
    };
  }

  async clearLinkState(): Promise<void> {
    this.db.transaction(() => {
      for (const sql of SQL.CLEAR_LINK_STATE) this.db.prepare(sql).run();
    })();
  }

  async search(query: string, limit = DEFAULT_SEARCH_LIMIT): Promise<SearchHit[]> {
    const q = ftsQuery(query);
    if (!q) return [];
    return this.stmt.search.all(bind([q, limit])) as SearchHit[];
  }

  async events(query: EventQuery = {}): Promise<EventRow[]> {
    const { sql, params } = SQL.eventQuery(query);
    const rows = this.db.prepare(sqlite(sql)).all(bind(params)) as (Omit<
      EventRow,
      "actor_countries" | "recipient_countries"
    > & {
      actor_countries: string;
      recipient_countries: string;
    })[];
    return rows.map((r) => ({
      ...r,
      actor_countries: countriesFromColumn(r.actor_countries),
      recipient_countries: countriesFromColumn(r.recipient_countries),
    }));
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

/**
 * The SQLite schema as numbered migrations: `schema_version` records the last one applied, and
 * opening a database applies the rest in order, each in its own transaction.
 */
export const SQLITE_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE articles (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    path TEXT, url TEXT, outlet TEXT, published TEXT, title TEXT,
    text TEXT NOT NULL DEFAULT '',
    doc TEXT NOT NULL,
    raw TEXT,
    tokens BLOB,
    analysed INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX articles_published ON articles (published);
  CREATE INDEX articles_outlet ON articles (outlet);
  CREATE INDEX articles_url ON articles (url);

  CREATE TABLE entities (
    article TEXT NOT NULL, idx INTEGER NOT NULL, start_at INTEGER NOT NULL, end_at INTEGER NOT NULL,
    text TEXT NOT NULL, kind TEXT NOT NULL,
    actor_name TEXT, actor_country TEXT, actor_sector TEXT, actor_id TEXT,
    place_name TEXT, place_country TEXT,
    PRIMARY KEY (article, idx)
  );
  CREATE INDEX entities_actor ON entities (actor_country, actor_sector);
  CREATE INDEX entities_actor_id ON entities (actor_id);

  CREATE TABLE events (
    article TEXT NOT NULL, id TEXT NOT NULL, type TEXT NOT NULL, cameo TEXT, date TEXT,
    status TEXT NOT NULL, actor_countries TEXT NOT NULL, recipient_countries TEXT NOT NULL,
    PRIMARY KEY (article, id)
  );
  CREATE INDEX events_type_date ON events (type, date);
  CREATE INDEX events_date ON events (date);

  CREATE TABLE stories (id TEXT PRIMARY KEY, pos INTEGER NOT NULL, title TEXT NOT NULL, doc TEXT NOT NULL);
  CREATE TABLE story_articles (story TEXT NOT NULL, article TEXT NOT NULL, PRIMARY KEY (story, article));
  CREATE INDEX story_articles_article ON story_articles (article);

  -- External-content FTS5 index over title and text, kept in step by triggers.
  CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content = 'articles', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2'
  );
  CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
  END;
  CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
  END;
  CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
  END;
  `,
  // The linker's state, so a later run adds its new articles to the stories instead of relinking all.
  `
  CREATE TABLE link_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE link_df (key TEXT PRIMARY KEY, n INTEGER NOT NULL);
  CREATE TABLE link_stories (id TEXT PRIMARY KEY, seq INTEGER NOT NULL, doc TEXT NOT NULL);
  CREATE TABLE link_copies (a TEXT NOT NULL, b TEXT NOT NULL, PRIMARY KEY (a, b));
  CREATE TABLE link_shingles (id TEXT PRIMARY KEY, sig TEXT NOT NULL, agencies TEXT NOT NULL);
  `,
];

/** Best-first full-text matches with a snippet from whichever column matched best. */
export const SQLITE_SEARCH = `
SELECT a.id AS id, a.title AS title,
  snippet(articles_fts, -1, '[', ']', '…', 16) AS snippet
FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
WHERE articles_fts MATCH ?1
ORDER BY bm25(articles_fts, 5.0, 1.0)
LIMIT ?2`;

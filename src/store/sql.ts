/**
 * The SQL both stores share, written with PostgreSQL's `$n` placeholders (the SQLite driver
 * rewrites them to `?n`). Dialect-specific parts (schema types, full-text search) sit with each
 * driver; everything here is plain SQL that SQLite 3.35+ and PostgreSQL 12+ both accept.
 */
import type { EventQuery } from "./store.js";

/** Inserts the raw document only if its id is unknown: re-ingesting is a no-op. */
export const INSERT_RAW = `
INSERT INTO articles (id, path, url, outlet, published, title, text, doc, raw, analysed)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 0)
ON CONFLICT (id) DO NOTHING`;

/** Writes an analysed article; raw input and tokens are kept when the new version lacks them. */
export const UPSERT_ARTICLE = `
INSERT INTO articles (id, path, url, outlet, published, title, text, doc, raw, tokens, analysed)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1)
ON CONFLICT (id) DO UPDATE SET
  path = excluded.path, url = excluded.url, outlet = excluded.outlet,
  published = excluded.published, title = excluded.title, text = excluded.text, doc = excluded.doc,
  raw = COALESCE(excluded.raw, articles.raw), tokens = COALESCE(excluded.tokens, articles.tokens),
  analysed = 1`;

export const SELECT_ANALYSED_FLAG = `SELECT analysed FROM articles WHERE id = $1`;
export const SELECT_ARTICLE = `SELECT text, doc, raw, tokens FROM articles WHERE id = $1`;
export const SELECT_ANALYSED = `SELECT text, doc FROM articles WHERE analysed = 1 ORDER BY seq`;
export const SELECT_PENDING = `SELECT id FROM articles WHERE analysed = 0 ORDER BY seq`;

export const DELETE_ENTITIES = `DELETE FROM entities WHERE article = $1`;
export const INSERT_ENTITY = `
INSERT INTO entities (article, idx, start_at, end_at, text, kind, actor_name, actor_country, actor_sector,
  actor_id, place_name, place_country)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`;

export const DELETE_EVENTS = `DELETE FROM events WHERE article = $1`;
/** Country lists are stored space-padded (" RUS UKR ") so one LIKE finds a member. */
export const INSERT_EVENT = `
INSERT INTO events (article, id, type, cameo, date, status, actor_countries, recipient_countries)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`;

export const DELETE_STORIES = `DELETE FROM stories`;
export const DELETE_STORY_ARTICLES = `DELETE FROM story_articles`;
export const INSERT_STORY = `INSERT INTO stories (id, pos, title, doc) VALUES ($1, $2, $3, $4)`;
export const INSERT_STORY_ARTICLE = `INSERT INTO story_articles (story, article) VALUES ($1, $2) ON CONFLICT DO NOTHING`;
export const SELECT_STORIES = `SELECT doc FROM stories ORDER BY pos`;
/** A changed story keeps its place in the list; a new one goes last. */
export const UPSERT_STORY = `
INSERT INTO stories (id, pos, title, doc)
VALUES ($1, COALESCE((SELECT pos FROM stories WHERE id = $1), (SELECT COALESCE(MAX(pos), -1) + 1 FROM stories)), $2, $3)
ON CONFLICT (id) DO UPDATE SET title = excluded.title, doc = excluded.doc`;
export const DELETE_STORY = `DELETE FROM stories WHERE id = $1`;
export const DELETE_ARTICLES_OF_STORY = `DELETE FROM story_articles WHERE story = $1`;

export const SELECT_LINK_META = `SELECT key, value FROM link_meta`;
export const UPSERT_LINK_META = `
INSERT INTO link_meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value`;
export const SELECT_LINK_DF = `SELECT key, n FROM link_df`;
export const UPSERT_LINK_DF = `INSERT INTO link_df (key, n) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET n = excluded.n`;
export const SELECT_LINK_STORIES = `SELECT doc FROM link_stories ORDER BY seq`;
export const UPSERT_LINK_STORY = `
INSERT INTO link_stories (id, seq, doc) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc`;
export const DELETE_LINK_STORY = `DELETE FROM link_stories WHERE id = $1`;
export const SELECT_LINK_COPIES = `SELECT a, b FROM link_copies`;
export const INSERT_LINK_COPY = `INSERT INTO link_copies (a, b) VALUES ($1, $2) ON CONFLICT DO NOTHING`;
export const SELECT_LINK_SHINGLES = `SELECT id, sig, agencies FROM link_shingles`;
export const UPSERT_LINK_SHINGLES = `
INSERT INTO link_shingles (id, sig, agencies) VALUES ($1, $2, $3)
ON CONFLICT (id) DO UPDATE SET sig = excluded.sig, agencies = excluded.agencies`;
export const CLEAR_LINK_STATE = [
  `DELETE FROM link_meta`,
  `DELETE FROM link_df`,
  `DELETE FROM link_stories`,
  `DELETE FROM link_copies`,
  `DELETE FROM link_shingles`,
];

/** Space-pads a list of country codes for the LIKE lookups of `eventQuery`. */
export function countryList(codes: readonly string[]): string {
  return codes.length ? ` ${[...new Set(codes)].join(" ")} ` : " ";
}

/** The events query for a filter, with its parameters in placeholder order. */
export function eventQuery(q: EventQuery): { sql: string; params: (string | number)[] } {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const p = (v: string | number) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (q.type) where.push(`type = ${p(q.type)}`);
  if (q.article) where.push(`article = ${p(q.article)}`);
  if (q.country) {
    const like = p(`% ${q.country} %`);
    where.push(`(actor_countries LIKE ${like} OR recipient_countries LIKE ${like})`);
  }
  if (q.from) where.push(`date >= ${p(q.from)}`);
  if (q.to) where.push(`date <= ${p(q.to)}`);
  const sql =
    `SELECT article, id, type, cameo, date, status, actor_countries, recipient_countries FROM events` +
    (where.length ? ` WHERE ${where.join(" AND ")}` : "") +
    ` ORDER BY (date IS NULL), date, article, id` +
    (q.limit ? ` LIMIT ${p(q.limit)}` : "");
  return { sql, params };
}

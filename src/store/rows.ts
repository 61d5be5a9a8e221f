/**
 * How an Article maps onto table rows and back, shared by every store so that they all read
 * what the others write.
 */
import type { Article } from "../model/schema.js";
import { countryList } from "./sql.js";
import { decodeTokens, encodeTokens } from "./token-codec.js";

type Param = string | number | null | Buffer;

/** Parameters of INSERT_RAW / UPSERT_ARTICLE (the latter also takes the tokens, $10). */
export function articleParams(a: Article, withTokens: boolean): Param[] {
  // Text, raw input and tokens live in their own columns; the JSON holds the rest.
  const { text, raw, tokens, ...doc } = a;
  const params: Param[] = [
    a.id,
    a.source.path ?? null,
    a.meta.url ?? a.source.url ?? null,
    a.meta.outlet,
    a.meta.published,
    a.meta.title,
    text,
    JSON.stringify(doc),
    raw ? JSON.stringify(raw) : null,
  ];
  if (withTokens) params.push(tokens ? encodeTokens(tokens) : null);
  return params;
}

/** The article stored in a row; raw input and tokens only when asked and present. */
export function articleFromRow(row: {
  text: string;
  doc: string;
  raw?: string | null;
  tokens?: Uint8Array | null;
}): Article {
  const a = JSON.parse(row.doc) as Article;
  a.text = row.text;
  if (row.raw) a.raw = JSON.parse(row.raw) as Article["raw"];
  if (row.tokens) a.tokens = decodeTokens(row.tokens);
  return a;
}

/** Parameters of INSERT_ENTITY, one list per entity. */
export function entityParams(a: Article): Param[][] {
  return a.entities.map((e, i) => [
    a.id,
    i,
    e.start,
    e.end,
    e.text,
    e.kind,
    e.actor?.name ?? null,
    e.actor?.country ?? null,
    e.actor?.sector ?? null,
    e.actor?.id ?? null,
    e.place?.name ?? null,
    e.place?.country ?? null,
  ]);
}

/** Parameters of INSERT_EVENT, one list per event. */
export function eventParams(a: Article): Param[][] {
  return a.events.map((e) => [
    a.id,
    e.id,
    e.event,
    e.cameo ?? null,
    e.date,
    e.status,
    countryList(e.actor.map((x) => x.country)),
    countryList(e.recipient.map((x) => x.country)),
  ]);
}

/** Splits a space-padded country list back into codes. */
export function countriesFromColumn(s: string): string[] {
  return s.trim() ? s.trim().split(" ") : [];
}

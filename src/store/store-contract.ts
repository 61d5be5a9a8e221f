/**
 * The behaviour every Store must have, as node:test tests run against a factory. Each store's
 * own test file calls `storeContract` with a factory that makes a fresh, empty store.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Article, Event, Story } from "../model/schema.js";
import { newArticle } from "../model/article.js";
import type { Store, StoreFactory } from "./store.js";

function event(id: string, type: Event["event"], date: string | null, actor: string, recipient: string): Event {
  return {
    id,
    event: type,
    quad_code: 1,
    actor: [{ name: actor, country: actor }],
    recipient: [{ name: recipient, country: recipient }],
    date,
    status: "asserted",
    text_info: { start: 0, end: 4 },
    event_text: "text",
  };
}

/** A small analysed article in invented words. */
export function sampleArticle(id: string, title: string, text: string, events: Event[] = []): Article {
  const a = newArticle(id, { path: `in/${id}.txt` }, { format: "text", body: `${title}\n\n${text}` });
  return {
    ...a,
    meta: {
      ...a.meta,
      title,
      published: "2031-05-04",
      outlet: "The Marrow Gazette",
      url: `https://gazette.example/${id}`,
    },
    text,
    sentences: [{ start: 0, end: text.length }],
    entities: [
      { start: 0, end: 7, text: text.slice(0, 7), kind: "PLACE", place: { name: "Veldmark", country: "XVM" } },
    ],
    tokens: [
      { start: 0, end: 7, pos: "PROPN", lemma: "Veldmark" },
      { start: 8, end: 12, pos: "VERB", lemma: "open" },
    ],
    events,
    stages: ["extract", "nlp"],
  };
}

/** Registers the shared Store tests for one implementation. */
export function storeContract(name: string, makeStore: StoreFactory): void {
  const withStore = (title: string, body: (s: Store) => Promise<void>) =>
    test(`${name}: ${title}`, async () => {
      const store = await makeStore();
      try {
        await body(store);
      } finally {
        await store.close();
      }
    });

  const harbour = sampleArticle(
    "a1",
    "Veldmark opens its new harbour",
    "Veldmark opened a deep-water harbour on Tuesday.",
    [event("a1-e1", "COOPERATE", "2031-05-03", "XVM", "XOR"), event("a1-e2", "PROTEST", null, "XOR", "XVM")],
  );
  const drought = sampleArticle("a2", "Drought in Orlan", "Farmers in Orlan report the driest spring in memory.");

  withStore("an article round-trips with its raw input and tokens", async (s) => {
    assert.equal(await s.putArticle(harbour), true);
    assert.deepEqual(await s.getArticle("a1"), harbour);
    assert.equal(await s.getArticle("missing"), undefined);
  });

  withStore("the same id stored twice is kept once and reported as not new", async (s) => {
    assert.equal(await s.putArticle(harbour), true);
    assert.equal(await s.putArticle({ ...harbour, meta: { ...harbour.meta, title: "Harbour opens" } }), false);
    const all = await s.listArticles();
    assert.equal(all.length, 1);
    assert.equal(all[0]!.meta.title, "Harbour opens");
  });

  withStore("listArticles gives analysed articles in order, without raw input or tokens", async (s) => {
    assert.equal(await s.putArticles([harbour, drought, harbour]), 2);
    const all = await s.listArticles();
    assert.deepEqual(
      all.map((a) => a.id),
      ["a1", "a2"],
    );
    assert.equal(all[0]!.raw, undefined);
    assert.equal(all[0]!.tokens, undefined);
    assert.equal(all[0]!.text, harbour.text);
  });

  withStore("raw articles are pending until analysed, and putRaw never overwrites", async (s) => {
    const raw = newArticle("r1", { path: "in/r1.html" }, { format: "html", body: "<p>Orlan</p>" });
    assert.equal(await s.putRaw(raw), true);
    assert.equal(await s.putRaw(raw), false);
    assert.equal(await s.hasArticle("r1"), false);
    assert.deepEqual(await s.pendingIds(), ["r1"]);
    const analysed = { ...sampleArticle("r1", "Orlan", "Orlan."), raw: undefined };
    delete analysed.raw;
    assert.equal(await s.putArticle(analysed), true);
    assert.equal(await s.hasArticle("r1"), true);
    assert.deepEqual(await s.pendingIds(), []);
    assert.deepEqual(
      (await s.getArticle("r1"))?.raw,
      raw.raw,
      "the raw input is kept when the analysed version lacks it",
    );
    assert.equal(await s.putRaw(raw), false);
    assert.equal((await s.getArticle("r1"))?.meta.title, "Orlan");
  });

  withStore("stories are replaced as a whole", async (s) => {
    const story = (id: string, articles: string[]): Story => ({ id, title: `story ${id}`, articles, events: [] });
    await s.putStories([story("s1", ["a1"]), story("s2", ["a2"])]);
    await s.putStories([story("s3", ["a1", "a2"])]);
    assert.deepEqual(await s.listStories(), [story("s3", ["a1", "a2"])]);
  });

  withStore("full-text search finds words in title and text, with a snippet", async (s) => {
    await s.putArticles([harbour, drought]);
    const hits = await s.search("harbour");
    assert.deepEqual(
      hits.map((h) => h.id),
      ["a1"],
    );
    assert.match(hits[0]!.snippet, /\[harbour\]/i);
    assert.deepEqual(
      (await s.search("driest spring")).map((h) => h.id),
      ["a2"],
    );
    assert.deepEqual(await s.search("farmer's \"quote"), [], "punctuation never breaks the query");
    assert.deepEqual(await s.search("   "), []);
  });

  withStore("search follows updates of an article's text", async (s) => {
    await s.putArticle(drought);
    await s.putArticle({ ...drought, text: "Rain returned to Orlan." });
    assert.deepEqual(await s.search("driest"), []);
    assert.equal((await s.search("rain")).length, 1);
  });

  withStore("events are queryable by type, country and date, and replaced with their article", async (s) => {
    await s.putArticle(harbour);
    assert.deepEqual(
      (await s.events({ country: "XOR" })).map((e) => e.id),
      ["a1-e1", "a1-e2"],
    );
    const coop = await s.events({ type: "COOPERATE", from: "2031-05-01", to: "2031-05-31" });
    assert.equal(coop.length, 1);
    assert.deepEqual(coop[0]!.actor_countries, ["XVM"]);
    assert.deepEqual(await s.events({ country: "XO" }), [], "a country matches whole codes only");
    await s.putArticle({ ...harbour, events: [] });
    assert.deepEqual(await s.events(), []);
  });
}

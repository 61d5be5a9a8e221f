import { test } from "node:test";
import assert from "node:assert/strict";
import { newArticle } from "../model/article.js";
import type { StageContext } from "../pipeline/stage.js";
import { extractStage } from "./stage.js";

const ctx = {} as StageContext;
const body =
  "Ferry Approved\n\nMarch 14, 2023\n\nThe council of Veldara approved a new ferry route to the island of Osk on Monday.";

test("the stage declares its contract", () => {
  assert.equal(extractStage.name, "extract");
  assert.deepEqual(extractStage.needs, ["raw"]);
  assert.deepEqual([...extractStage.adds].sort(), ["captions", "meta", "text"]);
});

test("given values override what the page says", () => {
  const given = {
    title: "Given Title | Some Site",
    published: "2023-03-15",
    url: "https://given.example/x",
    outlet: "Given Outlet",
  };
  const a = extractStage.run(newArticle("g", {}, { format: "text", body, given }), ctx);
  assert.equal(a.meta.title, "Given Title");
  assert.equal(a.meta.published, "2023-03-15");
  assert.equal(a.meta.published_source, "input");
  assert.equal(a.meta.url, "https://given.example/x");
  assert.equal(a.meta.outlet, "Given Outlet");
});

test("a wire dateline adds its agency; the rest of the article is untouched", () => {
  const a = newArticle(
    "w",
    { path: "w.txt" },
    { format: "text", body: "OSK (Reuters) - The ferry sailed on time on Monday, the harbour office said." },
  );
  const out = extractStage.run(a, ctx);
  assert.deepEqual(out.meta.agencies, ["Reuters"]);
  assert.deepEqual(out.source, a.source);
  assert.deepEqual(out.entities, []);
});

test("an article without raw input gets an issue, not an exception", () => {
  const { raw: _raw, ...bare } = newArticle("x", {});
  const out = extractStage.run(bare, ctx);
  assert.equal(out.issues[0]?.stage, "extract");
});

test("a page's stated date wins over its address's date, which is used when the page states none", () => {
  const page = (head: string) =>
    `<html><head><title>Harbour Works Resume</title>${head}<link rel="canonical" href="https://news.example/2019/05/02/harbour-works"></head>` +
    "<body><article><h1>Harbour Works Resume</h1><p>Work on the northern harbour wall of Veldara resumed on Monday after a winter pause, the port authority said.</p>" +
    "<p>Crews will pour the last sections of the breakwater before the summer ferry season begins, officials added.</p></article></body></html>";
  const stated = extractStage.run(
    newArticle(
      "d1",
      {},
      { format: "html", body: page('<meta property="article:published_time" content="2021-06-07T09:30:00Z">') },
    ),
    ctx,
  );
  assert.equal(stated.meta.published?.slice(0, 10), "2021-06-07");
  assert.equal(stated.meta.published_source, "html");
  const bare = extractStage.run(newArticle("d2", {}, { format: "html", body: page("") }), ctx);
  assert.equal(bare.meta.published, "2019-05-02");
  assert.equal(bare.meta.published_source, "url");
});

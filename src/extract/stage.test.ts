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

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { newArticle } from "../model/article.js";
import type { Article } from "../model/schema.js";
import type { StageContext } from "../pipeline/stage.js";
import { extractStage } from "./stage.js";

const html = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const run = (body: string): Article =>
  extractStage.run(newArticle("h", {}, { format: "html", body }), {} as StageContext);

test("news page: JSON-LD metadata, canonical url, body container, figcaption, furniture removed", () => {
  const a = run(html("news-page.html"));
  assert.equal(a.meta.title, "Bridge reopens in Veldara");
  assert.equal(a.meta.published, "2023-05-04T08:15:00+02:00");
  assert.equal(a.meta.published_source, "html");
  assert.equal(a.meta.outlet, "Harbor Ledger");
  assert.equal(a.meta.url, "https://www.harborledger.example/2023/05/04/bridge-reopens");
  assert.deepEqual(a.meta.byline, ["Mira Okonkwo"]);
  assert.equal(a.meta.language, "en");
  assert.deepEqual(
    a.captions.map((c) => a.text.slice(c.start, c.end)),
    ["Cars cross the repaired bridge on Thursday."],
  );
  assert.ok(a.text.includes("€4 million"), "entities decoded");
  assert.ok(a.text.includes("\n\nTraffic returns\n\n“We waited a long time for this,” said one shop owner."));
  for (const gone of [
    "Home",
    "Council approves",
    "Facebook",
    "Sign up",
    "Finally",
    "Most read",
    "rights reserved",
    "Jon Park",
    "tracking",
  ]) {
    assert.ok(!a.text.includes(gone), gone);
  }
});

test("page without marked containers: paragraph scoring, meta date, title suffix", () => {
  const a = run(html("plain-page.html"));
  assert.equal(a.meta.title, "Neue Buslinie für Ostfeld");
  assert.equal(a.meta.outlet, "Stadtbote");
  assert.equal(a.meta.published, "2023-02-10");
  assert.equal(a.meta.language, "de");
  assert.equal(a.text.split("\n\n").length, 3);
  assert.ok(!a.text.includes("Wetter"));
});

test("truncated, headless and non-HTML input does not crash", () => {
  assert.ok(run(html("truncated.html")).text.startsWith("The first paragraph"));
  const empty = run(html("no-body.html"));
  assert.equal(empty.text, "");
  assert.equal(empty.meta.title, "Only a head");
  assert.ok(empty.issues.some((i) => i.code === "no-body" && i.stage === "extract"));
  assert.ok(run("plain words, no tags at all").text.includes("plain words"));
  assert.ok(run("<p>a fragment <b>with</b> markup</p>").text.includes("a fragment with markup"));
  assert.ok(run("").issues.length > 0);
});

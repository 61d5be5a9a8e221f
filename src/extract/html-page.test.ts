import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { newArticle } from "../model/article.js";
import type { Article } from "../model/schema.js";
import type { StageContext } from "../pipeline/stage.js";
import { extractStage } from "./stage.js";
import { readHtmlPage, withoutDate, withoutSitePrefix } from "./html-page.js";
import { cleanBlocks, type Findings } from "./clean-blocks.js";

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

test("a date or the site's name set before or after the title is taken off", () => {
  assert.equal(withoutDate("23.01.2022 - Ferry returns after the storm"), "Ferry returns after the storm");
  assert.equal(withoutDate("Fans return to the Orvik stadium 02.02.2022"), "Fans return to the Orvik stadium");
  assert.equal(
    withoutDate("Minutes of the council meeting of 10 October 2019"),
    "Minutes of the council meeting of 10 October 2019",
  );
  assert.equal(withoutDate("Results, Orvik harbour run, 19.5.2007"), "Results, Orvik harbour run, 19.5.2007");
  assert.equal(withoutDate("12.03.2021 - Notes"), "12.03.2021 - Notes", "too little is left");
  const url = "https://www.orvikpost.example/news/ferry";
  assert.equal(
    withoutSitePrefix("Orvik Post - Ferry returns after the storm", null, url),
    "Ferry returns after the storm",
  );
  assert.equal(withoutSitePrefix("orvikpost.example // » Ferry returns", null, url), "Ferry returns");
  assert.equal(
    withoutSitePrefix("Weather - Ferry returns after the storm", null, url),
    "Weather - Ferry returns after the storm",
  );
});

test("a headline shown on the page keeps what follows its separator unless that names the site", () => {
  const page = (h1: string) =>
    `<html><head><title>${h1}</title><link rel="canonical" href="https://www.orvikpost.example/a"></head>` +
    `<body><h1>${h1}</h1><p>${"The ferry to Orvik runs again after the winter storm. ".repeat(6)}</p></body></html>`;
  assert.equal(run(page("Winter notes · The Garden")).meta.title, "Winter notes · The Garden");
  assert.equal(run(page("Ferry returns after the storm | Orvik Post")).meta.title, "Ferry returns after the storm");
});

test("the headline with its kicker is not repeated at the top of the body", () => {
  const a = run(
    '<html><body><article><h1><span class="kicker">Weather</span> Ferry returns after the winter storm</h1>' +
      `<p>${"The ferry to Orvik runs again after the winter storm. ".repeat(6)}</p></article></body></html>`,
  );
  assert.equal(a.meta.title, "Ferry returns after the winter storm");
  assert.ok(a.text.startsWith("The ferry to Orvik"), a.text.slice(0, 60));
});

test("the cleaned blocks handed on are those the cleaning rules give the chosen blocks", () => {
  for (const name of ["news-page.html", "form-blog-page.html", "plain-page.html"]) {
    const hints = readHtmlPage(html(name));
    assert.ok(hints.cleaned, name);
    const found: Findings = { agencies: [], byline: [], outletCues: [], dates: [] };
    assert.deepEqual(hints.cleaned.blocks, cleanBlocks(hints.blocks, found), name);
    assert.deepEqual(hints.cleaned.found, found, name);
  }
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { newArticle } from "../model/article.js";
import type { Article } from "../model/schema.js";
import type { StageContext } from "../pipeline/stage.js";
import { extractStage } from "./stage.js";
import { readTextScrape } from "./text-scrape.js";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const run = (name: string): Article =>
  extractStage.run(newArticle(name, { path: name }, { format: "text", body: fixture(name) }), {} as StageContext);
const captionTexts = (a: Article) => a.captions.map((c) => a.text.slice(c.start, c.end));

test("markdown scrape: title, byline, date, caption credit link, broken paragraph, credits, url", () => {
  const a = run("wire-scrape.txt");
  assert.equal(a.meta.title, "Harbor Council Approves New Ferry Route");
  assert.equal(a.meta.published, "2023-03-14");
  assert.equal(a.meta.published_source, "text");
  assert.deepEqual(a.meta.byline, ["AFP"]);
  assert.deepEqual(a.meta.agencies, ["AFP"]);
  assert.equal(a.meta.url, "https://www.portwatch.example/2023/03/13/harbor-council-approves-new-ferry-route-a1234");
  assert.deepEqual(captionTexts(a), ["Passengers board the test ferry at the north pier on Sunday."]);
  assert.ok(a.text.includes("which was damaged in January's storms."), "broken paragraph joined");
  for (const gone of [
    "Related article",
    "Storm Damage",
    "contributed reporting",
    "Original url",
    "https://",
    "](#)",
    "**",
    "March 14, 2023",
    "Portwatch",
  ]) {
    assert.ok(!a.text.includes(gone), gone);
  }
  assert.ok(a.text.split("\n\n").every((p) => p.trim() === p && p.length > 0));
});

test("portal scrape: repeated title, time, keyword line, markers, related list, newsletter, tags, cookies", () => {
  const a = run("portal-scrape.txt");
  assert.equal(a.meta.title, "Orchard growers fear late frost in the Lisk valley");
  assert.equal(a.meta.published, "2023-04-02T09:05");
  assert.equal(a.meta.outlet, "Valley Courier News");
  assert.deepEqual(a.meta.agencies, [], "a photo credit does not make the story a wire story");
  assert.deepEqual(captionTexts(a), [
    "Growers cover young apple trees with fleece near the village of Tamsby on April 1, 2023, as forecasters warned of frost.",
  ]);
  assert.ok(a.text.includes("Farm groups have asked the regional government"));
  assert.ok(a.text.startsWith("Growers cover"));
  for (const gone of [
    "ADVERTISEMENT",
    "FEATURED",
    "RELATED",
    "Apple prices",
    "warm winter",
    "subscription",
    "newsletter",
    "email address",
    "TAGS",
    "Copyright",
    "cookies",
    "orchards frost",
    "09:05",
    "| Valley",
  ]) {
    assert.ok(!a.text.includes(gone), gone);
  }
});

test("appeal scrape: outlet from its appeal, photographer credit, newsletter box, appeal to the end", () => {
  const a = run("appeal-scrape.txt");
  assert.equal(a.meta.title, "Lantern Lighthouse Keepers Win Pay Dispute");
  assert.equal(a.meta.outlet, "The Daily Lantern");
  assert.equal(a.meta.published, null, "no date stated: null, never today");
  assert.deepEqual(captionTexts(a), ["Keeper Ansel Moor at the Grey Point light"]);
  assert.ok(a.text.endsWith("the most remote stations."));
  for (const gone of [
    "Support",
    "Tove Lindqvist",
    "newsletter",
    "inbox",
    "Message from",
    "Dear readers",
    "Monthly",
    "Remind me",
    "Read more",
  ]) {
    assert.ok(!a.text.includes(gone), gone);
  }
});

test("comment scrape: subheading kept, glued tags and comments dropped", () => {
  const a = run("comments-scrape.txt");
  assert.equal(a.meta.title, "Rivers rise across the plain as snow melts early");
  assert.ok(a.text.includes("\n\nFarmers say flood defences are holding\n\n"));
  assert.ok(a.text.endsWith("near the river mouth."));
  assert.equal(a.meta.language, "en");
});

test("a date in the URL dates the article when the text does not", () => {
  const body =
    "A short note\n\nThe harbour office said the pier would reopen after the repairs were finished.\n\nOriginal url: https://news.example/2021/06/09/pier";
  const a = extractStage.run(newArticle("n", {}, { format: "text", body }), {} as StageContext);
  assert.equal(a.meta.published, "2021-06-09");
  assert.equal(a.meta.published_source, "url");
});

test("a masthead above the headline is the outlet, not the title", () => {
  const menu = readTextScrape(
    "Harbour Gazette\n\nPolitics | World | Sport | Opinion\n\n# Ferry strike ends after talks\n\nThe strike ended on Monday.",
  );
  assert.equal(menu.title, "Ferry strike ends after talks");
  assert.ok(menu.outletCues.includes("Harbour Gazette"));
  const shouted = readTextScrape("THE HARBOUR GAZETTE\n\nFerry strike ends after talks\n\nThe strike ended on Monday.");
  assert.equal(shouted.title, "Ferry strike ends after talks");
  assert.ok(shouted.outletCues.includes("The Harbour Gazette"));
  const crumbs = readTextScrape(
    "Harbour Gazette\n\nHome » Port » Ferry strike ends\n\nFerry strike ends after talks\n\nThe strike ended.",
  );
  assert.equal(crumbs.title, "Ferry strike ends after talks");
  const domain = readTextScrape(
    "Harbour Gazette — News from the coast\n\nFerry strike ends after talks\n\nThe strike ended on Monday.\n\nOriginal url: https://www.harbourgazette.example/2025/ferry",
  );
  assert.equal(domain.title, "Ferry strike ends after talks");
  assert.ok(domain.outletCues.includes("Harbour Gazette"));
});

test("a plain first line with nothing like a masthead stays the title", () => {
  const plain = readTextScrape("Ferry strike ends after talks\n\nThe strike ended on Monday.");
  assert.equal(plain.title, "Ferry strike ends after talks");
});

test("a slashed date in the head is read the way the scrape writes its unambiguous ones, and left out when nothing tells", () => {
  const head = "# Council approves the new budget\n\n04/03/2022\n\n";
  const dayFirst = readTextScrape(head + "The vote, first planned for 25/02/2022, passed by a wide margin.");
  assert.equal(dayFirst.published, "2022-03-04");
  const monthFirst = readTextScrape(head + "The vote, first planned for 02/25/2022, passed by a wide margin.");
  assert.equal(monthFirst.published, "2022-04-03");
  const unknown = readTextScrape(head + "The vote passed by a wide margin.");
  assert.equal(unknown.published, null);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { newArticle } from "../../model/article.js";
import { loadKnowledgeBase } from "../../kb/knowledge-base.js";
import { tokenize } from "../nlp/tokenize.js";
import { findEntities } from "./stage.js";

const kb = loadKnowledgeBase();
const entities = (text: string) => {
  const base = newArticle("t", {});
  return findEntities({ ...base, text, ...tokenize(text) }, kb);
};

test("a dateline in capitals names the place the story is set in", () => {
  const es = entities("TBILISI — The president refused to sign the bill on Monday.");
  const place = es.find((e) => e.text === "TBILISI");
  assert.equal(place?.kind, "PLACE");
  assert.equal(place?.place?.country, "GEO");
  const two = entities("PORT SUDAN, Sudan — Drones struck a fuel depot on Tuesday.");
  assert.equal(two.find((e) => e.text === "PORT SUDAN")?.place?.country, "SDN");
});

test("capitals that are no place, and capitals inside a paragraph, are not datelines", () => {
  assert.equal(entities("NATO — the alliance met on Monday.").filter((e) => e.via === "dateline").length, 0);
  assert.equal(entities("He said KYIV — in capitals — twice.").filter((e) => e.via === "dateline").length, 0);
});

test("a country and a role with a dash between are two things, not 'Sudan drones'", () => {
  const es = entities("PORT SUDAN, Sudan — Drones struck a fuel depot on Tuesday.");
  assert.ok(!es.some((e) => e.text.includes("—")), JSON.stringify(es.map((e) => e.text)));
});

test("a name a title introduces without a country takes the country the article is clearly about", () => {
  const text =
    "TBILISI — Georgia's parliament met on Monday. Police in Georgia detained dozens. Georgian lawmakers left Tbilisi. " +
    "President Ana Ruiz refused to sign the bill.";
  const ruiz = entities(text).find((e) => e.text === "Ana Ruiz");
  assert.equal(ruiz?.actor?.country, "GEO");
  // With no country clearly ahead, none is guessed.
  const alone = entities("President Ana Ruiz refused to sign the bill.").find((e) => e.text === "Ana Ruiz");
  assert.equal(alone?.actor, undefined);
});

test("a party the knowledge base lacks is named by the capitalised words before 'party'", () => {
  const es = entities("Supporters accused the ruling Georgian Dream party of rigging the vote.");
  const party = es.find((e) => e.text === "Georgian Dream party");
  assert.equal(party?.kind, "ORG");
  assert.equal(party?.actor?.country, "GEO");
  assert.equal(party?.actor?.sector, "PTY");
  assert.ok(!es.some((e) => e.text === "The party"));
});

test("without a dateline, a titled name is not given the country the story is about", () => {
  const text =
    "North Korea tested a missile. North Korea said it was a success. Pyongyang hailed the launch. " +
    "President Ana Ruiz condemned the test.";
  assert.equal(entities(text).find((e) => e.text === "Ana Ruiz")?.actor, undefined);
});

test("a name ending in an English function word ('Moon Jae In') gives no surname 'In'", () => {
  const es = entities("In a statement, the ministry said the talks would resume.");
  assert.ok(!es.some((e) => e.text === "In"), JSON.stringify(es.map((e) => e.text)));
});

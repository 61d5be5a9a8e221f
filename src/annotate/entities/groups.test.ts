import { test } from "node:test";
import assert from "node:assert/strict";
import { loadKnowledgeBase } from "../../kb/knowledge-base.js";
import { newArticle } from "../../model/article.js";
import type { Entity } from "../../model/schema.js";
import { tokenize } from "../nlp/tokenize.js";
import { findEntities } from "./stage.js";

const kb = loadKnowledgeBase();
const entities = (text: string, published: string | null = null) => {
  const base = newArticle("t", {});
  return findEntities({ ...base, meta: { ...base.meta, published }, text, ...tokenize(text) }, kb);
};
const byText = (es: Entity[], text: string) => es.find((e) => e.text === text);
const code = (e: Entity | undefined) => (e?.actor ? `${e.actor.country} ${e.actor.sector ?? "-"}` : undefined);

test("a group noun followed by 'in/from <place>' takes the place's country", () => {
  const es = entities(
    "Teachers in Kenya walked out. Police in Istanbul detained them. Negotiators from Armenia arrived.",
  );
  assert.equal(code(byText(es, "Teachers")), "KEN CVL");
  assert.equal(code(byText(es, "Police")), "TUR COP");
  assert.equal(code(byText(es, "Negotiators")), "ARM GOV");
});

test("a group noun with no place says nothing about a country and is no actor", () => {
  assert.equal(byText(entities("Farmers blocked the roads."), "Farmers"), undefined);
});

test("nationality + role names read as news writes them", () => {
  const es = entities("The Russian army and Ukrainian troops moved.");
  assert.equal(byText(es, "Russian army")?.actor?.name, "Russian Army");
  assert.equal(byText(es, "Ukrainian troops")?.actor?.name, "Ukrainian troops");
});

test("a head of government in office is named by surname alone, even where the country is not", () => {
  assert.equal(code(byText(entities("Modi arrived on Tuesday.", "2024-03-01"), "Modi")), "IND GOV");
  // Short surnames stay unlinked on their own: "In" is a word before it is a name.
  assert.equal(byText(entities("In the morning, talks resumed.", "2024-03-01"), "In"), undefined);
});

test("'pro-Russian' is no Russian actor; agreements are named things, not actors", () => {
  const es = entities("Pro-Russian separatists rejected the Minsk agreements.");
  assert.equal(byText(es, "Russian")?.actor, undefined);
  assert.equal(byText(es, "Minsk agreements")?.actor, undefined);
});

test("the two people's republics named together are one partially recognised group", () => {
  const es = entities("Moscow recognised the Donetsk and Luhansk People's Republics.");
  assert.equal(code(byText(es, "Donetsk and Luhansk People's Republics")), "UKR PRE");
});

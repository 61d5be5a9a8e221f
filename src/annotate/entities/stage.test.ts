import { test } from "node:test";
import assert from "node:assert/strict";
import { loadKnowledgeBase } from "../../kb/knowledge-base.js";
import { newArticle } from "../../model/article.js";
import type { Entity } from "../../model/schema.js";
import { tokenize } from "../nlp/tokenize.js";
import { entitiesStage, findEntities } from "./stage.js";

const kb = loadKnowledgeBase();
const entities = (text: string) => findEntities({ ...newArticle("t", {}), text, ...tokenize(text) }, kb);
const byText = (es: Entity[], text: string) => es.find((e) => e.text === text);
const code = (e: Entity | undefined) => (e?.actor ? `${e.actor.country} ${e.actor.sector ?? "-"}` : undefined);

test("the stage declares its contract and writes entities", () => {
  assert.equal(entitiesStage.name, "entities");
  assert.deepEqual([...entitiesStage.needs], ["text", "sentences", "tokens"]);
  const text = "Vladimir Putin spoke.";
  const a = entitiesStage.run({ ...newArticle("t", {}), text, ...tokenize(text) }, { kb });
  assert.equal(a.entities[0]?.actor?.name, "Vladimir Putin");
});

test("known people, their spelling variants and bare surnames link to the same actor", () => {
  const es = entities(
    "Volodymyr Zelenskyy met aides in Lviv. Later Zelenskyy flew home, and Zelensky spoke to Jens Stoltenberg.",
  );
  assert.equal(byText(es, "Volodymyr Zelenskyy")?.actor?.id, "zelensky");
  assert.equal(es.filter((e) => e.actor?.id === "zelensky").length, 3);
  assert.deepEqual(byText(es, "Jens Stoltenberg")?.actor, {
    name: "Jens Stoltenberg",
    country: "IGO",
    sector: "GOV",
    id: "stoltenberg",
  });
});

test("countries, capitals and government metonyms", () => {
  const es = entities(
    "The Kremlin rejected the offer. Moscow said the Russian Federation would wait, while officials in Kyiv met.",
  );
  assert.equal(code(byText(es, "Kremlin")), "RUS GOV");
  assert.equal(code(byText(es, "Moscow")), "RUS GOV");
  assert.equal(byText(es, "Russian Federation")?.actor?.name, "Russia");
  const kyiv = byText(es, "Kyiv");
  assert.equal(kyiv?.kind, "PLACE");
  assert.equal(kyiv?.place?.country, "UKR");
});

test("nationality or country plus role gives the sector", () => {
  const es = entities(
    "Russian troops crossed the river as Ukrainian officials protested and Russia's parliament voted. The UK government objected.",
  );
  assert.equal(code(byText(es, "Russian troops")), "RUS MIL");
  assert.equal(code(byText(es, "Ukrainian officials")), "UKR GOV");
  assert.equal(code(byText(es, "Russia's parliament")), "RUS LEG");
  assert.equal(code(byText(es, "UK government")), "GBR GOV");
});

test("groups backed by a country belong to the country they fight in", () => {
  const es = entities("Pro-Russian separatists in eastern Ukraine shelled a village. Kyiv blamed the separatists.");
  assert.equal(code(byText(es, "Pro-Russian separatists")), "UKR REB");
  assert.equal(code(byText(es, "separatists")), "UKR REB");
});

test("people unknown to the knowledge base are coded from their introduction and carried by coreference", () => {
  const es = entities(
    "Moldovan Foreign Minister Ana Strelet warned of risks. Strelet said the head of state agreed. Later the minister left.",
  );
  assert.equal(code(byText(es, "Ana Strelet")), "MDA GOV");
  assert.equal(byText(es, "Strelet")?.actor?.name, "Ana Strelet");
  assert.equal(byText(es, "Strelet")?.via, "coref");
  assert.equal(code(byText(es, "minister")), "MDA GOV");
});

test("a role noun refers back to the last mention of its kind", () => {
  const es = entities(
    "Romanian President Dorin Vlasca spoke on Monday. The head of state called for calm, and the Ukrainian army said the army was ready.",
  );
  assert.equal(byText(es, "head of state")?.actor?.name, "Dorin Vlasca");
  assert.equal(code(byText(es, "army")), "UKR MIL");
});

test("organisations, breakaway entities, the West and media", () => {
  const es = entities(
    "NATO and the West condemned the move, Reuters reported, after the Luhansk Peoples' Republic and the DNR asked for help.",
  );
  assert.equal(code(byText(es, "NATO")), "IGO -");
  assert.equal(byText(es, "West")?.actor?.country, "WST");
  assert.equal(byText(es, "Reuters")?.kind, "MEDIA");
  assert.equal(code(byText(es, "Luhansk Peoples' Republic")), "UKR PRE");
  assert.equal(code(byText(es, "DNR")), "UKR PRE");
});

test("places: aliases, the bigger city in a mentioned country, headlines and flags", () => {
  const es = entities("Shelling hit Makiivka and Donetsk in Ukraine, officials in Lugansk said. Support for 🇺🇦 grew.");
  assert.equal(byText(es, "Makiivka")?.place?.name, "Makiyivka");
  assert.equal(byText(es, "Donetsk")?.place?.country, "UKR");
  assert.equal(byText(es, "Lugansk")?.place?.name, "Luhansk");
  assert.equal(byText(es, "🇺🇦")?.place?.country, "UKR");
  const headline = entities("Mayor Says Independence Day Parade Is Cancelled\n\nThe parade was due on Friday.");
  assert.equal(byText(headline, "Independence"), undefined);
});

test("pronouns and common words are not entities", () => {
  const es = entities("He said they would provide military support to the people.");
  assert.deepEqual(es, []);
});

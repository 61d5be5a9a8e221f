import { test } from "node:test";
import assert from "node:assert/strict";
import { loadKnowledgeBase } from "../../kb/knowledge-base.js";
import { newArticle } from "../../model/article.js";
import type { Entity } from "../../model/schema.js";
import { tokenize } from "../nlp/tokenize.js";
import { findEntities } from "./stage.js";

const kb = loadKnowledgeBase();
const entities = (text: string) => findEntities({ ...newArticle("t", {}), text, ...tokenize(text) }, kb);
const code = (es: Entity[], text: string) => {
  const a = es.find((e) => e.text === text)?.actor;
  return a ? `${a.country} ${a.sector ?? "-"}` : undefined;
};

test("a body named before an office decides its sector", () => {
  const es = entities(
    "A Russian army spokesman denied the report. The Ukrainian police spokeswoman listed two arrests. " +
      "The Georgian parliament speaker delayed the vote.",
  );
  assert.equal(code(es, "Russian army spokesman"), "RUS MIL");
  assert.equal(code(es, "Ukrainian police spokeswoman"), "UKR COP");
  assert.equal(code(es, "Georgian parliament speaker"), "GEO LEG");
});

test("the body's sector goes with the name the office introduces, in an apposition too", () => {
  assert.equal(code(entities("Kenyan police spokesman Amos Kiprop urged calm."), "Amos Kiprop"), "KEN COP");
  const es = entities("Oleg Marin, a Russian navy spokesman, said the ships had left.");
  assert.equal(code(es, "Oleg Marin"), "RUS MIL");
  assert.equal(code(es, "Russian navy spokesman"), "RUS MIL");
});

test("a known organisation before an office gives its sector", () => {
  assert.equal(code(entities("A Hamas spokesman rejected the offer."), "Hamas spokesman"), "PSE REB");
});

test("an office with a sector of its own or a government body keeps its sector", () => {
  const es = entities("A Russian navy commander spoke first. Then a Russian government spokesman read a statement.");
  assert.equal(code(es, "Russian navy commander"), "RUS MIL");
  assert.equal(code(es, "Russian government spokesman"), "RUS GOV");
  assert.equal(code(entities("The Russian police commander resigned."), "Russian police commander"), "RUS MIL");
  assert.equal(code(entities("A Russian spokesman declined to comment."), "Russian spokesman"), "RUS GOV");
});

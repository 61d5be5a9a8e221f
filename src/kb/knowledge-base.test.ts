import { test } from "node:test";
import assert from "node:assert/strict";
import { emptyKnowledgeBase, loadKnowledgeBase } from "./knowledge-base.js";
import { surnameOf } from "./read-records.js";
import { phraseWords } from "./words.js";

test("loads once and shares the compiled knowledge base", () => {
  const kb = loadKnowledgeBase();
  assert.equal(loadKnowledgeBase(), kb);
  assert.equal(kb.countries.get("RUS")?.name, "Russia");
  assert.equal(kb.byIso2.get("UA")?.iso3, "UKR");
  assert.equal(kb.countries.get("USA")?.capital?.name, "Washington, D.C.");
  assert.ok(kb.people.some((p) => p.id === "putin" && p.country === "RUS"));
  assert.equal(kb.roles.get("lawmakers")?.sector, "LEG");
  assert.equal(kb.orgs.get("dpr")?.sector, "PRE");
});

test("the empty knowledge base has an empty trie", () => {
  assert.equal(emptyKnowledgeBase().trie.size, 0);
});

test("surnames keep their particles", () => {
  assert.equal(surnameOf("Ursula von der Leyen"), "von der Leyen");
  assert.equal(surnameOf("Karine Jean-Pierre"), "Jean-Pierre");
  assert.equal(surnameOf("Zelenskiy"), "Zelenskiy");
});

test("phrases split into words the way article text does", () => {
  assert.deepEqual(phraseWords("Donetsk People’s Republic"), ["Donetsk", "People", "s", "Republic"]);
  assert.deepEqual(phraseWords("U.S."), ["U", "S"]);
});

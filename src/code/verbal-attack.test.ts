import { test } from "node:test";
import assert from "node:assert/strict";
import { codeEvents } from "./code-events.js";
import { defaultPatterns } from "./patterns.js";
import { testDoc, type TestEntity } from "./test-doc.js";

// Fictional politicians, parties and countries: campaign talk must not become material conflict.
const harlow = { name: "Jane Harlow", country: "NOR", sector: "GOV" };
const brandt = { name: "Tom Brandt", country: "NOR", sector: "OPP" };
const greens = { name: "Norlandic Green Party", country: "NOR", sector: "PTY" };
const norland = { name: "Norland", country: "NOR", sector: "GOV" };
const vesta = { name: "Vesta", country: "VES", sector: "GOV" };
const entities: TestEntity[] = [
  { text: "Jane Harlow", actor: harlow, kind: "PERSON" },
  { text: "Tom Brandt", actor: brandt, kind: "PERSON" },
  { text: "Green Party", actor: greens, kind: "ORG" },
  { text: "Norland", actor: norland, kind: "PLACE" },
  { text: "Vesta", actor: vesta, kind: "PLACE" },
];

const coded = (text: string) =>
  codeEvents(testDoc(text, entities), defaultPatterns(), () => undefined).map(
    (e) =>
      `${e.event}${e.cameo ? ` ${e.cameo}` : ""} ${e.actor.map((a) => a.name).join("+")}->${e.recipient.map((a) => a.name).join("+")}`,
  );
const types = (text: string) => coded(text).map((e) => e.split(" ")[0]);

test("a politician 'attacking' a rival, a party or an idea criticises (CAMEO 111), not assaults", () => {
  assert.deepEqual(coded("Jane Harlow attacked Tom Brandt over his tax plan on Tuesday."), [
    "ACCUSE 111 Jane Harlow->Tom Brandt",
  ]);
  assert.deepEqual(types("The Green Party attacked the new pension law in a statement."), ["ACCUSE"]);
  assert.deepEqual(types("Jane Harlow attacked the debate moderators for their questions."), ["ACCUSE"]);
});

test("a figurative fight with no target codes nothing", () => {
  assert.deepEqual(types("Jane Harlow fought to push through the housing bill before the summer."), []);
  assert.deepEqual(types("We will strike back, the candidate said."), []);
});

test("real attacks stay ASSAULT: a state, a place, armed forces, or any violence in the sentence", () => {
  assert.deepEqual(types("Norland attacked Vesta overnight."), ["ASSAULT"]);
  assert.deepEqual(types("Jane Harlow said Norland attacked Vesta."), ["ASSAULT"]);
  assert.deepEqual(types("Tom Brandt attacked two police officers with a knife."), ["ASSAULT"]);
  // "attacked ... and wounded" codes both verbs.
  assert.deepEqual(types("Tom Brandt attacked his neighbour and wounded him."), ["ASSAULT", "ASSAULT"]);
  assert.deepEqual(types("Gunmen attacked a village in Vesta."), ["ASSAULT"]);
  assert.deepEqual(types("He attacked his neighbour with a hammer, the mayor said."), ["ASSAULT"]);
});

test("'hit back at' is criticism", () => {
  assert.deepEqual(coded("Jane Harlow hit back at Tom Brandt on Wednesday."), ["ACCUSE 111 Jane Harlow->Tom Brandt"]);
});

test("campaign rallies and rallying supporters are no protest; a rally against a policy is", () => {
  assert.deepEqual(types("Thousands cheered Jane Harlow at a campaign rally in Norland."), []);
  assert.deepEqual(types("Jane Harlow rallied supporters in the north ahead of the vote."), []);
  assert.deepEqual(types("Lower rents became a rallying cry for the Green Party."), []);
  assert.deepEqual(types("Hundreds of demonstrators rallied outside parliament in Norland against the pension law."), [
    "PROTEST",
  ]);
});

test("'according to' is attribution and a bare 'deal' is no agreement; reaching a deal is", () => {
  assert.deepEqual(types("According to an analysis by Jane Harlow, the plan would cost billions."), []);
  assert.deepEqual(types("I have a deal for you, Tom Brandt told voters."), []);
  assert.deepEqual(types("Norland and Vesta reached a deal on fishing rights."), ["AGREE"]);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { codeEvents } from "./code-events.js";
import { defaultPatterns } from "./patterns.js";
import { testDoc, type TestEntity } from "./test-doc.js";

// A word that spells a trigger is no trigger when it is a name or part of a modifier.
const norland = { name: "Norland", country: "NOR", sector: "GOV" };
const vesta = { name: "Vesta", country: "VES", sector: "GOV" };
const entities: TestEntity[] = [
  { text: "Norland", actor: norland, kind: "PLACE" },
  { text: "Vesta", actor: vesta, kind: "PLACE" },
];
const types = (text: string) =>
  codeEvents(testDoc(text, entities), defaultPatterns(), () => undefined).map((e) => e.event);

test("a surname that spells a verb is not that verb", () => {
  assert.deepEqual(types("Norland's envoy, Senator Paul Lynch, met officials from Vesta."), ["CONSULT"]);
  assert.deepEqual(types("Lynch said Norland would not change course."), []);
  assert.deepEqual(types("Senator Amy Kill said Norland had done nothing wrong."), []);
});

test("after a comma a capital still marks a name: 'In the 1980s, Lynch worked at a law firm'", () => {
  assert.deepEqual(types("In the early 1980s, Lynch worked at a law firm in Vesta."), []);
});

test("the same words in lower case, or in a title-case headline, are still triggers", () => {
  assert.deepEqual(types("Norland shelled Vesta overnight."), ["ASSAULT"]);
  assert.deepEqual(types("Norland Troops Shelled Vesta Overnight"), ["ASSAULT"]);
});

test("a participle closing a hyphenated modifier reports no act", () => {
  assert.deepEqual(types("Norland will close its coal-fired power plants by 2030."), []);
  assert.deepEqual(types("Norland fired missiles at Vesta."), ["ASSAULT"]);
});

test("firing staff is a dismissal and targeting a policy aim is no attack; firing on people and drones targeting depots are", () => {
  assert.deepEqual(types("Norland fired 300 employees of the state bank."), []);
  assert.deepEqual(types("Dozens of employees of the Norland bank were fired last year."), []);
  assert.deepEqual(types("The new Norland rules target power plant emissions."), []);
  assert.deepEqual(types("Norland troops fired on protesters in Vesta."), ["ASSAULT"]);
  assert.deepEqual(types("Norland drones targeted Vesta's fuel depots."), ["ASSAULT"]);
});

test("asking a question and appealing a ruling request nothing; asking someone to act and appealing for help do", () => {
  assert.deepEqual(types("Norland's envoy asked whether Vesta would reopen the border."), []);
  assert.deepEqual(types("Reporters asked the Norland minister about the border closure."), []);
  assert.deepEqual(types("Norland will appeal the ruling of the Vesta court."), []);
  assert.deepEqual(types("Norland asked Vesta to reopen the border."), ["REQUEST"]);
  assert.deepEqual(types('"Why did Vesta close it?" the Norland envoy asked.'), []);
  assert.deepEqual(types("Norland asked that Vesta reopen the border."), ["REQUEST"]);
  assert.deepEqual(types("Norland asked the Vesta government for food aid."), ["REQUEST"]);
  assert.deepEqual(types("Norland appealed to Vesta for food aid."), ["REQUEST"]);
});

test("a word the article uses as a surname after a given name is a name wherever it is capitalised", () => {
  assert.deepEqual(types("Norland's envoy, Senator Amy Kill, met officials from Vesta. Kill speaks often of Vesta."), [
    "CONSULT",
  ]);
  assert.deepEqual(types("Stephen Lynch (Norland)"), []);
});

test("election fights, exploding numbers and killing animals are no assault", () => {
  assert.deepEqual(types("The Norland governor faces a tough reelection fight next year."), []);
  assert.deepEqual(types("Norland's prison population exploded to two million."), []);
  assert.deepEqual(types("Norland farmers will kill and sacrifice animals during the festival."), []);
  assert.deepEqual(types("Norland troops killed five civilians in Vesta."), ["ASSAULT"]);
  assert.deepEqual(types("A fight broke out between Norland and Vesta soldiers at the border."), ["ASSAULT"]);
});

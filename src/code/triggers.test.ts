import { test } from "node:test";
import assert from "node:assert/strict";
import { codeEvents } from "./code-events.js";
import { defaultPatterns } from "./patterns.js";
import { ents, testDoc } from "./test-doc.js";

const norland = { name: "Norland", country: "NOR", sector: "GOV" };
const vesta = { name: "Vesta", country: "VES", sector: "GOV" };
const people = ents({ Norland: norland, Vesta: vesta });
const code = (text: string) => codeEvents(testDoc(text, people), defaultPatterns());
const types = (text: string) =>
  code(text).map((e) =>
    `${e.event} ${e.cameo ?? ""} ${e.actor.map((a) => a.name)}->${e.recipient.map((a) => a.name)}`.trim(),
  );

test("verb triggers code their PLOVER type and CAMEO code, with the pattern in `why`", () => {
  assert.deepEqual(types("Norland recognised the independence of Vesta."), ["SUPPORT 054 Norland->Vesta"]);
  assert.deepEqual(types("Norland imposed sanctions on Vesta."), ["SANCTION 163 Norland->Vesta"]);
  assert.deepEqual(types("Norland condemned Vesta."), ["ACCUSE 111 Norland->Vesta"]);
  assert.deepEqual(types("Norland has deployed 2,000 troops near Vesta."), ["MOBILIZE 154 Norland->Vesta"]);
  assert.deepEqual(types("Norland urged Vesta to release the prisoners."), ["REQUEST 100 Norland->Vesta"]);
  assert.deepEqual(types("Norland shelled Vesta overnight."), ["ASSAULT 194 Norland->Vesta"]);
  assert.match(code("Norland condemned Vesta.")[0]!.why!, /^pattern:condemn verb=condemn/);
});

test("the first trigger of a clause wins; the complement it governs is not coded again", () => {
  assert.deepEqual(types("Norland asked Vesta to recognise the new government."), ["REQUEST 100 Norland->Vesta"]);
  assert.deepEqual(types("Norland accused Vesta of planning an attack."), ["ACCUSE 112 Norland->Vesta"]);
  assert.deepEqual(types("Norland refuses to talk to Vesta."), ["REJECT 125 Norland->Vesta"]);
});

test("noun triggers count under a light verb or with their agent, not as a reference back", () => {
  assert.deepEqual(types("Norland made an urgent appeal to Vesta."), ["REQUEST 100 Norland->Vesta"]);
  assert.deepEqual(types("Norland responded to Vesta's recognition of the rebels."), []);
});

test("negated triggers did not happen", () => {
  assert.deepEqual(types("Norland did not recognise Vesta."), []);
  assert.deepEqual(types("Norland has never attacked Vesta."), []);
});

test("figures of speech and non-events are blocked", () => {
  assert.deepEqual(types("Norland called the vote an attack on democracy."), []);
  assert.deepEqual(types("Norland's decision threatens to further escalate the crisis."), []);
  assert.deepEqual(types("Norland said the talks were useful."), []);
  assert.deepEqual(types("Norland called for calm."), []);
});

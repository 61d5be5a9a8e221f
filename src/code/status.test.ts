import { test } from "node:test";
import assert from "node:assert/strict";
import { codeEvents } from "./code-events.js";
import { defaultPatterns } from "./patterns.js";
import { ents, testDoc } from "./test-doc.js";

const norland = { name: "Norland", country: "NOR", sector: "GOV" };
const vesta = { name: "Vesta", country: "VES", sector: "GOV" };
const officials = { name: "Vestan officials", country: "VES", sector: "GOV" };
const mara = { name: "Ana Mara", country: "NOR", sector: "GOV" };
const people = [
  ...ents({
    Norland: norland,
    Vesta: vesta,
    "Vestan officials": officials,
    "Norland troops": { name: "Norland troops", country: "NOR", sector: "MIL" },
  }),
  { text: "Ana Mara", actor: mara, kind: "PERSON" as const },
];
const statuses = (text: string, extra: Parameters<typeof testDoc>[2] = {}) =>
  codeEvents(testDoc(text, people, extra), defaultPatterns()).map(
    (e) => `${e.event} ${e.status}${e.claimed_by ? " by " + e.claimed_by.name : ""}`,
  );

test("asserted by default", () => {
  assert.deepEqual(statuses("Norland recognised Vesta."), ["SUPPORT asserted"]);
});

test("reported when someone else says it; a party telling its own act asserts it", () => {
  assert.deepEqual(statuses("Vestan officials say Norland troops have entered the valley."), [
    "MOBILIZE reported by Vestan officials",
  ]);
  assert.deepEqual(statuses("Norland expelled two diplomats from Vesta, Vestan officials said."), [
    "SANCTION reported by Vestan officials",
  ]);
  const quote = "\u201cWe recognised Vesta,\u201d Ana Mara said.";
  assert.deepEqual(statuses(quote, { quotes: [{ text: "We recognised Vesta,", speaker: "Ana Mara", actor: mara }] }), [
    "SUPPORT asserted",
  ]);
});

test("alleged and denied follow the attribution verb", () => {
  assert.deepEqual(statuses("Vesta claims that Norland shelled the port."), ["ASSAULT alleged by Vesta"]);
  assert.deepEqual(statuses("Norland denied that its troops shelled the port."), [
    "REJECT asserted",
    "ASSAULT denied by Norland",
  ]);
});

test("future, conditional and historical", () => {
  assert.deepEqual(statuses("Norland will impose sanctions on Vesta."), ["SANCTION future"]);
  assert.deepEqual(statuses("Norland plans to send troops to Vesta."), ["MOBILIZE future"]);
  assert.deepEqual(statuses("Norland threatened more sanctions should Vesta attack."), ["THREATEN conditional"]);
  assert.deepEqual(statuses("Norland annexed the island from Vesta in 1998.", { published: "2024-03-01" }), [
    "COERCE historical",
  ]);
});

test("what only might happen is not coded; a reported 'would' is the future", () => {
  assert.deepEqual(statuses("Norland could attack Vesta."), []);
  assert.deepEqual(statuses("There are fears that Norland is preparing an invasion of Vesta."), []);
  assert.deepEqual(statuses("Ana Mara said that Norland would send troops to Vesta."), ["MOBILIZE future"]);
});

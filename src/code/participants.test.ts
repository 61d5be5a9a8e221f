import { test } from "node:test";
import assert from "node:assert/strict";
import { codeEvents } from "./code-events.js";
import { defaultPatterns } from "./patterns.js";
import { ents, testDoc } from "./test-doc.js";

const norland = { name: "Norland", country: "NOR", sector: "GOV" };
const vesta = { name: "Vesta", country: "VES", sector: "GOV" };
const ostia = { name: "Ostia", country: "OST", sector: "GOV" };
const mara = { name: "Ana Mara", country: "NOR", sector: "GOV" };
const rebels = { name: "rebels", country: "VES", sector: "REB" };
const people = [
  ...ents({ Norland: norland, Vesta: vesta, Ostia: ostia, rebels }),
  { text: "Ana Mara", actor: mara, kind: "PERSON" as const },
];
const roles = (text: string) =>
  codeEvents(testDoc(text, people), defaultPatterns()).map(
    (e) => `${e.event} ${e.actor.map((a) => a.name).join("+")}->${e.recipient.map((a) => a.name).join("+")}`,
  );

test("passive voice: the by-phrase acts, the subject undergoes", () => {
  assert.deepEqual(roles("Sanctions were imposed on Vesta by Norland."), ["SANCTION Norland->Vesta"]);
  assert.deepEqual(roles("Vesta was attacked by the rebels."), ["ASSAULT rebels->Vesta"]);
});

test("noun frames: the possessor or by-phrase acts, the of-phrase receives", () => {
  assert.deepEqual(roles("The recognition by Norland of Vesta came late."), ["SUPPORT Norland->Vesta"]);
  assert.deepEqual(roles("Norland's condemnation of Vesta was swift."), ["ACCUSE Norland->Vesta"]);
});

test("coordinated subjects are all actors", () => {
  assert.deepEqual(roles("Norland and Ostia condemned Vesta."), ["ACCUSE Norland+Ostia->Vesta"]);
});

test("a pronoun subject is the last entity of a fitting kind", () => {
  assert.deepEqual(roles("Ana Mara arrived late. She condemned Vesta."), ["ACCUSE Ana Mara->Vesta"]);
  assert.deepEqual(roles("Vesta closed its ports. It also expelled two diplomats from Norland."), ["SANCTION Vesta->"]);
});

test("participial and coordinated clauses inherit the subject; a relative clause has its own", () => {
  assert.deepEqual(roles("Norland met Vesta on Monday, accusing Ostia of arming the rebels."), [
    "CONSULT Norland->Vesta",
    "ACCUSE Norland->Ostia",
  ]);
  assert.deepEqual(roles("Norland condemned Vesta and imposed sanctions on it."), [
    "ACCUSE Norland->Vesta",
    "SANCTION Norland->Vesta",
  ]);
  assert.deepEqual(roles("Norland accused Vesta of the raid, which Vesta denied."), [
    "ACCUSE Norland->Vesta",
    "REJECT Vesta->",
  ]);
  assert.deepEqual(roles("After recognizing Vesta, Norland sent troops into Ostia."), [
    "SUPPORT Norland->Vesta",
    "MOBILIZE Norland->Ostia",
  ]);
});

test("an opening phrase does not hide the subject", () => {
  assert.deepEqual(roles("In a speech to the nation Ana Mara condemned Vesta."), ["ACCUSE Ana Mara->Vesta"]);
});

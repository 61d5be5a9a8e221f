import { test } from "node:test";
import assert from "node:assert/strict";
import { STAGES, defaultContext } from "../pipeline/default-pipeline.js";
import type { Event } from "../model/schema.js";
import { runSentence } from "./eval/sentence-set.js";

const stages = STAGES.filter((s) => s.name !== "extract");
const ctx = defaultContext();
const events = (text: string): Event[] => runSentence(text, stages, ctx).events;
const only = (text: string): Event => {
  const es = events(text);
  assert.equal(es.length, 1, JSON.stringify(es.map((e) => [e.event, e.event_text])));
  return es[0]!;
};
const countries = (e: Event, side: "actor" | "recipient") => e[side].map((a) => a.country);

test("the target of a material event is the country where it happened when no actor is named as one", () => {
  const e = only("Vestian artillery shelled a market in Kharkiv on Sunday.");
  assert.equal(e.event, "ASSAULT");
  assert.deepEqual(countries(e, "recipient"), ["UKR"]);
  assert.equal(e.event_loc?.name, "Kharkiv");
});

test("a participial toll (', killing 12 people') belongs to the attack before it", () => {
  const e = only("Rockets hit a bus station in Kabul, killing 12 people.");
  assert.equal(e.event, "ASSAULT");
  assert.equal(e.quantities?.dead, 12);
});

test("coordinated subjects of a mutual event act on each other", () => {
  const e = only("Japan and Vietnam signed a maritime security pact.");
  assert.equal(e.event, "SUPPORT");
  assert.deepEqual(countries(e, "actor"), ["JPN"]);
  assert.deepEqual(countries(e, "recipient"), ["VNM"]);
});

test("a condition names the target of a conditional conflict event", () => {
  const e = only("Ottawa will impose new tariffs if Caracas refuses.");
  assert.equal(e.event, "SANCTION");
  assert.equal(e.status, "conditional");
  assert.deepEqual(countries(e, "recipient"), ["VEN"]);
});

test("verbs coordinated after a request are what was requested, not events", () => {
  const es = events("Canada urged Iran to stop the executions and release the detained protesters.");
  assert.deepEqual(
    es.map((e) => e.event),
    ["REQUEST"],
  );
});

test("past forms the tagger reads as nouns still trigger ('militants abducted', 'shot down')", () => {
  assert.equal(only("Militants abducted 14 farm workers near Maiduguri.").event, "ASSAULT");
  assert.equal(only("Polish jets shot down a drone over Lublin.").event, "ASSAULT");
});

test("figures of speech, sport and natural disasters are not events", () => {
  assert.deepEqual(events("The home side launched a fierce attack in the second half."), []);
  assert.deepEqual(events("A cyclone killed nine people in Mozambique."), []);
  assert.deepEqual(events("She fought back tears during the speech."), []);
});

test("protesters nobody names are people of the place where they protest", () => {
  const e = only("Thousands marched through Tbilisi against the foreign agents law.");
  assert.equal(e.event, "PROTEST");
  assert.deepEqual(countries(e, "actor"), ["GEO"]);
  assert.equal(e.actor[0]!.sector, "CVL");
});

test("a demonstrative subject of a passive points back at the previous sentence's actor", () => {
  const doc = runSentence(
    "Hungary blocked the new aid package. That decision was condemned by the European Commission.",
    stages,
    ctx,
  );
  const e = doc.events.find((x) => x.event === "ACCUSE")!;
  assert.deepEqual(countries(e, "recipient"), ["HUN"]);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { loadEventModel } from "./index.js";
import type { EventLabel } from "./labels.js";

// Sentences written for this test (fictional actors), not in data/events/examples.tsv.
const CASES: [string, EventLabel][] = [
  ["The Ostrian government imposed sanctions on Kelda's largest banks on Tuesday.", "SANCTION"],
  ["The opposition urged the government to release the jailed students.", "REQUEST"],
  ["Thousands of nurses walked out over pay.", "PROTEST"],
  ["Kelda sent a contingent of peacekeepers into the eastern enclave.", "MOBILIZE"],
  ["The president warned Kelda against any attempt to cross the river.", "THREATEN"],
  ["Gunmen killed three police officers at a checkpoint near the airport.", "ASSAULT"],
  ["The spokesman said the government remained committed to dialogue.", "NONE"],
];

test("the shipped model loads once and ranks plausible types first", () => {
  const model = loadEventModel();
  assert.equal(loadEventModel(), model);
  for (const [text, type] of CASES) {
    const ranked = model.classify(text);
    assert.equal(ranked.length, model.labels.length);
    assert.ok(Math.abs(ranked.reduce((s, r) => s + r.p, 0) - 1) < 1e-9);
    const top2 = ranked.slice(0, 2).map((r) => r.type);
    assert.ok(top2.includes(type), `${text}: ${ranked.slice(0, 3).map((r) => `${r.type} ${r.p.toFixed(2)}`)}`);
  }
});

test("a span, best and probability agree with classify on the same text", () => {
  const model = loadEventModel();
  const doc = "Weather: rain. The Ostrian government imposed sanctions on Kelda.";
  const start = doc.indexOf("The");
  const ranked = model.classify(doc, start, doc.length);
  assert.deepEqual(ranked, model.classify(doc.slice(start)));
  assert.deepEqual(model.best(doc, start), ranked[0]);
  assert.equal(model.probability(ranked[1]!.type, doc, start), ranked[1]!.p);
  assert.equal(model.classifyDocument("Kelda hit by sanctions", doc)[0]!.type, "SANCTION");
});

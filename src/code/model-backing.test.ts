import { test } from "node:test";
import assert from "node:assert/strict";
import { codeEvents } from "./code-events.js";
import { backedConfidence, proposedType, type SentenceScore } from "./model-backing.js";
import type { EventLabel, EventModel, LabelScore } from "./model/index.js";
import { defaultPatterns } from "./patterns.js";
import { ents, testDoc } from "./test-doc.js";

const people = ents({
  Norland: { name: "Norland", country: "NOR", sector: "GOV" },
  Vesta: { name: "Vesta", country: "VES", sector: "GOV" },
});

/** A stand-in model that gives every sentence the same ranking, so the tests do not hang on trained weights. */
function fixedModel(scores: [EventLabel, number][]): EventModel & { calls: number } {
  const ranked: LabelScore[] = scores.map(([type, p]) => ({ type, p })).sort((a, b) => b.p - a.p);
  const labels = ranked.map((r) => r.type);
  const m = {
    calls: 0,
    labels,
    header: {} as EventModel["header"],
    scores: () => (m.calls++, Float64Array.from(ranked, (r) => r.p)),
    classify: () => ranked,
    classifyDocument: () => ranked,
    best: () => ranked[0]!,
    probability: (l: EventLabel) => ranked.find((r) => r.type === l)?.p ?? 0,
  };
  return m;
}

test("a weak match is blended half and half, and vetoed only when the model is sure of no event", () => {
  const score = (best: EventLabel, bestP: number, p: Record<string, number>): SentenceScore => ({
    best,
    bestP,
    p: (t) => p[t] ?? 0,
  });
  const none = score("NONE", 0.9, { ASSAULT: 0.04 });
  assert.equal(backedConfidence(none, "ASSAULT", 0.6), null);
  assert.equal(backedConfidence(none, "PROTEST", 0.6), null);
  const unsure = score("NONE", 0.55, { ASSAULT: 0.3 });
  assert.ok(Math.abs(backedConfidence(unsure, "ASSAULT", 0.6)! - 0.45) < 1e-9);
  assert.equal(proposedType(unsure), null);
  assert.equal(proposedType(score("COERCE", 0.7, {})), "COERCE");
  assert.equal(proposedType(score("COERCE", 0.5, {})), null);
});

test("strong pattern matches never call the model; weak ones say so in `why`", () => {
  const model = fixedModel([
    ["ASSAULT", 0.7],
    ["NONE", 0.3],
  ]);
  const [strong] = codeEvents(testDoc("Norland shelled Vesta.", people), defaultPatterns(), undefined, model);
  assert.equal(model.calls, 0);
  assert.match(strong!.why!, /^pattern:/);
  const doc = testDoc("Norland shelled Vesta.", people);
  const [weak] = codeEvents(
    { ...doc, captions: [{ start: 0, end: doc.text.length }] },
    defaultPatterns(),
    undefined,
    model,
  );
  assert.equal(model.calls, 1);
  assert.match(weak!.why!, /^pattern:\S+ .* model p=0\.70$/);
});

test("the model proposes an event only with both parties named, and never when negated", () => {
  const model = fixedModel([
    ["COERCE", 0.8],
    ["NONE", 0.2],
  ]);
  const code = (text: string) => codeEvents(testDoc(text, people), defaultPatterns(), undefined, model);
  const [p] = code("Norland towed the trawler back to Vesta.");
  assert.equal(p?.event, "COERCE");
  assert.match(p!.why!, /^model p=0\.80 verb=tow/);
  assert.deepEqual([p!.actor[0]?.name, p!.recipient[0]?.name], ["Norland", "Vesta"]);
  assert.deepEqual(code("Norland did not tow the trawler back to Vesta."), []);
  // "by" names an agent, never the recipient: without one the model proposes nothing.
  assert.deepEqual(code("Norland towed the trawler owned by Vesta."), []);
  assert.deepEqual(code("Norland towed the trawler out of the harbour."), []);
});

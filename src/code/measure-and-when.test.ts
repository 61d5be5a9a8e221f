import { test } from "node:test";
import assert from "node:assert/strict";
import { STAGES, defaultContext } from "../pipeline/default-pipeline.js";
import type { Event } from "../model/schema.js";
import { runSentence } from "./eval/sentence-set.js";

const stages = STAGES.filter((s) => s.name !== "extract");
const ctx = defaultContext();
const events = (text: string): Event[] => runSentence(text, stages, ctx).events;
const countries = (e: Event, side: "actor" | "recipient") => e[side].map((a) => a.country);

test("a light verb governs its event noun through a measure phrase ('$40 million in aid', 'a round of talks')", () => {
  for (const text of [
    "Canada announced $40 million in humanitarian aid for the flood victims.",
    "Canada announced a package of humanitarian aid for the flood victims.",
  ]) {
    const [e, ...rest] = events(text);
    assert.equal(rest.length, 0, text);
    assert.equal(e?.event, "AID", text);
  }
  const [talks] = events("Iran and the IAEA held a fresh round of negotiations in Vienna.");
  assert.equal(talks?.event, "CONSULT");
  assert.deepEqual(countries(talks!, "actor"), ["IRN"]);
  assert.deepEqual(countries(talks!, "recipient"), ["IGO"]);
  // Any other "of" phrase is no measure: "the end of aid" is not aid given.
  assert.deepEqual(
    events("Canada announced the end of aid to the region.").map((e) => e.event),
    [],
  );
});

test("a past form the tagger calls a noun after a perfect 'had' is the verb", () => {
  const [e] = events("Ethiopian soldiers had tortured detainees in the camp.");
  assert.equal(e?.event, "ASSAULT");
  assert.deepEqual(countries(e!, "actor"), ["ETH"]);
});

test("a 'when' clause that tells the same incident again completes the event instead of adding one", () => {
  const es = events("Two civilians were killed when a missile hit an apartment block in Kharkiv.");
  assert.equal(es.length, 1, JSON.stringify(es.map((e) => e.event_text)));
  assert.equal(es[0]!.event, "ASSAULT");
  assert.deepEqual(countries(es[0]!, "recipient"), ["UKR"]);
  // Events of different types in a "when" clause stay two events.
  assert.deepEqual(
    events("Police in Norland arrested two men when they attacked a guard.").map((e) => e.event),
    ["COERCE", "ASSAULT"],
  );
});

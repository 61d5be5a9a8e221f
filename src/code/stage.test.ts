import { test } from "node:test";
import assert from "node:assert/strict";
import { Value } from "@sinclair/typebox/value";
import { EventSchema } from "../model/schema.js";
import { emptyKnowledgeBase } from "../kb/knowledge-base.js";
import { eventsStage } from "./stage.js";
import { ents, testDoc } from "./test-doc.js";

test("the events stage declares its contract and writes schema-valid events", () => {
  assert.equal(eventsStage.name, "events");
  assert.deepEqual([...eventsStage.needs], ["text", "sentences", "tokens", "entities", "times", "quotes"]);
  assert.deepEqual([...eventsStage.adds], ["events"]);
  const doc = testDoc(
    "Norland imposed sanctions on Vesta and recalled its ambassador.",
    ents({
      Norland: { name: "Norland", country: "NOR", sector: "GOV" },
      Vesta: { name: "Vesta", country: "VES", sector: "GOV" },
    }),
  );
  const out = eventsStage.run(doc, { kb: emptyKnowledgeBase() });
  assert.equal(out.events.length, 2);
  for (const e of out.events) assert.ok(Value.Check(EventSchema, e), JSON.stringify([...Value.Errors(EventSchema, e)]));
  assert.equal(out.entities, doc.entities);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { STAGES, defaultContext } from "../pipeline/default-pipeline.js";
import { runSentence } from "./eval/sentence-set.js";

// NONE rows of data/events/patterns.tsv for figures of speech of campaign and business news, found
// on election coverage; each is checked against the literal use that must stay an event.
const stages = STAGES.filter((s) => s.name !== "extract");
const ctx = defaultContext();
const types = (text: string) => runSentence(text, stages, ctx).events.map((e) => e.event);

test("figures of speech code no attack", () => {
  for (const text of [
    "The prison population in France has since exploded to a record of 2.3 million inmates.",
    "Veterans in France were killing themselves at three times the rate of civilians.",
    "The French campaign flawlessly executed its plan.",
    "The leak is destroying the reputation of the French committee.",
    "The French senator will face the same partisan fire as her predecessor.",
    "For decades, the battle lines around coal in France have been clear.",
  ])
    assert.deepEqual(types(text), [], text);
});

test("the literal acts stay attacks", () => {
  assert.deepEqual(types("Iran executed two men on Saturday."), ["ASSAULT"]);
  assert.deepEqual(types("Russian troops destroyed the bridge."), ["ASSAULT"]);
  assert.deepEqual(types("Russian soldiers killed three civilians in Kherson."), ["ASSAULT"]);
});

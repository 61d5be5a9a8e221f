import { test } from "node:test";
import assert from "node:assert/strict";
import type { Article } from "../../model/schema.js";
import { tokenize } from "../nlp/tokenize.js";
import { timesStage } from "./stage.js";

function article(text: string, published: string | null): Article {
  const { sentences, tokens } = tokenize(text);
  return {
    id: "a1",
    source: {},
    meta: { published },
    text,
    captions: [],
    sentences,
    tokens,
    entities: [],
    times: [],
    quotes: [],
    events: [],
    issues: [],
  } as unknown as Article;
}

test("the stage declares its contract and resolves against meta.published", () => {
  assert.equal(timesStage.name, "times");
  assert.deepEqual(timesStage.adds, ["times"]);
  const text = "The envoy of Norvania arrived on Monday and will stay three days.";
  const out = timesStage.run(article(text, "2022-02-22T09:00:00Z"), {} as never);
  assert.deepEqual(
    out.times.map((t) => [t.text, t.type, t.value, text.slice(t.start, t.end)]),
    [
      ["Monday", "DATE", "2022-02-21", "Monday"],
      ["three days", "DURATION", "P3D", "three days"],
    ],
  );
  const unanchored = timesStage.run(article(text, null), {} as never);
  assert.equal(unanchored.times[0]?.value, "XXXX-WXX-1");
});

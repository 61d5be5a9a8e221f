import { test } from "node:test";
import assert from "node:assert/strict";
import { DocFreq } from "./doc-freq.js";

test("a key given twice for one document counts once, so IDF stays finite and positive", () => {
  const df = new DocFreq();
  // "harbour" is both a content word and a name of the same text.
  for (let i = 0; i < 70; i++) df.add(["harbour", "harbour", `word${i}`]);
  assert.ok(Number.isFinite(df.idf("harbour")));
  assert.equal(df.idf("harbour"), 1, "a key in every document weighs the least");
  assert.ok(df.idf("word3") > df.idf("harbour"));
});

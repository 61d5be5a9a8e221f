import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFeatures, featurize, featurizeDocument } from "./hash-features.js";

const set = (text: string) => new Set(copyFeatures(featurize(text)).idx);
const shared = (a: string, b: string) => [...set(a)].filter((i) => set(b).has(i)).length;

test("feature vectors are sorted, merged and of unit length", () => {
  const x = copyFeatures(featurize("Troops shelled the town, and troops shelled the port."));
  for (let k = 1; k < x.n; k++) assert.ok(x.idx[k]! > x.idx[k - 1]!);
  const norm = x.val.reduce((s, v) => s + v * v, 0);
  assert.ok(Math.abs(norm - 1) < 1e-5);
  assert.equal(featurize("").n, 0);
});

test("inflections share a stem; case and digits do not matter", () => {
  assert.ok(shared("imposes", "imposed") >= 1);
  assert.ok(shared("attacking", "attacks") >= 1);
  assert.ok(shared("stopped", "stop") >= 1);
  assert.deepEqual(set("Killed 12 people"), set("killed 40 PEOPLE"));
});

test("negation adds features and a span of a text equals the text alone", () => {
  assert.ok(set("they did not attack").size > set("they did attack").size);
  const text = "Headline. The army attacked the town.";
  assert.deepEqual(copyFeatures(featurize(text, 10, text.length)), copyFeatures(featurize(text.slice(10))));
  assert.deepEqual(set("a. b"), new Set(copyFeatures(featurizeDocument("a", "b", 1)).idx));
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFeatures, featurize, HASH_BITS } from "./hash-features.js";
import { predict, train, type Example } from "./softmax.js";

const BUCKETS = 1 << HASH_BITS;
const TINY: [string, number][] = [
  ["rebels shelled the town", 0],
  ["artillery shelled the village", 0],
  ["gunmen attacked the convoy", 0],
  ["the ministers met for talks", 1],
  ["the envoys held talks in the capital", 1],
  ["the leaders met in the capital", 1],
  ["the president praised the deal", 2],
  ["the minister welcomed the deal", 2],
];
const examples = (): Example[] => TINY.map(([t, y]) => ({ x: copyFeatures(featurize(t)), y, weight: 1 }));
const argmax = (p: Float64Array) => p.indexOf(Math.max(...p));

test("the classifier learns a tiny separable set", () => {
  const m = train(examples(), 3, BUCKETS, { epochs: 20, rate: 0.5, l2: 1e-4, seed: 1 });
  for (const [t, y] of TINY) assert.equal(argmax(predict(m, featurize(t))), y, t);
  assert.equal(argmax(predict(m, featurize("militias shelled a school"))), 0);
  assert.equal(argmax(predict(m, featurize("the premier welcomed the agreement"))), 2);
});

test("training is deterministic: the same seed gives the same weights", () => {
  const opt = { epochs: 5, rate: 0.5, l2: 1e-4, seed: 7 };
  const a = train(examples(), 3, BUCKETS, opt);
  const b = train(examples(), 3, BUCKETS, opt);
  assert.deepEqual(a.w, b.w);
  assert.deepEqual(a.bias, b.bias);
  const c = train(examples(), 3, BUCKETS, { ...opt, seed: 8 });
  assert.notDeepEqual(a.w, c.w);
});

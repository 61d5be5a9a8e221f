import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeModel, encodeModel, quantise } from "./weights-file.js";
import type { LinearModel } from "./softmax.js";

test("weights round-trip through int8 and gzip within a step of their scale", () => {
  const classes = 3;
  const buckets = 1 << 4;
  const w = Float32Array.from({ length: classes * buckets }, (_, j) => Math.sin(j) * (1 + (j % classes)));
  const m: LinearModel = { classes, buckets, w, bias: Float64Array.from([0.5, -0.25, 0]) };
  const meta = { source: "test", labels: ["A", "B", "C"], hashBits: 4, headlineWeight: 1, training: {} };
  const { header, weights } = encodeModel(quantise(m), meta);
  const back = decodeModel(header, weights);
  assert.deepEqual(back.header.labels, ["A", "B", "C"]);
  assert.deepEqual([...back.model.bias], [0.5, -0.25, 0]);
  for (let j = 0; j < w.length; j++) {
    const c = j % classes;
    assert.ok(Math.abs(back.model.q[j]! * back.model.scale[c]! - w[j]!) <= back.model.scale[c]! / 2 + 1e-6);
  }
  assert.throws(() => decodeModel(header.replace('"hashBits": 4', '"hashBits": 5'), weights), /expected/);
});

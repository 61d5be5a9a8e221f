import { test } from "node:test";
import assert from "node:assert/strict";
import { STAGES, defaultContext } from "../../pipeline/default-pipeline.js";
import { prf, readSentenceSet, scoreSentenceSet } from "./sentence-set.js";

/** Floors under the regression set's scores (measured: P 0.99, R 0.96, parties 0.91); a drop below fails the build. */
const FLOOR = { precision: 0.95, recall: 0.92, parties: 0.87 };

test("the hand-written regression sentences keep their event-coding scores", () => {
  const stages = STAGES.filter((s) => s.name !== "extract");
  const cases = readSentenceSet();
  assert.ok(cases.length >= 150, `only ${cases.length} sentences`);
  const s = scoreSentenceSet(cases, stages, defaultContext());
  const { p, r } = prf(s);
  const parties = s.strict / s.found;
  const detail = s.misses.join("\n");
  assert.ok(p >= FLOOR.precision, `precision ${p.toFixed(3)}\n${detail}`);
  assert.ok(r >= FLOOR.recall, `recall ${r.toFixed(3)}\n${detail}`);
  assert.ok(parties >= FLOOR.parties, `parties ${parties.toFixed(3)}\n${detail}`);
});

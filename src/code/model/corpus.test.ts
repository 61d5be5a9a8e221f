import { test } from "node:test";
import assert from "node:assert/strict";
import { parseCsv, readExamples } from "./corpus.js";
import { LABELS } from "./labels.js";

test("CSV fields may hold commas, newlines and doubled quotes", () => {
  const rows = parseCsv('a,b,c\n1,"two, and\n""three""",4\r\nx,,z');
  assert.deepEqual(rows, [
    ["a", "b", "c"],
    ["1", 'two, and\n"three"', "4"],
    ["x", "", "z"],
  ]);
});

test("the project's own examples cover every class", () => {
  const examples = readExamples();
  assert.ok(examples.length >= 300);
  const seen = new Set(examples.map((e) => e.label));
  assert.equal(seen.size, LABELS.length);
  assert.ok(examples.every((e) => e.text.length > 10));
});

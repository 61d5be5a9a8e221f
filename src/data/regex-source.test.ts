import { test } from "node:test";
import assert from "node:assert/strict";
import { groupEnd, topAlternatives } from "./regex-source.js";

test("top-level alternatives ignore bars inside groups, classes and escapes", () => {
  assert.deepEqual(topAlternatives("a|b(c|d)|[|]e|f\\|g"), ["a", "b(c|d)", "[|]e", "f\\|g"]);
  assert.deepEqual(topAlternatives("(?:x|y)z"), ["(?:x|y)z"]);
  assert.deepEqual(topAlternatives(""), [""]);
});

test("a group ends past its own closing bracket, not one inside a class or escape", () => {
  assert.equal(groupEnd("(a[)]b)c", 0), 7);
  assert.equal(groupEnd("(a\\)b)c", 0), 6);
  assert.equal(groupEnd("x[\\]a]y", 1), 6);
  assert.equal(groupEnd("(a(b)c)d", 0), 7);
  assert.equal(groupEnd("(open", 0), 5);
});

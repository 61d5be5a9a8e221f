import { test } from "node:test";
import assert from "node:assert/strict";
import { mayHold, mayHoldWide, signature, wideFilter, wordFilter } from "./word-filter.js";

test("a filter passes every word of its list", () => {
  const words = ["attack", "said", "a", "", "extraordinarily-long-compound-word-of-the-list"];
  const f = wordFilter(words);
  for (const w of words) assert.ok(mayHold(f, w), w);
});

test("a filter rejects words of another length or last letter", () => {
  const f = wordFilter(["attack", "invade"]);
  assert.equal(mayHold(f, "attacks"), false);
  assert.equal(mayHold(f, "attach"), false);
  assert.equal(mayHold(f, "struck"), true); // same length and last letter: looked up
});

test("signatures tell lengths up to 31 apart", () => {
  assert.notEqual(signature("x".repeat(30)), signature("x".repeat(31)));
  assert.equal(signature("x".repeat(31)), signature("x".repeat(40)));
});

test("a wide filter passes its words and rejects others by first two and last letters", () => {
  const f = wideFilter(["attack", "x", ""]);
  assert.ok(mayHoldWide(f, "attack") && mayHoldWide(f, "x") && mayHoldWide(f, ""));
  assert.equal(mayHoldWide(f, "artick"), false);
  assert.equal(mayHoldWide(f, "atoll"), false);
  assert.equal(mayHoldWide(f, "assaulk"), false);
});

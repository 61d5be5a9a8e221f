import { test } from "node:test";
import assert from "node:assert/strict";
import type { Token } from "../../model/schema.js";
import { isWord, tokenView, word } from "./token-view.js";

test("isWord tells a token's text as word() reads it, and is false past either end", () => {
  const text = "Yes, he said.";
  const at = (start: number, end: number) => ({ start, end }) as Token;
  const v = tokenView(text, [at(0, 3), at(3, 4), at(5, 7), at(8, 12), at(12, 13)], []);
  assert.equal(word(v, 1), ",");
  assert.equal(isWord(v, 1, ","), true);
  assert.equal(isWord(v, 0, "Yes"), true);
  assert.equal(isWord(v, 0, "Ye"), false);
  assert.equal(isWord(v, 2, ","), false);
  assert.equal(isWord(v, 9, ","), false);
  assert.equal(isWord(v, -1, ","), false);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { collapseSpaces } from "./collapse-spaces.js";

test("collapseSpaces is the replacement of every white space run by one space", () => {
  const chars = [" ", "\n", "\t", "\u00a0", "\u2003", "\ufeff", "a", "b"];
  for (let len = 0; len <= 5; len++) {
    for (let k = 0; k < chars.length ** len; k++) {
      let s = "";
      for (let j = 0, x = k; j < len; j++, x = Math.floor(x / chars.length)) s += chars[x % chars.length];
      assert.equal(collapseSpaces(s), s.replace(/\s+/g, " "), JSON.stringify(s));
    }
  }
});

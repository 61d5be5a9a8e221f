import { test } from "node:test";
import assert from "node:assert/strict";
import { isSpaceCode } from "./space.js";

test("isSpaceCode reads white space as a regex's \\s and trim do, on every code unit", () => {
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    assert.equal(isSpaceCode(c), /\s/.test(ch), `U+${c.toString(16)}`);
    assert.equal(isSpaceCode(c), ch.trim() === "", `trim U+${c.toString(16)}`);
  }
});

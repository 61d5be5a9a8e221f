import { test } from "node:test";
import assert from "node:assert/strict";
import { fold } from "./fold.js";

/** What fold is: each run of non-word characters as one space. */
const NON_WORD_RUNS_RE = /[\s!-/:-@[-`{-~\u00a0-\u00bf\u2000-\u206f\u2e00-\u2e7f\u3000-\u303f]+/g;
const byRuns = (s: string) => s.toLowerCase().replace(NON_WORD_RUNS_RE, " ").trim();

test("fold turns each run of non-word characters into one space", () => {
  assert.equal(fold("Ukraine’s  regions!"), "ukraine s regions");
  // Every character alone, beside a space and doubled, between letters.
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    for (const s of [`a${ch}b`, `a ${ch}b`, `a${ch} b`, `a${ch}${ch}b`])
      assert.equal(fold(s), byRuns(s), `${c.toString(16)} ${JSON.stringify(s)}`);
  }
  const chars = [" ", "\n", "\u00a0", ",", "’", "a", "B"];
  for (let len = 0; len <= 6; len++) {
    for (let k = 0; k < chars.length ** len; k++) {
      let s = "";
      for (let j = 0, x = k; j < len; j++, x = Math.floor(x / chars.length)) s += chars[x % chars.length];
      assert.equal(fold(s), byRuns(s), JSON.stringify(s));
    }
  }
});

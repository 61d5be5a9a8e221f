import { test } from "node:test";
import assert from "node:assert/strict";
import { normLength } from "./html-blocks.js";

/** The normalised text whose length normLength counts. */
const norm = (s: string) =>
  s
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, "")
    .replace(/\s+/g, " ")
    .trim();

test("normLength counts the text as normalised: runs of space as one, invisible characters and the ends dropped", () => {
  for (const s of [
    "",
    "  ",
    "Harbour",
    "  Harbour \n\t news  ",
    "a\u00adb",
    "a \u200b b",
    "\u200b  x  \u2060",
    "x\u00a0\u2003y",
  ])
    assert.equal(normLength(s), norm(s).length, JSON.stringify(s));
});

test("normLength reads every character as \\s and trim do", () => {
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    const s = `${ch}a${ch}${ch}b ${ch}`;
    assert.equal(normLength(s), norm(s).length, c.toString(16));
  }
});

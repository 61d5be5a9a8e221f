import { test } from "node:test";
import assert from "node:assert/strict";
import { WordCase, countWords, wordSpans } from "./words.js";

/** The words wordSpans finds, with their case shape. */
const spans = (text: string) => {
  const s = wordSpans(text);
  const out: [string, number][] = [];
  for (let i = 0; i < s.count; i++) out.push([text.slice(s.starts[i], s.ends[i]), s.cases[i]!]);
  return out;
};

test("word spans are runs of letters and digits, each with how it is cased", () => {
  assert.deepEqual(spans("The U.S. envoy, Jean-Noël, met NATO’s chief in 2024."), [
    ["The", WordCase.INITIAL],
    ["U", WordCase.INITIAL],
    ["S", WordCase.INITIAL],
    ["envoy", WordCase.LOWER],
    ["Jean", WordCase.INITIAL],
    ["Noël", WordCase.OTHER],
    ["met", WordCase.LOWER],
    ["NATO", WordCase.OTHER],
    ["s", WordCase.LOWER],
    ["chief", WordCase.LOWER],
    ["in", WordCase.LOWER],
    ["2024", WordCase.LOWER],
  ]);
  assert.deepEqual(spans("eBay"), [["eBay", WordCase.OTHER]]);
});

test("word spans of a long text are all found (the buffers grow)", () => {
  const text = "one two ".repeat(600);
  assert.equal(wordSpans(text).count, 1200);
  assert.equal(wordSpans("a b").count, 2);
});

test("countWords counts as the word pattern does, within the range given", () => {
  assert.equal(countWords("We will stay, she said.", 0, 23), 5);
  assert.equal(countWords("  — ", 0, 4), 0);
  assert.equal(countWords("Noël 𝐀bc", 0, 8), 2);
  // A surrogate pair cut by the range's end is no letter.
  assert.equal(countWords("ab𝐀", 0, 3), 1);
  assert.equal(countWords("say it again", 4, 12), 2);
});

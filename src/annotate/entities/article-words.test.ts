import { test } from "node:test";
import assert from "node:assert/strict";
import { newArticle } from "../../model/article.js";
import { tokenize } from "../nlp/tokenize.js";
import { articleWords, lowerAt, lowerIs, wordAt, wordCovering, wordsOf } from "./article-words.js";

const read = (text: string) => articleWords({ ...newArticle("t", {}), text, ...tokenize(text) });

test("words are made as written and lower-cased on demand, whatever their case", () => {
  const aw = read("The NATO envoy met Élise Noël’s aide.");
  assert.equal(aw.count, 8);
  assert.deepEqual(wordsOf(aw, 0, aw.count), ["The", "NATO", "envoy", "met", "Élise", "Noël", "s", "aide"]);
  assert.deepEqual(
    Array.from({ length: aw.count }, (_, i) => lowerAt(aw, i)),
    ["the", "nato", "envoy", "met", "élise", "noël", "s", "aide"],
  );
  assert.deepEqual([...aw.capital], [1, 1, 0, 0, 1, 1, 0, 0]);
  assert.equal(wordAt(aw, 8), undefined);
  assert.equal(lowerAt(aw, -1), undefined);
});

test("lowerIs answers as lowerAt(...) === word would, in the text", () => {
  const aw = read("Pro Russian pro-Kremlin PRO prose Élise s");
  const words = ["pro", "russian", "kremlin", "prose", "élise", "s", "Pro", "pr", ""];
  for (let i = -1; i <= aw.count; i++)
    for (const w of words) assert.equal(lowerIs(aw, i, w), lowerAt(aw, i) === w, `${i} ${w}`);
});

test("wordCovering finds the word under a text offset, and -1 between or past the words", () => {
  const aw = read("Kosovo accused Serbia.");
  assert.equal(wordCovering(aw, 0), 0);
  assert.equal(wordCovering(aw, 9), 1);
  assert.equal(wordCovering(aw, 6), -1);
  assert.equal(wordCovering(aw, 100), -1);
});

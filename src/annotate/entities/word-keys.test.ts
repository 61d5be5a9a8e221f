import { test } from "node:test";
import assert from "node:assert/strict";
import { newArticle } from "../../model/article.js";
import { tokenize } from "../nlp/tokenize.js";
import { articleWords, lowerAt } from "./article-words.js";
import { WordKeys, wordSet } from "./word-keys.js";

const read = (text: string) => articleWords({ ...newArticle("t", {}), text, ...tokenize(text) });

test("WordKeys find a word of the text as a Map finds its lower-cased string", () => {
  const aw = read("The NATO envoy met Élise in Kyiv; the IN-house team, élise and Tea.");
  // Many keys, so that slots collide and probe on; some differ from a word only in case or length.
  const keys = ["the", "nato", "élise", "in", "kyiv", "tea", "team", "te", "Kyiv", "house", "envoys"];
  for (let k = 0; k < 2000; k++) keys.push(`w${k}`);
  const map = new Map(keys.map((key, i) => [key, i]));
  const wordKeys = new WordKeys([...map.keys()], [...map.values()]);
  for (let i = -1; i <= aw.count; i++) {
    const lower = lowerAt(aw, i);
    assert.equal(wordKeys.get(aw, i), lower === undefined ? undefined : map.get(lower), `word ${i}: ${lower}`);
  }
  assert.equal(wordKeys.getKey("kyiv"), map.get("kyiv"));
  assert.equal(wordKeys.getKey("Kyiv"), map.get("Kyiv"));
  assert.equal(wordKeys.getKey("nope"), undefined);
});

test("a word set holds exactly its words", () => {
  const aw = read("In the end, IN and in.");
  const set = wordSet(["in", "end"]);
  assert.deepEqual(
    Array.from({ length: aw.count }, (_, i) => set.has(aw, i)),
    [true, false, true, true, false, true],
  );
});

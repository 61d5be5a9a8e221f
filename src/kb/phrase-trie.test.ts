import { test } from "node:test";
import assert from "node:assert/strict";
import { PhraseTrie, caseMatches, startShape, startShapeAt } from "./phrase-trie.js";

test("only phrases whose first word may be in any case can start at a lower-case word", () => {
  const trie = new PhraseTrie<string>();
  trie.insert(["army"], "role");
  trie.insert(["Army", "Day"], "holiday");
  trie.insert(["Paris"], "place");
  assert.deepEqual([...trie.lowerStarts.keys()], ["army"]);
  assert.equal(trie.lowerStarts.get("army"), trie.root.next!.get("army"));
  assert.equal(trie.lowerStartShapes[startShape("army")], 1);
  assert.equal(trie.lowerStartShapes[startShape("paris")], 0);
});

test("a word's shape read in the text is its string's shape", () => {
  const text = "the army said";
  assert.equal(startShapeAt(text, 4, 8), startShape("army"));
  assert.equal(startShapeAt(text, 0, 1), startShape("t"));
});

test("the case rule is checked against the words in the text", () => {
  const trie = new PhraseTrie<string>();
  trie.insert(["NATO", "summit"], "org");
  const item = trie.root.next!.get("nato")!.next!.get("summit")!.items![0]!;
  const text = "NATO summit, Nato Summit";
  const starts = Int32Array.of(0, 5, 13, 18);
  const ends = Int32Array.of(4, 11, 17, 24);
  assert.equal(caseMatches(item, text, starts, ends, 0), true);
  assert.equal(caseMatches(item, text, starts, ends, 2), false);
});

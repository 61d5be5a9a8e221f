import { test } from "node:test";
import assert from "node:assert/strict";
import { LowerCaseIndex } from "./lexicon.js";

test("a lower-case index finds a word of the text in any case, and only listed words", () => {
  const index = new LowerCaseIndex(
    new Map([
      ["said", 1],
      ["told", 2],
      ["a", 3],
    ]),
  );
  const text = "He SAID she Told A friend, saying so.";
  const at = (w: string) => index.get(text, text.indexOf(w), text.indexOf(w) + w.length);
  assert.equal(at("SAID"), 1);
  assert.equal(at("Told"), 2);
  assert.equal(at("A"), 3);
  assert.equal(at("saying"), undefined);
  assert.equal(at("friend"), undefined);
});

test("a lower-case index of words outside ASCII looks every word up", () => {
  const index = new LowerCaseIndex(new Map([["é", 1]]));
  assert.equal(index.get("É", 0, 1), 1);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeTokens, encodeTokens } from "./token-codec.js";

test("tokens survive a round trip, including non-ASCII lemmas", () => {
  const tokens = [
    { start: 0, end: 5, pos: "PROPN", lemma: "Örsted" },
    { start: 6, end: 11, pos: "VERB", lemma: "visit" },
    { start: 12, end: 13, pos: "PUNCT", lemma: "." },
  ];
  assert.deepEqual(decodeTokens(encodeTokens(tokens)), tokens);
});

test("no tokens round-trips to no tokens", () => {
  assert.deepEqual(decodeTokens(encodeTokens([])), []);
});

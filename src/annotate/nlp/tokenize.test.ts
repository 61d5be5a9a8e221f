import { test } from "node:test";
import assert from "node:assert/strict";
import { tokenize } from "./tokenize.js";

test("token offsets point at the token's text", () => {
  const text = "The mayor didn't attend.  “We waited,” she said.";
  const { tokens } = tokenize(text);
  const words = tokens.map((t) => text.slice(t.start, t.end));
  assert.deepEqual(words.slice(0, 6), ["The", "mayor", "did", "n't", "attend", "."]);
  assert.equal(tokens.find((t) => text.slice(t.start, t.end) === "waited")?.lemma, "wait");
  assert.equal(tokens.find((t) => text.slice(t.start, t.end) === "mayor")?.pos, "NOUN");
});

test("sentences never cross a paragraph break", () => {
  const text = "Harbour Reopens After Storm\n\nThe port of Velmar reopened on Friday. Ships queued outside.";
  const { sentences } = tokenize(text);
  const got = sentences.map((s) => text.slice(s.start, s.end));
  assert.deepEqual(got, [
    "Harbour Reopens After Storm",
    "The port of Velmar reopened on Friday.",
    "Ships queued outside.",
  ]);
});

test("an empty or blank text has no sentences and no tokens, rather than failing the stage", () => {
  for (const text of ["", "   ", "\n\n"]) assert.deepEqual(tokenize(text), { sentences: [], tokens: [] });
});

test("a sentence never starts in lower case: wink's break after an abbreviation is joined again", () => {
  const text = "Rep. Ann Lee (D-Mass.) said the plan would fail. She voted against it.\n\nnew paragraph here.";
  const { sentences } = tokenize(text);
  assert.deepEqual(
    sentences.map((s) => text.slice(s.start, s.end)),
    ["Rep. Ann Lee (D-Mass.) said the plan would fail.", "She voted against it.", "new paragraph here."],
  );
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { block } from "./block.js";
import { joinBrokenParagraphs } from "./join-paragraphs.js";

const texts = (xs: string[]) => joinBrokenParagraphs(xs.map((x) => block(x))).map((b) => b.text);

test("a piece starting in lower case continues the sentence", () => {
  assert.deepEqual(texts(['"We will sail," she said, bearing', "in mind the storms."]), [
    '"We will sail," she said, bearing in mind the storms.',
  ]);
});

test("a function word at the end means the sentence goes on", () => {
  assert.deepEqual(texts(["The wall was damaged in", "January's storms."]), [
    "The wall was damaged in January's storms.",
  ]);
});

test("headings and finished sentences stay apart", () => {
  const xs = ["Farmers say defences are holding", "The banks are strong this year.", "They were rebuilt in autumn."];
  assert.deepEqual(texts(xs), xs);
});

test("hard-wrapped lines of one paragraph are joined; captions are not", () => {
  const wrapped = [
    block("The council of Veldara approved a new ferry route to the island of Osk"),
    block("Dora Vell", "caption", { gap: false }),
  ];
  assert.equal(joinBrokenParagraphs(wrapped).length, 2);
  const lines = [
    block("The council of Veldara approved a new ferry route to the island of Osk"),
    block("On Monday it said more.", "p", { gap: false }),
  ];
  assert.equal(joinBrokenParagraphs(lines).length, 1);
});

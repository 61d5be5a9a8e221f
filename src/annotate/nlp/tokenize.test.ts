import { test } from "node:test";
import assert from "node:assert/strict";
import type { Token } from "../../model/schema.js";
import { tokenize } from "./tokenize.js";
import { rawDocument, wink } from "./wink.js";

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

/** The tokens as wink's public `tokens().out(...)` gives them: what the one-pass reading must match. */
function tokensByWinkOut(text: string): Token[] {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value);
  const spaces = doc.tokens().out(its.precedingSpaces);
  const pos = doc.tokens().out(its.pos);
  const lemma = doc.tokens().out(its.lemma as unknown as typeof its.value);
  const tokens: Token[] = [];
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i]!.length;
    const start = offset;
    offset += values[i]!.length;
    if (pos[i] !== "SPACE") tokens.push({ start, end: offset, pos: pos[i]!, lemma: lemma[i]! });
  }
  return tokens;
}

test("tokens read from wink's packed data equal wink's own output, contractions and odd spaces included", () => {
  const texts = [
    "The mayor didn't attend; I'm sure they'll say we can't, won't or shouldn't've gone.",
    "She saw the saw. The leaves fell as he leaves. Running, he ran; the runs were better, the best.",
    "A 10\u00a0km walk,  two  spaces,\tthen a tab, a thin\u2009space and\u00a0\u00a0two no-break spaces.",
    "The colour of the organisation's flags — grey — was analysed.\n\nZorblax zorblaxed the zorblaxes.",
    "Emoji 🎉 and #hashtags, @handles, https://example.com/a?b=c and e-mail a.b@example.org.\r\n  Done.",
  ];
  // Twice, so that the second reading of each text takes its lemmas from the memo.
  for (const text of [...texts, ...texts]) assert.deepEqual(tokenize(text).tokens, tokensByWinkOut(text), text);
});

test("wink hands the tokenizer a document's raw data: four numbers a token", () => {
  const doc = wink().readDoc("Ships queued outside.");
  assert.equal(rawDocument(doc).tokens.length, doc.tokens().length() * 4);
});

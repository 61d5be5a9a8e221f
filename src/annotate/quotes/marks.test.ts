import { test } from "node:test";
import assert from "node:assert/strict";
import { findQuoteSpans, paragraphs } from "./marks.js";

/** The top-level quoted words of a text. */
const quoted = (text: string) =>
  findQuoteSpans(text)
    .filter((s) => s.depth === 0)
    .map((s) => text.slice(s.inner, s.close));

test("pairs straight, curly, low-high, guillemet and single marks", () => {
  assert.deepEqual(quoted(`"We will stay," she said.`), ["We will stay,"]);
  assert.deepEqual(quoted(`“We will stay,” she said.`), ["We will stay,"]);
  assert.deepEqual(quoted(`„Wir bleiben“, sagte sie.`), ["Wir bleiben"]);
  assert.deepEqual(quoted(`«Nous restons», a-t-elle dit.`), ["Nous restons"]);
  assert.deepEqual(quoted(`‘We will stay,’ she said.`), ["We will stay,"]);
  assert.deepEqual(quoted(`''We will stay,'' she said.`), ["We will stay,"]);
});

test("apostrophes are not quotation marks", () => {
  assert.deepEqual(quoted(`The mayor’s office and the farmers’ union didn’t agree.`), []);
  assert.deepEqual(quoted(`“The mayor’s plan is the farmers’ plan,” he said.`), [
    "The mayor’s plan is the farmers’ plan,",
  ]);
});

test("nested quotations stay inside the outer one", () => {
  const text = `“We reject the so-called “Free Republic of Tarsk” and its “army”,” the envoy said.`;
  const spans = findQuoteSpans(text);
  assert.deepEqual(quoted(text), ["We reject the so-called “Free Republic of Tarsk” and its “army”,"]);
  assert.equal(spans.filter((s) => s.depth === 1).length, 2);
});

test("a missing closing mark stops at the end of its paragraph", () => {
  const text = `“The bridge will open in May, the mayor said.\n\nThe council met on Friday. Nobody objected.`;
  assert.deepEqual(quoted(text), ["The bridge will open in May, the mayor said."]);
});

test("a stray opening mark at a paragraph's end opens nothing", () => {
  const text = `“We are ready,” he said, adding that farmers are “on their land”. “\n\nThe talks resumed.`;
  assert.deepEqual(quoted(text), ["We are ready,", "on their land"]);
});

test("a left mark used as a closing mark closes the quotation", () => {
  const text = `“Norland will act with its partners “, read the statement.`;
  assert.deepEqual(quoted(text), ["Norland will act with its partners "]);
});

test("a quotation runs over paragraphs that reopen with a mark", () => {
  const text = `“The first part.\n\n“The second part.\n\n“The last part,” she said.`;
  assert.deepEqual(quoted(text), ["The first part.\n\n“The second part.\n\n“The last part,"]);
});

test("a quotation runs over paragraphs without marks until its closing mark", () => {
  const text = `“The first part.\n\nThe second part.\n\nThe last part,” said Orlik.`;
  assert.deepEqual(quoted(text), ["The first part.\n\nThe second part.\n\nThe last part,"]);
});

test("paragraphs are split at line breaks and trimmed", () => {
  const text = " First one. \n\n  Second one.\nThird.\n \n";
  assert.deepEqual(
    paragraphs(text).map(([s, e]) => text.slice(s, e)),
    ["First one.", "Second one.", "Third."],
  );
});

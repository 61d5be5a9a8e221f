import { test } from "node:test";
import assert from "node:assert/strict";
import { elements, firstTag, MAX_STATE_CHARS, namesOf, parseTree, textOf } from "./html-tree.js";

test("elements come in document order, the root first", () => {
  const { body } = parseTree(
    "<body><div id=a><p id=b>One <b id=c>two</b></p></div><section id=d><p id=e>three</p></section></body>",
  );
  assert.deepEqual(
    [...elements(body)].map((e) => e.attrs.id ?? e.tag),
    ["body", "a", "b", "c", "d", "e"],
  );
  assert.equal(firstTag(body, "p")?.attrs.id, "b");
  assert.equal(firstTag(body, "table"), null);
});

test("an element's text joins its descendants' text as written, line breaks kept", () => {
  const { body } = parseTree("<body><p>Tide <i>high</i> at noon<br>Ferry at <b>two</b></p></body>");
  assert.equal(textOf(body), "Tide high at noon\nFerry at two");
});

test("an element's names are its class and id, read at parse time; one space when it has neither", () => {
  const { body } = parseTree(
    '<body><div class="card wide" id="lead"><p class="note">x</p><span id="k">y</span><b>z</b></div></body>',
  );
  assert.deepEqual(
    [...elements(body)].map((e) => namesOf(e)),
    [" ", "card wide lead", "note ", " k", " "],
  );
});

test("script and style content stays out of the tree; JSON-LD is kept aside", () => {
  const tree = parseTree(
    '<head><script type="application/ld+json">{"a":1}</script><style>p{}</style></head><body><p>Pier</p><script>x()</script></body>',
  );
  assert.deepEqual(tree.ldJson, ['{"a":1}']);
  assert.equal(textOf(tree.body), "Pier");
});

test("JSON state scripts are kept aside, other scripts not, each cut at its cap", () => {
  const tree = parseTree(
    '<head><script id="__NEXT_DATA__" type="application/json">{"b":2}</script><script type="application/json">{"c":3}</script>' +
      '<script>var d = {"e":4};</script><script type="application/ld+json">{"a":1}</script></head><body><p>Quay</p></body>',
  );
  assert.deepEqual(tree.stateJson, ['{"b":2}', '{"c":3}']);
  assert.deepEqual(tree.ldJson, ['{"a":1}']);
  assert.equal(textOf(tree.body), "Quay");
  const big = parseTree(`<script type="application/json">"${"x".repeat(MAX_STATE_CHARS + 50)}"</script>`);
  assert.equal(big.stateJson[0]!.length, MAX_STATE_CHARS);
});

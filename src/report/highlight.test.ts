import { test } from "node:test";
import assert from "node:assert/strict";
import { highlight, type Mark } from "./highlight.js";

/** Checks that every opened span is closed in order, and returns the tag count. */
function assertBalanced(html: string): number {
  let depth = 0;
  let opened = 0;
  for (const m of html.matchAll(/<(\/?)span\b[^>]*>/g)) {
    depth += m[1] ? -1 : 1;
    if (!m[1]) opened++;
    assert.ok(depth >= 0, "closing tag without an open span");
  }
  assert.equal(depth, 0, "unclosed span");
  return opened;
}

const stripTags = (html: string) =>
  html
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

const mark = (start: number, end: number, cls: string, layer = 0, extra: Partial<Mark> = {}): Mark => ({
  start,
  end,
  cls,
  layer,
  ...extra,
});

test("crossing spans are split at every boundary and stay balanced", () => {
  const text = "The envoy from Lindby said talks had failed.";
  // quote [15,44) crosses entity [4,21) and contains trigger [27,32) and entity [15,21)
  const html = highlight(text, [mark(4, 21, "a"), mark(15, 44, "q"), mark(27, 32, "ev"), mark(15, 21, "b")]);
  assertBalanced(html);
  assert.equal(stripTags(html), text);
  // "Lindby" lies in a, q and b: the wider span opens first, the inner entity last.
  assert.match(html, /<span class="a"><span class="q"><span class="b">Lindby<\/span><\/span><\/span>/);
  assert.match(html, /<span class="q"><span class="ev">talks<\/span><\/span>/);
});

test("identical spans nest by layer and an id goes on the first piece only", () => {
  const text = "Rebels shelled the depot.";
  const html = highlight(text, [mark(0, 14, "ent", 3), mark(7, 14, "ev", 2, { id: "m1" }), mark(7, 14, "q", 1)]);
  assertBalanced(html);
  assert.match(html, /<span class="ent"><span class="q"><span class="ev" id="m1">shelled/);
  assert.equal(html.match(/id="m1"/g)?.length, 1);
});

test("text and tooltips are escaped; bad offsets are clamped or dropped", () => {
  const text = 'A <script>alert("x")</script> & more';
  const html = highlight(text, [
    mark(2, 10, "x", 0, { tip: 'say "<hi>"' }),
    mark(30, 999, "tail"),
    mark(5, 5, "empty"),
    mark(9, 3, "backwards"),
  ]);
  assert.ok(!html.includes("<script>"));
  assert.ok(html.includes("&lt;script&gt;"));
  assert.ok(html.includes('data-tip="say &quot;&lt;hi&gt;&quot;"'));
  assert.ok(!html.includes("empty") && !html.includes("backwards"));
  assert.equal(assertBalanced(html), 2);
  assert.equal(stripTags(html), text);
});

test("text without marks comes back escaped and whole", () => {
  assert.equal(highlight("a < b", []), "a &lt; b");
  assert.equal(highlight("", [mark(0, 3, "x")]), "");
});

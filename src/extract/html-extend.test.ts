import { test } from "node:test";
import assert from "node:assert/strict";
import { newArticle } from "../model/article.js";
import type { Article } from "../model/schema.js";
import type { StageContext } from "../pipeline/stage.js";
import { block } from "./block.js";
import { extendBody, goodRuns } from "./html-extend.js";
import { parseTree, textOf } from "./html-tree.js";
import { extractStage } from "./stage.js";

const run = (body: string): Article =>
  extractStage.run(newArticle("h", {}, { format: "html", body }), {} as StageContext);
const prose = (topic: string) =>
  `The harbour council of Orvik met on Tuesday to discuss ${topic}, and the members agreed that the matter needed more time. `.repeat(
    2,
  );

test("the container widens to good paragraphs beside it and stops at a link list", () => {
  const blocks = [
    block(prose("the ferry"), "p"),
    block("Read more: ferry news", "p", { linkChars: 21 }),
    block(prose("the lighthouse"), "p"),
    block("Photo gallery", "heading"),
    block(prose("the fish market"), "p"),
    block(prose("the new pier"), "p"),
    block("Share", "p"),
    block("More stories from the harbour and the coast this week:", "p"),
  ];
  const got = extendBody({ blocks, inside: [false, false, true, false, false, false, false, false] });
  assert.deepEqual(
    got.map((b) => b.text.slice(48, 70)),
    [prose("the lighthouse"), "Photo gallery", prose("the fish market"), prose("the new pier")].map((t) =>
      t.slice(48, 70),
    ),
    "the link list before stops the widening; the short label at the end goes",
  );
  assert.deepEqual(extendBody({ blocks, inside: blocks.map(() => false) }), []);
});

test("without a container, good paragraphs and the short lines between them are kept", () => {
  const blocks = [
    block("Menu", "p"),
    block(prose("the ferry"), "p"),
    block("A subheading", "heading"),
    block(prose("the pier"), "p"),
    block("Imprint", "p"),
  ];
  assert.deepEqual(
    goodRuns(blocks).map((b) => b.kind),
    ["p", "heading", "p"],
  );
});

test("a page that never closes its head still has a body", () => {
  const tree = parseTree(`<html><head><title>T</title><div class="text"><p>${prose("tides")}</p></div></html>`);
  assert.ok(textOf(tree.body).includes("tides"));
  const a = run(`<html><head><title>T</title><div class="text"><p>${prose("tides")}</p></div></html>`);
  assert.ok(a.text.includes("tides"), a.text);
});

test("a page form without paragraphs wraps the body and is not furniture", () => {
  const text = prose("the dunes").replace(/\. /g, ".<br><br>");
  const a = run(`<html><body><nav><a href="/">Home</a></nav><form id="page"><div>${text}</div></form></body></html>`);
  assert.ok(a.text.includes("dunes"), a.text);
});

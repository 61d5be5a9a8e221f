import { test } from "node:test";
import assert from "node:assert/strict";
import { newArticle } from "../model/article.js";
import type { Article } from "../model/schema.js";
import type { StageContext } from "../pipeline/stage.js";
import { block } from "./block.js";
import { extendBody } from "./html-extend.js";
import { bodyBlocks, PASSES } from "./html-blocks.js";
import { findBodyRoots, Pass, trimLen } from "./html-body.js";
import { parseTree } from "./html-tree.js";
import { extractStage } from "./stage.js";

const run = (body: string): Article =>
  extractStage.run(newArticle("h", {}, { format: "html", body }), {} as StageContext);
const prose = (topic: string) =>
  `The harbour council of Orvik met on Tuesday to discuss ${topic}, and the members agreed that the matter needed more time. `.repeat(
    2,
  );
const page = (inner: string) =>
  `<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>${inner}</body></html>`;

test("an article's own header keeps its standfirst but not its date and section labels", () => {
  const a = run(
    page(
      `<article><header class="entry-header"><a href="/s">Harbour</a><p>12.03.2024, 09:15</p>` +
        `<p>The ferry to the outer islands will run twice a day from May, after the council found money for a second crew.</p></header>` +
        `<p>${prose("the ferry timetable")}</p><p>${prose("the crew")}</p></article>`,
    ),
  );
  assert.ok(a.text.includes("twice a day from May"), a.text);
  assert.ok(!a.text.includes("09:15"), a.text);
  const menu = run(
    page(
      `<header class="site-header"><a href="/a">Ferries</a> <a href="/b">Harbour</a> <a href="/c">Weather</a></header>` +
        `<article><p>${prose("the ferry timetable")}</p></article>`,
    ),
  );
  assert.ok(!menu.text.includes("Ferries"), menu.text);
});

test("a blog post container named with its tags is the post, not a tag list", () => {
  const a = run(
    page(
      `<div class="post-12 post type-post hentry tag-harbour category-news"><div class="entry-content">` +
        `<p>${prose("the pier lights")}</p><p>${prose("the night ferry")}</p></div></div>` +
        `<div class="sidebar"><p>${prose("an older story")}</p></div>`,
    ),
  );
  assert.ok(a.text.includes("pier lights"), a.text);
  assert.ok(!a.text.includes("older story"), a.text);
});

test("the schema.org article body wins over a bigger main area of reader comments", () => {
  const comments = Array.from(
    { length: 6 },
    (_, i) => `<div class="note"><p>${prose(`reader view ${i}`)}</p></div>`,
  ).join("");
  const tree = parseTree(
    page(
      `<span role="main"><article itemprop="articleBody"><p>${prose("the harbour budget")}</p></article></span>` +
        `<span role="main"><div class="notes">${comments}</div></span>`,
    ),
  );
  const roots = findBodyRoots(new Pass(tree.body, PASSES[0]!));
  assert.deepEqual(
    roots.map((r) => r.attrs.itemprop ?? r.kids.some((k) => typeof k !== "string" && k.attrs.itemprop)),
    [true],
  );
});

test("comment sections named in other languages are furniture", () => {
  const tree = parseTree(
    page(
      `<div class="text"><p>${prose("the dredging")}</p><p>${prose("the silt")}</p><p>${prose("the channel")}</p></div>` +
        `<div class="kommentare"><p>${prose("a reader's complaint")}</p></div>`,
    ),
  );
  const pass = new Pass(tree.body, PASSES[0]!);
  const dead = [...pass.dead].map((e) => e.attrs.class);
  assert.ok(dead.includes("kommentare"), JSON.stringify(dead));
  assert.ok(!dead.includes("text"), JSON.stringify(dead));
});

test("a teaser wrapped in one link counts as link text", () => {
  const tree = parseTree(
    `<html><body><div><a href="/other"><h3>Another harbour story worth reading today</h3></a><p>${prose("x")}</p></div></body></html>`,
  );
  const blocks = bodyBlocks(tree.body, PASSES[2]!);
  const heading = blocks.find((b) => b.kind === "heading");
  assert.ok(heading && heading.linkChars === heading.text.length, JSON.stringify(blocks));
});

test("an article split into one box per paragraph is read whole", () => {
  const box = (t: string) =>
    `<div class="box"><div class="inner"><div class="txt"><p>${prose(t)}</p></div></div></div>`;
  const a = run(
    page(
      `<div class="wrap">${box("the first pier")}${box("the second pier")}${box("the third pier")}${box("the fourth pier")}</div>`,
    ),
  );
  for (const t of ["first pier", "second pier", "third pier", "fourth pier"]) assert.ok(a.text.includes(t), t);
});

test("widening takes a long standfirst set as a heading and steps over short linked toggles", () => {
  const blocks = [
    block(
      "The council agreed on Tuesday to rebuild the old pier, and the work is to start before the summer season.",
      "heading",
    ),
    block(prose("the pier"), "p"),
    block("Costs", "p", { linkChars: 5 }),
    block(prose("the costs"), "p"),
    block("A much longer linked teaser headline here", "p", { linkChars: 41 }),
    block(prose("another story"), "p"),
  ];
  const got = extendBody({ blocks, inside: [false, true, false, false, false, false] });
  assert.deepEqual(
    got.map((b) => b.text.slice(0, 20)),
    blocks.slice(0, 4).map((b) => b.text.slice(0, 20)),
  );
});

test("prose after the article's text box, from outside it, is the template's", () => {
  const a = run(
    page(
      `<article><div class="text"><p>${prose("the pier")}</p><p>${prose("the slipway")}</p><p>${prose("the lighthouse")}</p>` +
        `<p>${prose("the ferry")}</p></div>` +
        `<div class="box"><p>Our weekly magazine has told the stories of the coast since 1950, and you can read it on paper or in our app every Friday.</p></div></article>`,
    ),
  );
  assert.ok(a.text.includes("the ferry"), a.text);
  assert.ok(!a.text.includes("weekly magazine"), a.text);
});

test("trimLen counts each run of white space as one character", () => {
  const byPattern = (s: string) => s.replace(/\s{2,}/g, " ").length;
  for (const s of ["", " ", "  a  ", "Harbour\n\t\tnews", "a\u00a0 \u3000b", "x\u200by"])
    assert.equal(trimLen(s), byPattern(s), JSON.stringify(s));
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    assert.equal(trimLen(`${ch}${ch} a${ch} ${ch}`), byPattern(`${ch}${ch} a${ch} ${ch}`), c.toString(16));
  }
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { renderReport } from "./render-html.js";
import { escapeHtml } from "./escape.js";
import { sampleCorpus } from "./sample-corpus.js";

const corpus = sampleCorpus();
const html = renderReport(corpus, { title: "Test <report>", generated: "2026-03-05" });

test("the report is one self-contained page", () => {
  assert.match(html, /^<!DOCTYPE html>/);
  assert.ok(!/<(link|img|script)[^>]+(src|href)=/i.test(html), "no external assets");
  assert.equal(html.match(/<script>/g)?.length, 1);
  assert.ok(html.includes("<title>Test &lt;report&gt;</title>"));
});

test("every story title and every story event appears", () => {
  for (const story of corpus.stories) {
    assert.ok(html.includes(escapeHtml(story.title)), story.title);
    for (const ev of story.events) assert.ok(html.includes(`data-event="${ev.id}"`), ev.id);
  }
  assert.ok(html.includes("undated"));
});

test("timeline events link to the trigger of their mention in the article", () => {
  const targets = new Set([...html.matchAll(/\bid="(m\d+-\d+)"/g)].map((m) => m[1]));
  const links = [...html.matchAll(/href="#(m\d+-\d+)"/g)].map((m) => m[1]);
  assert.ok(links.length >= corpus.stories.flatMap((s) => s.events).length);
  for (const l of links) assert.ok(targets.has(l), `dangling link #${l}`);
});

test("document text is escaped and the tags stay balanced", () => {
  assert.ok(!html.includes("<b>Security Council</b>"));
  assert.ok(html.includes("&lt;b&gt;"));
  assert.ok(html.includes("Rice tariff deal &amp; farmers&#39; &lt;protest&gt;"));
  const body = html.slice(html.indexOf("<body>"), html.indexOf("<script>"));
  for (const tag of ["span", "details", "section", "li", "ol", "ul", "div", "a"]) {
    const open = body.match(new RegExp(`<${tag}[\\s>]`, "g"))?.length ?? 0;
    const close = body.match(new RegExp(`</${tag}>`, "g"))?.length ?? 0;
    assert.equal(open, close, `<${tag}> balanced`);
  }
});

test("counts, outlets, quad colours and statuses are shown", () => {
  assert.match(html, /<b>3<\/b><span>articles<\/span>/);
  assert.match(html, /<b>6<\/b><span>events<\/span>/);
  assert.match(html, /class="tl-item quad-4"[^>]*data-event="se2"/);
  assert.match(html, /class="tl-item quad-1"[^>]*data-event="se4"/);
  assert.ok(html.includes("2 independent"));
  assert.ok(html.includes("sources disagree"));
  assert.ok(html.includes("Tue 3 Mar 2026"));
});

test("an empty corpus still renders", () => {
  const empty = renderReport({ version: 1, articles: [], stories: [] });
  assert.match(empty, /No stories/);
});

test("a story naming an article the corpus lacks does not break the page", () => {
  const c = sampleCorpus();
  c.stories[0]!.articles.push("gone");
  c.stories[0]!.events[0]!.mentions.push({ article: "gone", event: "e9" });
  const out = renderReport(c);
  assert.match(out, /gone \(not in this corpus\)/);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { parseTree } from "./html-tree.js";
import { readHtmlMeta } from "./html-meta.js";

const meta = (html: string) => readHtmlMeta(parseTree(html));

test("the title is the <h1> that shows the stated title; escaped entities are decoded", () => {
  assert.equal(
    meta(
      '<html><head><meta property="og:title" content="Tides rise in Orvik | Orvik Post"></head>' +
        "<body><h1>Orvik Post</h1><h1>Tides rise in Orvik</h1></body></html>",
    ).title,
    "Tides rise in Orvik",
  );
  assert.equal(
    meta(
      '<html><head><meta property="og:title" content="Mayor says &amp;#8220;no&amp;#8221; to the pier"></head></html>',
    ).title,
    "Mayor says “no” to the pier",
  );
});

test("a date given only by a generic WebPage object is not a publication date", () => {
  const ld = (type: string) =>
    `<html><head><script type="application/ld+json">{"@type":"${type}","datePublished":"2020-05-04"}</script></head><body><p>Opening hours of the Orvik library.</p></body></html>`;
  assert.equal(meta(ld("WebPage")).published, null);
  assert.equal(meta(ld("NewsArticle")).published?.slice(0, 10), "2020-05-04");
});

test("the server's clock in a page header is not the publication date", () => {
  const page = (line: string) =>
    `<html><body><div class="header-time">${line}</div><h1>Pier opens</h1><p>The new pier in Orvik opened.</p></body></html>`;
  assert.equal(meta(page("Current time: 14.10.2020, 12:18")).published, null);
  assert.equal(meta(page("Posted on 14.10.2020")).published?.slice(0, 10), "2020-10-14");
});

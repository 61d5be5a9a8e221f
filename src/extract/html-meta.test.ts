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

test("a kicker set inside the <h1> is left out of the title", () => {
  const title = (h1: string, stated = "") =>
    meta(`<html><head><title>${stated}</title></head><body><h1>${h1}</h1><p>Text.</p></body></html>`).title;
  assert.equal(
    title(
      '<span class="kicker">Harbour</span><span class="sr-only">:</span><span class="title">Tides rise in Orvik</span>',
    ),
    "Tides rise in Orvik",
  );
  assert.equal(title("<small>Orvik</small><br>Ferry returns after the storm"), "Ferry returns after the storm");
  assert.equal(
    title(
      '<a href="/x"><span class="roofline">Weather</span>Ferry returns after the storm</a>',
      "Ferry returns | Orvik Post",
    ),
    "Ferry returns after the storm",
  );
  assert.equal(title('<span class="visually-hidden">Headline:</span>Ferry returns'), "Ferry returns");
  assert.equal(title("The <em>Orvik</em> ferry returns"), "The Orvik ferry returns", "inline emphasis is no kicker");
});

test("a page whose body class mentions comments is not one comment section", () => {
  const page =
    '<html><head><meta property="og:title" content="Tides rise in Orvik - Orvik Post"></head>' +
    '<body class="single hidecomments"><article class="post category-kommentar"><h1>Tides rise in Orvik</h1>' +
    "<p>12. März 2021</p></article></body></html>";
  const m = meta(page);
  assert.equal(m.title, "Tides rise in Orvik");
  assert.equal(m.published, "2021-03-12");
});

test("the date line under the headline wins over the head's metadata", () => {
  const page = (line: string) =>
    '<html><head><meta property="article:published_time" content="2021-05-02T08:00:00+02:00"></head>' +
    `<body><h1>Ferry returns</h1><p class="meta">${line}</p><p>The ferry to Orvik runs again.</p></body></html>`;
  assert.equal(meta(page("Published 4 May 2021")).published, "2021-05-04");
  assert.equal(meta(page("Updated 6 May 2021")).published, "2021-05-02T08:00:00+02:00", "an update is not publication");
});

test("visible dates are read near the heading that shows the title, not the first <h1>", () => {
  const filler = Array.from({ length: 40 }, (_, i) => `<li>Menu entry ${i}</li>`).join("");
  const page =
    '<html><head><title>Ferry returns after the storm | Orvik Post</title></head><body><h1 class="aural">Navigation</h1>' +
    `<ul>${filler}</ul><h1>Ferry returns after the storm</h1><p>Datum 25.01.2022</p><p>Text.</p></body></html>`;
  assert.equal(meta(page).published, "2022-01-25");
});

test("date spans, retrieval dates and far-away dates are not publication dates", () => {
  const page = (line: string) => `<html><body><h1>Summer fair</h1><p>${line}</p><p>Stalls and music.</p></body></html>`;
  assert.equal(meta(page("9-23 Feb 2017 | Mon-Fri 9-16")).published, null);
  assert.equal(meta(page("Abgerufen am 09.11.2022")).published, null);
  const far = Array.from({ length: 40 }, (_, i) => `<p>Paragraph number ${i} of the page.</p>`).join("");
  assert.equal(
    meta(`<html><body><h1>Summer fair</h1>${far}<p>Kundenbewertung vom Juli</p><p>14.07.2020</p></body></html>`)
      .published,
    null,
  );
});

test("all-number slashed dates follow the page's other dates or its language", () => {
  const page = (lang: string, extra = "") =>
    `<html lang="${lang}"><body><h1>Ferry returns</h1><p>03/04/2022</p><p>The ferry runs again.${extra}</p></body></html>`;
  assert.equal(meta(page("de")).published, "2022-04-03");
  assert.equal(meta(page("en-US")).published, "2022-03-04");
  assert.equal(meta(page("en")).published, null);
  assert.equal(meta(page("en", "</p><p>Earlier notice: 25/03/2022")).published, "2022-04-03");
});

test("a UTC publication time takes the day of the page's locale", () => {
  const page = (locale: string) =>
    `<html lang="${locale}"><head><meta property="article:published_time" content="2021-11-04T23:30:00+00:00"></head>` +
    "<body><h1>Ferry returns</h1><p>The ferry runs again.</p></body></html>";
  assert.equal(meta(page("de-DE")).published, "2021-11-05T00:30:00+01:00");
  assert.equal(meta(page("en")).published, "2021-11-04T23:30:00Z");
});

test("far from the headline, only a line that says it gives the publication dates the page", () => {
  const filler = Array.from({ length: 40 }, (_, i) => `<p>Chapter ${i} of the episode.</p>`).join("");
  const page = (line: string) => `<html><body><h1>Episode 12: the harbour</h1>${filler}<p>${line}</p></body></html>`;
  assert.equal(meta(page("Veröffentlicht am 16.08.2019")).published, "2019-08-16");
  assert.equal(meta(page("16.08.2019")).published, null);
  assert.equal(meta(page("Created Aug 16, 2019")).published, null, "a group's creation is not a publication");
});

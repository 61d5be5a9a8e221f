import { test } from "node:test";
import assert from "node:assert/strict";
import { parseTree } from "./html-tree.js";
import { needsDigit, readHtmlMeta } from "./html-meta.js";

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

test("which not-published patterns can match only a text with a digit", () => {
  assert.equal(needsDigit("\\d{4}\\s*[-–]\\s*\\d{1,2}"), true);
  assert.equal(needsDigit("\\d\\.?\\s*(?:to|bis)\\s*\\d"), true);
  assert.equal(needsDigit("last post"), false);
  assert.equal(needsDigit("\\d?\\s*days ago"), false);
  assert.equal(needsDigit("\\d{0,2} replies"), false);
  assert.equal(needsDigit("\\d+ days|deadline"), false, "a pattern with its own word alternative");
  assert.equal(needsDigit("\\d [|] x"), true, "a bar inside a class is no alternative");
});

test("a line without a digit that names another moment keeps out of the lines under the heading", () => {
  // Five lines from the heading, the date line is in the header and beats the metadata's day;
  // "Last post" is not counted among them.
  const html = (lead: string) =>
    '<html><head><meta property="article:published_time" content="2020-10-10"></head><body><h1>Pier opens</h1>' +
    `<p>${lead}</p><p>by Ann Berg</p><p>Orvik desk</p><p>Port news</p><p>Harbour office</p>` +
    "<p>14.10.2020</p><p>The new pier in Orvik opened this week after two years of work.</p></body></html>";
  assert.equal(meta(html("Last post")).published, "2020-10-14");
  assert.equal(meta(html("Last words")).published, "2020-10-10");
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

test("a date inside a sentence under the headline does not beat the metadata; a short date line does", () => {
  const page = (line: string) =>
    '<html><head><meta property="article:published_time" content="2023-03-06T10:00:00+01:00"></head>' +
    `<body><h1>Road closed after a crash</h1><p>${line}</p><p>More text follows here.</p></body></html>`;
  const sentence = "On Sunday, 5 March 2023, shortly after nine in the evening, a van left the road near Orvik.";
  assert.equal(meta(page(sentence)).published, "2023-03-06T10:00:00+01:00");
  assert.equal(meta(page("By Ann Berg, 7 March 2023")).published, "2023-03-07");
});

test("a run of dates under the headline is a list of other posts: the metadata wins", () => {
  const list = ["2 January 2019", "14 November 2018", "3 October 2018", "9 August 2018"]
    .map((d, i) => `<li><a href="/p${i}">Other post number ${i}</a> <span>${d}</span></li>`)
    .join("");
  const page =
    '<html><head><meta property="article:published_time" content="2019-10-01"></head>' +
    `<body><h1>New running shoes tested</h1><ul>${list}</ul><p>The shoes were tested for a month.</p></body></html>`;
  assert.equal(meta(page).published, "2019-10-01");
});

test("an article's own <footer> holds its date line; the page's footer does not", () => {
  const inArticle =
    '<html><body><h1>Harvest report</h1><article><footer class="node__meta"><span class="post-created">28.01.22</span>' +
    "</footer><p>The harvest in the valley was good this year.</p></article></body></html>";
  assert.equal(meta(inArticle).published, "2022-01-28");
  const pageFooter =
    "<html><body><h1>Harvest report</h1><p>The harvest in the valley was good this year.</p>" +
    "<footer><p>28.01.2022</p></footer></body></html>";
  assert.equal(meta(pageFooter).published, null);
});

test("a date-classed element's date may sit in an attribute; RDFa properties are read", () => {
  const attr =
    '<html><body><h1>Grades and music</h1><span class="updated" title="2013-04-04T18:52:11+00:00"></span>' +
    '<abbr class="published" title="2013-04-02T09:00:00+00:00"></abbr><p>A long text about grades.</p></body></html>';
  assert.equal(meta(attr).published?.slice(0, 10), "2013-04-02");
  const rdfa =
    '<html><body><h1>Wine sales grow</h1><span property="schema:dateCreated" content="2022-01-28T12:45:46+00:00"></span>' +
    "<p>Sales grew by a tenth.</p></body></html>";
  assert.equal(meta(rdfa).published?.slice(0, 10), "2022-01-28");
});

test("an update-classed element's date is an update, not the publication", () => {
  const page =
    '<html><head><meta property="article:published_time" content="2022-12-30T07:00:00+01:00"></head>' +
    '<body><h1>Five trends for next year</h1><time class="updated" datetime="2022-12-29T15:00:00+01:00">29 December 2022</time>' +
    "<p>The first trend is remote work.</p></body></html>";
  assert.equal(meta(page).published, "2022-12-30T07:00:00+01:00");
  const micro =
    '<html><body><h1>Template notes</h1><time itemprop="dateModified">2018-08-29 14:15</time>' +
    '<time itemprop="datePublished" datetime="2018-06-22 10:20">2018-06-22 10:20</time><p>Notes on templates.</p></body></html>';
  assert.equal(meta(micro).published, "2018-06-22T10:20");
});

test("a dateline opening a long paragraph dates the page", () => {
  const body =
    "a memorial stone was laid in the old town for a doctor who had fled in the thirties, and " +
    "the city council read out her letters to the people who had gathered in the rain.";
  const page = (p: string) => `<html><body><h1>Memorial stone laid</h1><p>By Ann Berg</p><p>${p}</p></body></html>`;
  assert.equal(meta(page(`27.1.2022 - On the day of remembrance ${body}`)).published, "2022-01-27");
  assert.equal(meta(page(`Orvik, 27.1.2022 – On the day of remembrance ${body}`)).published, "2022-01-27");
  assert.equal(meta(page(`When she left on 27.1.1935, ${body}`)).published, null);
});

test("a date in a running sentence away from the header is not the page's date", () => {
  const filler = Array.from({ length: 10 }, (_, i) => `<p>Short note ${i} here.</p>`).join("");
  const page =
    `<html><body><h1>My letter campaign</h1>${filler}` +
    "<p>I started sending letters to all members of parliament on 12 May 2006 and asked them about it.</p></body></html>";
  assert.equal(meta(page).published, null);
  assert.equal(
    meta("<html><body><h1>Art show</h1><p>Exhibition from 9 to 23 February 2017</p><p>Pictures.</p></body></html>")
      .published,
    null,
  );
});

test("a JSON state script's publication key dates a page that states no date elsewhere", () => {
  const page = (state: string, head = "") =>
    `<html><head>${head}<script type="application/json" id="__NEXT_DATA__">${state}</script></head>` +
    "<body><h1>Ferry timetable changes</h1><p>The winter ferry leaves an hour later.</p></body></html>";
  // Publication keys before creation keys, a later change's never; the first in page order.
  assert.equal(
    meta(
      page(
        '{"post":{"updatedAt":"2021-06-01T10:00:00Z","createdAt":"2021-03-01","publishedAt":"2021-03-02T08:00:00Z"}}',
      ),
    ).published?.slice(0, 10),
    "2021-03-02",
  );
  assert.equal(meta(page('{"createdAt":"2020-11-09","updatedAt":"2021-01-01"}')).published?.slice(0, 10), "2020-11-09");
  assert.equal(
    meta(page('{"a":{"published_at":"2019-04-05"},"b":{"published_at":"2018-01-01"}}')).published?.slice(0, 10),
    "2019-04-05",
  );
  // A Unix time in milliseconds, and JSON escaped within a string.
  assert.equal(meta(page('{"datePublished":1577880000000}')).published?.slice(0, 10), "2020-01-01");
  assert.equal(meta(page('{"s":"{\\"publishDate\\":\\"2022-07-14\\"}"}')).published?.slice(0, 10), "2022-07-14");
  assert.equal(meta(page('{"updatedAt":"2021-06-01"}')).published, null);
  // Any date the page itself states comes first.
  assert.equal(
    meta(
      page('{"publishedAt":"2021-03-02"}', '<meta property="article:published_time" content="2021-05-05">'),
    ).published?.slice(0, 10),
    "2021-05-05",
  );
});

test("a plain script's JSON is not read for a date", () => {
  assert.equal(
    meta(
      '<html><head><script>var s = {"publishedAt":"2021-03-02"};</script></head><body><p>Ferry news.</p></body></html>',
    ).published,
    null,
  );
});

test("the header's date is the date line nearest under the heading, or just above it", () => {
  // A list of dated links follows the heading; its items are date-classed, the header's line is not.
  const links = [5, 4, 3]
    .map(
      (d) =>
        `<li><a href="/n${d}">Notice ${d}</a> <time datetime="2022-03-0${d}" class="date">0${d}.03.2022</time></li>`,
    )
    .join("");
  const page =
    "<html><body><h1>Harbour notices</h1>" +
    `<p>09.03.2022</p><ul>${links}</ul><p>The harbour office posts its notices here.</p></body></html>`;
  assert.equal(meta(page).published, "2022-03-09");
  const above =
    '<html><head><meta name="date" content="2022-03-20"></head><body><p>11.03.2022</p><p>Orvik desk</p>' +
    "<h1>Ferry returns</h1><p>The ferry to Orvik runs again after the storm.</p></body></html>";
  assert.equal(meta(above).published, "2022-03-11");
  // The line just above the heading is nearer than one five lines under it.
  const both =
    "<html><body><p>11.03.2022</p><h1>Ferry returns</h1><p>by Ann Berg</p><p>Orvik desk</p><p>Port news</p>" +
    "<p>Harbour office</p><p>Monday, March 14, 2022</p><p>The ferry to Orvik runs again after the storm.</p></body></html>";
  assert.equal(meta(both).published, "2022-03-11");
});

test("a slashed header date read in the wrong order gives way to the metadata's", () => {
  const page = (content: string) =>
    `<html lang="de"><head><meta property="article:published_time" content="${content}"></head>` +
    "<body><h1>Fähre fährt wieder</h1><p>11/01/2021</p><p>Die Fähre nach Orvik fährt wieder.</p></body></html>";
  // The German page writes the month first: the metadata tells which reading is meant.
  assert.equal(meta(page("2021-11-01T05:00:00+01:00")).published, "2021-11-01T05:00:00+01:00");
  assert.equal(meta(page("2021-01-03T05:00:00+01:00")).published, "2021-01-11");
});

test("an event's date and hours are not the page's date", () => {
  const page = (line: string) =>
    '<html><head><meta property="article:published_time" content="2020-01-07"></head>' +
    `<body><h1>Tasting evening</h1><p>${line}</p><p>Bring a glass.</p></body></html>`;
  assert.equal(meta(page("Termin: 21.02.2020, 19 Uhr")).published, "2020-01-07");
  assert.equal(meta(page("30. März 2020, 13:15 Uhr - 19:00 Uhr")).published, "2020-01-07");
  assert.equal(meta(page("Event date: 3 May 2021")).published, "2020-01-07");
  assert.equal(meta(page("30.03.2020, 13.15 Uhr – 19.00 Uhr")).published, "2020-01-07");
  assert.equal(meta(page("21.02.2020")).published, "2020-02-21");
  assert.equal(meta(page("Di 21.02.20 - 19:30")).published, "2020-02-21T19:30", "a date and a time is no span");
});

test("a page's last edit is its date when it states no other", () => {
  const page = (line: string) =>
    `<html><body><h1>Orvik club</h1><p>Meetings every first Tuesday.</p><div id="footer"><p>${line}</p></div></body></html>`;
  assert.equal(meta(page("This page was last edited on 4 May 2021, at 19:23.")).published, "2021-05-04T19:23");
  assert.equal(
    meta(page("Diese Seite wurde zuletzt am 4. Mai 2021 um 19:23 Uhr geändert.")).published?.slice(0, 10),
    "2021-05-04",
  );
  assert.equal(meta(page("Copyright 2021")).published, null);
});

test("a date among a list of dates is no page's date", () => {
  const items = ["27.02.2020", "26.02.2020", "19.02.2020", "17.02.2020"]
    .map((d, i) => `<li><p>${d}</p><p>Members' news number ${i}</p></li>`)
    .join("");
  const list = `<html><body><h1>About the cooperative</h1><ul>${items}</ul></body></html>`;
  assert.equal(meta(list).published, null);
  const one = "<html><body><h1>About the cooperative</h1><p>27.02.2020</p><p>Our members meet.</p></body></html>";
  assert.equal(meta(one).published, "2020-02-27");
});

test("publishing plugins' meta names for the publication time are read", () => {
  const page =
    '<html><head><meta name="shareaholic:article_published_time" content="2014-03-17T01:44:37+01:00"></head>' +
    "<body><h1>How it works</h1><p>Text.</p></body></html>";
  assert.equal(meta(page).published, "2014-03-17T01:44:37+01:00");
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { parseFeed, itemChunks, looksLikeFeed } from "./feed.js";
import { feedDate } from "./feed-date.js";
import type { Parsed } from "./parse-input.js";
import { encodeLegacy } from "./test-helpers.js";

const articles = (ps: Parsed[]) => ps.flatMap((p) => ("article" in p ? [p.article] : []));
const errors = (ps: Parsed[]) => ps.flatMap((p) => ("error" in p ? [p.error] : []));

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Velmar Harbour Gazette</title>
  <link>https://gazette.example/</link>
  <item>
    <title>Ferry service resumes</title>
    <link>https://gazette.example/2025/03/ferry</link>
    <pubDate>Tue, 04 Mar 2025 09:30:00 +0200</pubDate>
    <description>Short teaser.</description>
    <content:encoded><![CDATA[<p>The ferry to Orlo Island sailed again on Tuesday.</p><p>It had been idle </item> for weeks.</p>]]></content:encoded>
  </item>
  <item>
    <title>Broken <item</title>
    <link>https://gazette.example/broken
  <item>
    <title>Title only</title>
  </item>
  <item>
    <title>Market prices &amp; wages</title>
    <guid isPermaLink="true">https://gazette.example/2025/03/market</guid>
    <pubDate>5 Mar 25 14:00 EST</pubDate>
    <description>&lt;p&gt;Fish prices rose at the &lt;b&gt;harbour&lt;/b&gt; market.&lt;/p&gt;</description>
  </item>
</channel>
</rss>`;

test("each RSS item is an article with the feed's title, its link, date and body; broken items are named", () => {
  const got = parseFeed(Buffer.from(RSS), { path: "/feeds/gazette.rss" });
  const [ferry, market] = articles(got);
  assert.equal(articles(got).length, 2);
  assert.equal(ferry!.raw!.format, "html");
  assert.match(ferry!.raw!.body, /idle <\/item> for weeks/, "CDATA is kept whole");
  assert.deepEqual(ferry!.raw!.given, {
    title: "Ferry service resumes",
    url: "https://gazette.example/2025/03/ferry",
    published: "2025-03-04T09:30:00+02:00",
    outlet: "Velmar Harbour Gazette",
  });
  assert.deepEqual(ferry!.source, {
    path: "/feeds/gazette.rss",
    url: "https://gazette.example/2025/03/ferry",
    feed: "/feeds/gazette.rss",
    item: 1,
  });
  assert.equal(market!.raw!.given!.url, "https://gazette.example/2025/03/market", "a permalink guid is the link");
  assert.equal(market!.raw!.given!.published, "2025-03-05T14:00:00-05:00");
  assert.equal(market!.raw!.given!.title, "Market prices & wages");
  assert.match(market!.raw!.body, /^<p>Fish prices rose/);
  assert.equal(market!.source.item, 4);
  assert.deepEqual(
    errors(got).map((e) => [e.path, e.message]),
    [
      ["/feeds/gazette.rss", "item 2: not closed (no </item>)"],
      ["/feeds/gazette.rss", 'item 3: no content, only a title ("Title only")'],
    ],
  );
});

test("Atom entries: html, xhtml and text content, the alternate link, published before updated", () => {
  const atom = `<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Orlo Wire</title>
<link rel="self" href="https://wire.example/feed.atom"/>
<entry><title>Bridge opens</title><link rel="alternate" href="https://wire.example/bridge"/>
<published>2025-03-04T08:00:00Z</published><updated>2025-03-05T10:00:00Z</updated>
<content type="html">&lt;p&gt;The bridge opened.&lt;/p&gt;</content></entry>
<entry><title>Mayor speaks</title><link href="https://wire.example/mayor"/><updated>2025-03-06</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The mayor <em>spoke</em>.</p></div></content></entry>
<entry><title>Plain</title><link href="https://wire.example/plain"/><summary>Rain is expected in Orlo.</summary></entry>
</feed>`;
  assert.ok(looksLikeFeed(atom));
  const got = articles(parseFeed(Buffer.from(atom), { url: "https://wire.example/feed.atom" }));
  assert.deepEqual(
    got.map((a) => [a.raw!.format, a.raw!.body, a.raw!.given!.url, a.raw!.given!.published]),
    [
      ["html", "<p>The bridge opened.</p>", "https://wire.example/bridge", "2025-03-04T08:00:00Z"],
      ["html", "<p>The mayor <em>spoke</em>.</p>", "https://wire.example/mayor", "2025-03-06"],
      ["text", "Rain is expected in Orlo.", "https://wire.example/plain", undefined],
    ],
  );
  assert.equal(got[0]!.raw!.given!.outlet, "Orlo Wire");
  assert.equal(got[0]!.source.feed, "https://wire.example/feed.atom");
});

test("a feed in a legacy encoding, malformed XML and non-feeds do not crash", () => {
  const ru = encodeLegacy(
    '<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>Вести Севера</title>' +
      "<item><title>Мост</title><description>Мост открыт.</description></item></channel></rss>",
    "windows-1251",
  );
  const [a] = articles(parseFeed(ru, { path: "ru.xml" }));
  assert.equal(a!.raw!.body, "Мост открыт.");
  assert.equal(a!.raw!.given!.outlet, "Вести Севера");

  for (const junk of ["<rss><<<&&&", "<rss><channel><item>", "<feed><entry><content type='xhtml'><div>"]) {
    const got = parseFeed(Buffer.from(junk), { path: "junk.xml" });
    assert.equal(articles(got).length, 0);
    assert.ok(errors(got).length >= 1, junk);
  }
  assert.deepEqual(errors(parseFeed(Buffer.from("<?xml version='1.0'?><urlset/>"), { path: "s.xml" })), [
    { path: "s.xml", message: "XML, but not an RSS or Atom feed" },
  ]);
  assert.equal(itemChunks("<item>a</item><item>b", "item").length, 2);
});

test("feed dates become ISO 8601 with their zone", () => {
  const cases: [string, string | null][] = [
    ["Tue, 04 Mar 2025 09:30:00 GMT", "2025-03-04T09:30:00Z"],
    ["Tue, 4 Mar 2025 09:30 +0530", "2025-03-04T09:30:00+05:30"],
    ["04 March 2025 23:05:10 PDT", "2025-03-04T23:05:10-07:00"],
    ["Mon, 03 Mar 97 12:00:00 XYZ", "1997-03-03T12:00:00"],
    ["4 Mar 2025", "2025-03-04"],
    ["2025-03-04T09:30:00.000+02:00", "2025-03-04T09:30:00+02:00"],
    ["2025-03-04 09:30", "2025-03-04T09:30:00"],
    ["31 Feb 2025 10:00 GMT", null],
    ["yesterday", null],
  ];
  for (const [input, want] of cases) assert.equal(feedDate(input), want, input);
});

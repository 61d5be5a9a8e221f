import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, mkdirSync, symlinkSync, truncateSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { MAX_FILE_BYTES, readInputs } from "./read-inputs.js";
import { encodeLegacy } from "./test-helpers.js";
import type { Parsed } from "./parse-input.js";

async function collect(inputs: string[], stdin?: Readable): Promise<Parsed[]> {
  const out: Parsed[] = [];
  for await (const p of readInputs(inputs, stdin)) out.push(p);
  return out;
}
const errors = (ps: Parsed[]) => ps.flatMap((p) => ("error" in p ? [p.error] : []));
const articles = (ps: Parsed[]) => ps.flatMap((p) => ("article" in p ? [p.article] : []));

function tempTree(): string {
  const dir = mkdtempSync(join(tmpdir(), "storyline-ingest-"));
  writeFileSync(join(dir, "one.txt"), "Harbour reopens\n\nThe port of Velmar reopened on Friday.");
  writeFileSync(join(dir, "page.html"), "<html><head><title>T</title></head><body><p>Hello there.</p></body></html>");
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "blob.txt"), Buffer.from([0x89, 0x50, 0x00, 0x01, 0x02]));
  writeFileSync(join(dir, "latin1.txt"), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]));
  writeFileSync(join(dir, "notes.pdf"), "ignored in a directory walk");
  writeFileSync(
    join(dir, "feed.jsonl"),
    [
      '{"id":"r1","text":"First record.","published":"2024-05-02"}',
      "{not json",
      '{"id":"r3","html":"<p>Third.</p>"}',
      '{"id":"r4"}',
    ].join("\n"),
  );
  mkdirSync(join(dir, "sub"));
  writeFileSync(join(dir, "sub", "two.md"), "# Second\n\nAnother text.");
  return dir;
}

test("a directory is read recursively and every bad file is named with its problem", async () => {
  const dir = tempTree();
  const got = await collect([dir]);
  const byPath = Object.fromEntries(
    errors(got).map((e) => [e.path.replace(dir, "") + (e.line ? `:${e.line}` : ""), e.message]),
  );
  assert.deepEqual(byPath, {
    "/blob.txt": "binary file (contains NUL bytes)",
    "/empty.txt": "empty file",
    "/feed.jsonl:2": byPath["/feed.jsonl:2"],
    "/feed.jsonl:4": 'a record needs a "text" or "html" string',
  });
  assert.match(byPath["/feed.jsonl:2"]!, /^invalid JSON/);
  const ids = articles(got).map((a) => a.id);
  assert.ok(ids.includes("r1") && ids.includes("r3"));
  assert.equal(articles(got).length, 6, "one.txt, latin1.txt, page.html, sub/two.md and two records");
  const latin1 = articles(got).find((a) => a.source.path?.endsWith("latin1.txt"))!;
  assert.equal(latin1.raw?.body, "Café ok", "a Latin-1 scrape is read, not refused");
  assert.deepEqual(latin1.issues, [
    {
      code: "charset-guessed",
      stage: "ingest",
      message: "not valid UTF-8 and no charset declared: decoded as windows-1252",
    },
  ]);
  const r1 = articles(got).find((a) => a.id === "r1")!;
  assert.equal(r1.raw?.given?.published, "2024-05-02");
  assert.equal(articles(got).find((a) => a.id === "r3")!.raw?.format, "html");
});

test("the same bytes get the same id wherever they come from", async () => {
  const dir = tempTree();
  writeFileSync(join(dir, "copy.txt"), "Harbour reopens\n\nThe port of Velmar reopened on Friday.");
  const got = articles(await collect([join(dir, "one.txt"), join(dir, "copy.txt")]));
  assert.equal(got.length, 2);
  assert.equal(got[0]!.id, got[1]!.id);
});

test("globs the shell left alone are expanded, and a pattern matching nothing is an error", async () => {
  const dir = tempTree();
  const got = await collect([join(dir, "**/*.md"), join(dir, "*.nothing")]);
  assert.deepEqual(
    articles(got).map((a) => a.source.path),
    [join(dir, "sub", "two.md")],
  );
  assert.equal(errors(got)[0]?.message, "no file matches this pattern");
});

test("missing inputs and unreadable files in a directory are errors, and the walk goes on", async () => {
  const dir = tempTree();
  // A dangling link cannot be read by anyone (file permissions would not stop root, which CI runs as).
  symlinkSync(join(dir, "gone.txt"), join(dir, "sub", "dangling.txt"));
  const got = await collect([join(dir, "absent.txt"), join(dir, "sub")]);
  assert.deepEqual(
    errors(got).map((e) => [e.path.replace(dir, ""), e.message]),
    [
      ["/absent.txt", "no such file or directory"],
      ["/sub/dangling.txt", "no such file or directory"],
    ],
  );
  assert.deepEqual(
    articles(got).map((a) => a.source.path),
    [join(dir, "sub", "two.md")],
  );
});

test("standard input is read as JSON Lines or as one text", async () => {
  const jsonl = await collect(["-"], Readable.from(['{"id":"a","text":"One."}\n{"id":"b","te', 'xt":"Two."}\n']));
  assert.deepEqual(
    articles(jsonl).map((a) => a.id),
    ["a", "b"],
  );
  const text = await collect(["-"], Readable.from(["Just a plain story about a bridge."]));
  assert.equal(articles(text)[0]?.raw?.body, "Just a plain story about a bridge.");
});

test("an HTML page in a declared legacy charset is decoded with it", async () => {
  const dir = mkdtempSync(join(tmpdir(), "storyline-charset-"));
  const head = Buffer.from('<html><head><meta charset="windows-1251"></head><body><p>');
  const body = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]); // "Привет" in windows-1251
  writeFileSync(join(dir, "ru.html"), Buffer.concat([head, body, Buffer.from("</p></body></html>")]));
  const got = articles(await collect([join(dir, "ru.html")]));
  assert.match(got[0]!.raw!.body, /Привет/);
});

test("feeds, legacy-encoded texts, oversized files and compressed bombs, by extension or by their first bytes", async () => {
  const dir = mkdtempSync(join(tmpdir(), "storyline-kinds-"));
  const rss =
    '<?xml version="1.0"?><rss><channel><title>Orlo Post</title><item><title>A</title><description>Rain fell.</description></item></channel></rss>';
  writeFileSync(join(dir, "news.rss"), rss);
  writeFileSync(join(dir, "feed-without-extension"), rss);
  writeFileSync(join(dir, "sitemap.xml"), '<?xml version="1.0"?><urlset><url/></urlset>');
  writeFileSync(
    join(dir, "ru.txt"),
    encodeLegacy("Мэр города объявил, что новый мост откроют весной.", "windows-1251"),
  );
  writeFileSync(join(dir, "huge.txt"), "");
  truncateSync(join(dir, "huge.txt"), MAX_FILE_BYTES + 1); // sparse: nothing is written
  writeFileSync(join(dir, "bomb.html.gz"), gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20)));
  const walk = await collect([dir]);
  assert.deepEqual(
    errors(walk).map((e) => [e.path.replace(dir, ""), e.message]),
    [
      ["/bomb.html.gz", errors(walk)[0]!.message],
      ["/huge.txt", `file too large (${MAX_FILE_BYTES + 1} bytes; limit ${MAX_FILE_BYTES})`],
    ],
    "a sitemap in a directory is passed over quietly",
  );
  assert.match(errors(walk)[0]!.message, /expands more than 100×|decompresses to more than/);
  const ru = articles(walk).find((a) => a.source.path?.endsWith("ru.txt"))!;
  assert.match(ru.raw!.body, /новый мост/);
  assert.match(ru.issues[0]!.message, /decoded as windows-1251/);
  const feed = articles(walk).find((a) => a.source.feed?.endsWith("news.rss"))!;
  assert.equal(feed.raw!.given!.outlet, "Orlo Post");

  const explicit = await collect([join(dir, "sitemap.xml"), join(dir, "feed-without-extension")]);
  assert.deepEqual(errors(explicit), [{ path: join(dir, "sitemap.xml"), message: "XML, but not an RSS or Atom feed" }]);
  assert.equal(articles(explicit)[0]!.source.item, 1, "a feed is recognised by its first bytes");

  const zipped = await collect(["-"], Readable.from([gzipSync(Buffer.from('{"id":"s1","text":"Piped."}\n'))]));
  assert.equal(articles(zipped)[0]!.id, "s1", "standard input may be gzipped");
});

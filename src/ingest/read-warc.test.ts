import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import type { Parsed } from "./parse-input.js";
import { readInputs } from "./read-inputs.js";
import { readWarc } from "./read-warc.js";
import { encodeLegacy } from "./test-helpers.js";

const articles = (ps: Parsed[]) => ps.flatMap((p) => ("article" in p ? [p.article] : []));
const errors = (ps: Parsed[]) => ps.flatMap((p) => ("error" in p ? [p.error] : []));

/** One WARC record with the given type, headers and block. */
function record(type: string, block: Buffer | string, uri = "https://news.example/x", extra = ""): Buffer {
  const b = Buffer.isBuffer(block) ? block : Buffer.from(block);
  const ct = type === "response" ? "application/http; msgtype=response" : "application/warc-fields";
  const head =
    `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: 2025-03-04T10:00:00Z\r\n` +
    `Content-Type: ${ct}\r\n${extra}Content-Length: ${b.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), b, Buffer.from("\r\n\r\n")]);
}

function http(status: string, headers: string, body: Buffer | string): Buffer {
  return Buffer.concat([
    Buffer.from(`HTTP/1.1 ${status}\r\n${headers}\r\n`),
    Buffer.isBuffer(body) ? body : Buffer.from(body),
  ]);
}

const PAGE = "<html><head><title>Ferry resumes</title></head><body><p>The Orlo ferry sailed again.</p></body></html>";

function chunked(s: string): Buffer {
  const b = Buffer.from(s);
  const half = Math.floor(b.length / 2);
  return Buffer.concat([
    Buffer.from(`${half.toString(16)}\r\n`),
    b.subarray(0, half),
    Buffer.from(`\r\n${(b.length - half).toString(16)};ext=1\r\n`),
    b.subarray(half),
    Buffer.from("\r\n0\r\n\r\n"),
  ]);
}

function sampleWarc(): Buffer[] {
  const ru = encodeLegacy("<html><body><p>Паром снова ходит на остров.</p></body></html>", "windows-1251");
  return [
    record("warcinfo", "software: test\r\n"),
    record("request", "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n", "https://news.example/a"),
    record("response", http("200 OK", "Content-Type: text/html; charset=utf-8\r\n", PAGE), "https://news.example/a"),
    record("metadata", "fetchTimeMs: 12\r\n", "https://news.example/a"),
    record(
      "response",
      http("200 OK", "Content-Type: text/html; charset=windows-1251\r\n", ru),
      "https://news.example/ru",
    ),
    record(
      "response",
      http(
        "200 OK",
        "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n",
        chunked("x"),
      ).subarray(0, 0),
      "https://news.example/empty",
    ),
    record(
      "response",
      http(
        "200 OK",
        "Content-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n",
        chunkedBytes(gzipSync(Buffer.from(PAGE.replace("Orlo", "Velmar")))),
      ),
      "<https://news.example/gz>",
    ),
    record("response", http("404 Not Found", "Content-Type: text/html\r\n", "<p>gone</p>"), "https://news.example/404"),
    record(
      "response",
      http("200 OK", "Content-Type: image/png\r\n", Buffer.from([0x89, 0x50, 0x4e, 0x47])),
      "https://news.example/p.png",
    ),
    record("response", http("301 Moved", "Location: /a\r\n", ""), "https://news.example/old"),
  ];
}

function chunkedBytes(b: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${b.length.toString(16)}\r\n`), b, Buffer.from("\r\n0\r\n\r\n")]);
}

async function collect(chunks: Buffer[], path = "crawl.warc"): Promise<Parsed[]> {
  const out: Parsed[] = [];
  // Small chunks, so record boundaries fall inside them.
  const whole = Buffer.concat(chunks);
  const pieces: Buffer[] = [];
  for (let i = 0; i < whole.length; i += 37) pieces.push(whole.subarray(i, i + 37));
  for await (const p of readWarc(Readable.from(pieces), path)) out.push(p);
  return out;
}

test("each HTTP 200 HTML response is an article; requests, metadata, 404s, images and redirects are passed over", async () => {
  const recs = sampleWarc();
  const got = await collect(recs);
  const arts = articles(got);
  assert.deepEqual(
    arts.map((a) => a.source.url),
    ["https://news.example/a", "https://news.example/ru", "https://news.example/gz"],
  );
  assert.equal(arts[0]!.raw!.format, "html");
  assert.equal(arts[0]!.raw!.body, PAGE);
  assert.match(arts[1]!.raw!.body, /Паром снова ходит/, "the HTTP charset is respected");
  assert.match(arts[2]!.raw!.body, /The Velmar ferry/, "chunked and gzipped bodies are decoded");
  const offsetOf = (i: number) => recs.slice(0, i).reduce((n, r) => n + r.length, 0);
  assert.deepEqual(arts[0]!.source, { path: "crawl.warc", url: "https://news.example/a", record: offsetOf(2) });
  assert.deepEqual(
    errors(got).map((e) => e.message),
    [`record at offset ${offsetOf(5)}: HTTP response without the end of its headers`],
  );
});

test("a corrupt record is named by its offset and the reader resyncs at the next record", async () => {
  const good = (n: number) =>
    record(
      "response",
      http("200 OK", "Content-Type: text/html\r\n", `<p>Story ${n} about the harbour.</p>`),
      `https://n.example/${n}`,
    );
  const tooLong = Buffer.from(
    good(2)
      .toString("latin1")
      .replace(/Content-Length: \d+/, "Content-Length: 400"),
    "latin1",
  );
  const badLength = Buffer.from(
    good(4)
      .toString("latin1")
      .replace(/Content-Length: \d+/, "Content-Length: many"),
    "latin1",
  );
  const last = good(6);
  const parts = [
    good(1),
    tooLong,
    good(3),
    Buffer.from("garbage line\r\nmore garbage\r\n"),
    badLength,
    good(5),
    last.subarray(0, last.length - 20),
  ];
  const got = await collect(parts);
  assert.deepEqual(
    articles(got).map((a) => a.source.url),
    ["https://n.example/1", "https://n.example/3", "https://n.example/5"],
  );
  const off = (i: number) => parts.slice(0, i).reduce((n, r) => n + r.length, 0);
  assert.deepEqual(
    errors(got).map((e) => e.message),
    [
      `record at offset ${off(1)}: corrupt WARC record (its Content-Length does not end at the record's end)`,
      `record at offset ${off(3)}: corrupt WARC record (no "WARC/1.x" line; found "garbage line")`,
      `record at offset ${off(4)}: corrupt WARC record (Content-Length "many")`,
      `record at offset ${off(6)}: truncated WARC record (${last.length - 20 - (last.indexOf("\r\n\r\n") + 4)} of ${last.length - 4 - (last.indexOf("\r\n\r\n") + 4)} bytes before the end of the file)`,
    ],
  );
});

test("WARC.gz with one member per record, a truncated .gz, a gzip bomb and gzipped pages are read or refused by name", async () => {
  const dir = mkdtempSync(join(tmpdir(), "storyline-warc-"));
  const recs = sampleWarc();
  const multi = Buffer.concat(recs.map((r) => gzipSync(r)));
  writeFileSync(join(dir, "crawl.warc.gz"), multi);
  writeFileSync(join(dir, "cut.warc.gz"), multi.subarray(0, multi.length - 40));
  writeFileSync(join(dir, "bomb.warc.gz"), gzipSync(Buffer.alloc(40 * 1024 * 1024)));
  writeFileSync(join(dir, "page.html.gz"), gzipSync(Buffer.from(PAGE)));
  writeFileSync(join(dir, "records.jsonl.gz"), gzipSync('{"id":"z1","text":"A zipped record."}\n'));
  writeFileSync(join(dir, "noext"), Buffer.concat(recs.slice(2, 3)));
  const read = async (f: string) => {
    const out: Parsed[] = [];
    for await (const p of readInputs([join(dir, f)])) out.push(p);
    return out;
  };
  assert.equal(articles(await read("crawl.warc.gz")).length, 3);
  const cut = await read("cut.warc.gz");
  assert.equal(articles(cut).length, 3, "the records before the damage are read");
  assert.match(errors(cut).at(-1)!.message, /truncated gzip data/);
  const bomb = errors(await read("bomb.warc.gz"));
  assert.match(bomb.at(-1)!.message, /expands more than 100×/);
  assert.equal(articles(await read("page.html.gz"))[0]!.raw!.body, PAGE);
  assert.equal(articles(await read("records.jsonl.gz"))[0]!.id, "z1");
  assert.equal(articles(await read("noext")).length, 1, "a WARC is recognised by its first bytes");
});

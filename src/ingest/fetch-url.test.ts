import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { fetchUrl } from "./fetch-url.js";
import { readInputs } from "./read-inputs.js";
import type { Parsed } from "./parse-input.js";
import { encodeLegacy } from "./test-helpers.js";

// Every request in these tests goes to this server on 127.0.0.1, or is refused before connecting.
let server: Server;
let base = "";
const hanging: import("node:http").ServerResponse[] = [];

before(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? "/";
    if (path === "/page") {
      res.writeHead(200, { "content-type": "text/html; charset=windows-1251" });
      res.end(encodeLegacy("<html><body><p>Новый мост открыт.</p></body></html>", "windows-1251"));
    } else if (path === "/meta") {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(encodeLegacy('<html><head><meta charset="koi8-r"></head><body><p>Мост.</p></body></html>', "koi8-r"));
    } else if (path === "/gz") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-encoding": "gzip" });
      res.end(gzipSync("<p>Zipped café news.</p>"));
    } else if (path === "/feed") {
      res.writeHead(200, { "content-type": "application/rss+xml" });
      res.end(
        "<rss><channel><title>Loop News</title><item><title>One</title><description>First.</description></item></channel></rss>",
      );
    } else if (path.startsWith("/hop/")) {
      const n = Number(path.slice(5));
      res.writeHead(302, { location: n > 1 ? `/hop/${n - 1}` : "/page" });
      res.end();
    } else if (path === "/to-private") {
      res.writeHead(301, { location: "http://10.255.255.1/secret" });
      res.end();
    } else if (path === "/big") {
      const body = "<p>" + "x".repeat(5000) + "</p>";
      res.writeHead(200, { "content-type": "text/html", "content-length": body.length });
      res.end(body);
    } else if (path === "/big-stream") {
      res.writeHead(200, { "content-type": "text/html" }); // no length: the limit applies as it streams
      for (let i = 0; i < 10; i++) res.write("<p>" + "y".repeat(500) + "</p>");
      res.end();
    } else if (path === "/hang") {
      hanging.push(res); // never answers
    } else if (path === "/image") {
      res.writeHead(200, { "content-type": "image/png" });
      res.end(Buffer.from([0x89, 0x50]));
    } else {
      res.writeHead(404, { "content-type": "text/html" });
      res.end("<p>no</p>");
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  hanging.forEach((r) => r.destroy());
  server.close();
});

const allowed = { allowPrivateNetwork: true, timeoutMs: 2000 };

test("loopback and private addresses are refused unless allowed, on every redirect hop", async () => {
  const refused = await fetchUrl(`${base}/page`);
  assert.ok("problem" in refused);
  assert.match(refused.problem, /^refused: 127\.0\.0\.1 is a private, loopback or reserved address/);
  assert.match(refused.problem, /--allow-private-network/);
  const byName = await fetchUrl(`http://localhost:${new URL(base).port}/page`);
  assert.ok("problem" in byName && /refused: .*(127\.0\.0\.1|::1)/.test(byName.problem), JSON.stringify(byName));
  // A policy that lets loopback through but not 10/8 shows the redirect target is checked too.
  const hop = await fetchUrl(`${base}/to-private`, {
    addressProblem: (a) => (a.startsWith("10.") ? "private network" : null),
    timeoutMs: 2000,
  });
  assert.ok("problem" in hop);
  assert.match(hop.problem, /^refused: private network \(10\.255\.255\.1\)/);
  assert.ok("problem" in (await fetchUrl("file:///etc/passwd", allowed)));
});

test("redirects are followed up to the limit, and the charset of the header or the page is respected", async () => {
  const got = await fetchUrl(`${base}/hop/3`, allowed);
  assert.ok("body" in got);
  assert.equal(got.url, `${base}/page`);
  const tooMany = await fetchUrl(`${base}/hop/9`, allowed);
  assert.deepEqual(tooMany, { problem: "more than 5 redirects" });

  const read = async (u: string) => {
    const out: Parsed[] = [];
    for await (const p of readInputs([u], undefined, { fetch: allowed })) out.push(p);
    return out;
  };
  const [page] = await read(`${base}/hop/2`);
  assert.ok(page && "article" in page);
  assert.match(page.article.raw!.body, /Новый мост открыт/);
  assert.deepEqual(page.article.source, { url: `${base}/page` });
  const [meta] = await read(`${base}/meta`);
  assert.ok(meta && "article" in meta && /Мост\./.test(meta.article.raw!.body));
  const [gz] = await read(`${base}/gz`);
  assert.ok(gz && "article" in gz && gz.article.raw!.body === "<p>Zipped café news.</p>");
  const [item] = await read(`${base}/feed`);
  assert.ok(item && "article" in item);
  assert.equal(item.article.raw!.given!.outlet, "Loop News");
  assert.equal(item.article.source.feed, `${base}/feed`);
  assert.deepEqual(await read(`${base}/missing`), [{ error: { path: `${base}/missing`, message: "HTTP 404" } }]);
  assert.deepEqual(await read(`${base}/image`), [
    { error: { path: `${base}/image`, message: "not a web page or feed (image/png)" } },
  ]);
});

test("the size limit and the timeout stop a fetch with a clear message", async () => {
  assert.deepEqual(await fetchUrl(`${base}/big`, { ...allowed, maxBytes: 1000 }), {
    problem: "page larger than 1000 bytes (5007); not fetched",
  });
  assert.deepEqual(await fetchUrl(`${base}/big-stream`, { ...allowed, maxBytes: 1000 }), {
    problem: "page larger than 1000 bytes; stopped",
  });
  const t0 = Date.now();
  assert.deepEqual(await fetchUrl(`${base}/hang`, { ...allowed, timeoutMs: 300 }), {
    problem: "timed out after 0.3 s",
  });
  assert.ok(Date.now() - t0 < 2000);
});

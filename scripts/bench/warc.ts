/**
 * WARC.gz reading speed and memory: writes a large synthetic crawl (one gzip member per record,
 * request + response + metadata per page, as Common Crawl's CC-NEWS does) from the example
 * pages, then reads it through readInputs, sampling the resident memory as it goes. Memory
 * must stay flat however large the file: records stream through one at a time.
 *
 *   node --import tsx scripts/bench/warc.ts --mb 200
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { readInputs } from "../../src/ingest/read-inputs.js";
import { exampleDocuments, rng } from "./make-corpus.js";

export interface WarcBenchResult {
  fileMb: number;
  uncompressedMb: number;
  records: number;
  articles: number;
  errors: number;
  seconds: number;
  recordsPerSecond: number;
  uncompressedMbPerSecond: number;
  baselineRssMb: number;
  peakRssMb: number;
  /** The most JavaScript heap in use at a sample: what a leak would grow. */
  peakHeapMb: number;
}

const MB = 1024 * 1024;

/** Writes a synthetic WARC.gz of about `mb` megabytes (uncompressed); returns its record count. */
export async function writeSyntheticWarc(path: string, mb: number, examplesDir: string): Promise<number> {
  const docs = exampleDocuments(examplesDir);
  const rand = rng(11);
  const out = createWriteStream(path);
  let written = 0;
  let records = 0;
  const put = async (type: string, uri: string, contentType: string, block: Buffer) => {
    const head =
      `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: 2025-03-04T10:00:00Z\r\n` +
      `WARC-Record-ID: <urn:uuid:bench-${records}>\r\nContent-Type: ${contentType}\r\nContent-Length: ${block.length}\r\n\r\n`;
    const rec = Buffer.concat([Buffer.from(head), block, Buffer.from("\r\n\r\n")]);
    written += rec.length;
    records++;
    if (!out.write(gzipSync(rec))) await new Promise<void>((r) => out.once("drain", () => r()));
  };
  for (let i = 0; written < mb * MB; i++) {
    const d = docs[i % docs.length]!;
    const body = d.body.replace(/\b\d{2,3}\b/g, (m) => String(Math.round(Number(m) * (0.5 + rand()))));
    const html =
      d.format === "html"
        ? body
        : `<html><head><meta charset="utf-8"><title>Story ${i}</title></head><body>${body
            .split(/\n\s*\n/)
            .map((p) => `<p>${p.replace(/[<&]/g, " ")}</p>`)
            .join("\n")}</body></html>`;
    const uri = `https://news.example/${i}`;
    await put(
      "request",
      uri,
      "application/http; msgtype=request",
      Buffer.from(`GET /${i} HTTP/1.1\r\nHost: news.example\r\n\r\n`),
    );
    const page = Buffer.from(html);
    await put(
      "response",
      uri,
      "application/http; msgtype=response",
      Buffer.concat([
        Buffer.from(
          `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${page.length}\r\n\r\n`,
        ),
        page,
      ]),
    );
    await put("metadata", uri, "application/warc-fields", Buffer.from(`fetchTimeMs: ${Math.round(rand() * 900)}\r\n`));
  }
  await new Promise<void>((r, j) => out.end((err?: Error | null) => (err ? j(err) : r())));
  return records;
}

/** Generates a WARC.gz of about `mb` megabytes (uncompressed), reads it, and reports speed and memory. */
export async function benchWarc(
  opts: { mb?: number; examplesDir?: string; keep?: boolean } = {},
): Promise<WarcBenchResult> {
  const mb = opts.mb ?? 200;
  const dir = mkdtempSync(join(tmpdir(), "storyline-warc-bench-"));
  const path = join(dir, "synthetic.warc.gz");
  try {
    const records = await writeSyntheticWarc(
      path,
      mb,
      opts.examplesDir ?? resolve(import.meta.dirname, "../../examples/corpus"),
    );
    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    let heap = 0;
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      peak = Math.max(peak, m.rss);
      heap = Math.max(heap, m.heapUsed);
    }, 50);
    let articles = 0;
    let errors = 0;
    const t0 = performance.now();
    for await (const p of readInputs([path])) {
      if ("article" in p) articles++;
      else errors++;
    }
    const seconds = (performance.now() - t0) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    return {
      fileMb: round(statSync(path).size / MB),
      uncompressedMb: mb,
      records,
      articles,
      errors,
      seconds: round(seconds),
      recordsPerSecond: Math.round(records / seconds),
      uncompressedMbPerSecond: round(mb / seconds),
      baselineRssMb: round(baseline / MB),
      peakRssMb: round(peak / MB),
      peakHeapMb: round(heap / MB),
    };
  } finally {
    if (!opts.keep) rmSync(dir, { recursive: true, force: true });
  }
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf("--mb");
  const mb = i > 0 ? Number(process.argv[i + 1]) : 200;
  const r = await benchWarc({ mb });
  console.log(
    `WARC.gz ${r.fileMb} MB (${r.uncompressedMb} MB uncompressed, ${r.records} records, ${r.articles} articles, ` +
      `${r.errors} errors): ${r.seconds} s, ${r.recordsPerSecond} records/s, ${r.uncompressedMbPerSecond} MB/s; ` +
      `RSS ${r.baselineRssMb} MB before, peak ${r.peakRssMb} MB while reading (heap peak ${r.peakHeapMb} MB)`,
  );
}

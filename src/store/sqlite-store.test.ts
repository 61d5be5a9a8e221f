import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { storeContract, sampleArticle } from "./store-contract.js";
import { ftsQuery, openSqliteStore } from "./sqlite-store.js";

storeContract("sqlite", () => openSqliteStore(":memory:"));

test("sqlite: a database file keeps its content and schema across reopenings", async () => {
  const dir = mkdtempSync(join(tmpdir(), "storyline-store-"));
  try {
    const path = join(dir, "s.db");
    const first = await openSqliteStore(path);
    await first.putArticle(sampleArticle("k1", "Kept", "Kept across runs."));
    await first.close();
    const second = await openSqliteStore(path);
    assert.deepEqual(
      (await second.listArticles()).map((a) => a.id),
      ["k1"],
    );
    assert.equal((await second.search("runs")).length, 1);
    await second.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("ftsQuery quotes each word and keeps a trailing star", () => {
  assert.equal(ftsQuery(`harb* "near" Orlan's`), `"harb"* "near" "Orlan" "s"`);
});

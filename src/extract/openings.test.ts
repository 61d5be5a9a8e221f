import { test } from "node:test";
import assert from "node:assert/strict";
import { anchoredTable, mayOpenWith, openings } from "./openings.js";

const opens = (p: string) => {
  const r = openings(p);
  return r ? [...r].sort().join(",") : null;
};

test("openings: the first two characters a pattern's match can open with", () => {
  assert.equal(opens("advertisement$"), "ad");
  assert.equal(opens("(story|article) continues"), "ar,st");
  assert.equal(opens("(please )?log ?in"), "lo,pl");
  assert.equal(opens("\\(?(photo|foto)"), "(f,(p,fo,ph");
  assert.equal(opens("\\bcopyright\\b"), "co");
  assert.equal(opens("[Ss]upport"), "Su,su");
  assert.equal(opens("[a-c]x"), "ax,bx,cx");
  assert.equal(opens("a{0,2}b"), "aa,ab,b");
  assert.equal(opens("(a|)b$"), "ab,b");
  const minutes = openings("\\d+ min")!;
  assert.equal(minutes.size, 110);
  for (const x of ["0 ", "12", "99", "7 "]) assert.ok(minutes.has(x), x);
});

test("openings: shorter where a match ends, or where the pattern is no longer read", () => {
  assert.equal(opens("©"), "©");
  assert.equal(opens("(→|►|»)\\s*\\S"), "»,→,►");
  assert.equal(opens("(?:©|\\([Cc]\\)|[Cc]opyright)\\s*\\d{4}"), "(C,(c,Co,co,©");
  assert.equal(opens("read (more|the full story)[.…]*$"), "re");
});

test("openings: null when a match can open anyhow", () => {
  assert.equal(opens(".x"), null);
  assert.equal(opens("\\p{Lu}x"), null);
  assert.equal(opens("[^a]x"), null);
  assert.equal(opens("(?=a)a"), null);
  assert.equal(opens("a?"), null);
  // Inside a group, what follows must be read: unknown there is unknown.
  assert.equal(opens("(a\\s*)b"), null);
  assert.equal(opens("(a|b.c)x"), null);
});

test("an opening table lets through the texts that open as a match can", () => {
  const t = anchoredTable("^(?:©|[Cc]opyright)\\s*\\d{4}")!;
  for (const s of ["© 2024 Harbour Post", "Copyright 2024", "copyright"]) assert.ok(mayOpenWith(t, s), s);
  for (const s of ["", "C", "The harbour", "2024 ©"]) assert.ok(!mayOpenWith(t, s), s);
  assert.equal(anchoredTable("no anchor"), null);
});

test("a case-insensitive pattern's table lets through every case of its ASCII openings", () => {
  const t = anchoredTable("^(?:url|source)\\s*:", "i")!;
  for (const s of ["URL: x", "Url: x", "uRL:", "Source: x", "SOURCE:"]) assert.ok(mayOpenWith(t, s), s);
  assert.ok(!mayOpenWith(t, "The URL:"));
  assert.equal(anchoredTable("^über", "i"), null);
});

test("a case-insensitive Unicode pattern's table lets through every character the pattern matches", () => {
  for (const p of ["^k", "^s", "^(?:zoom|a)"]) {
    const t = anchoredTable(p, "iu")!;
    const re = new RegExp(p, "iu");
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c) + "oom";
      if (re.test(s)) assert.ok(mayOpenWith(t, s), `${p} ${c.toString(16)}`);
    }
  }
  assert.ok(!mayOpenWith(anchoredTable("^zoom", "iu"), "the zoom"));
  assert.equal(anchoredTable("^über", "iu"), null);
});

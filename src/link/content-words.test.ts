import { test } from "node:test";
import assert from "node:assert/strict";
import { contentWords, stem } from "./content-words.js";
import { jaccard, minhash } from "./minhash.js";
import { UnionFind } from "./union-find.js";

test("inflections and spellings of one word share a stem", () => {
  assert.equal(stem("recognised"), stem("recognized"));
  assert.equal(stem("recognition"), stem("recognizes"));
  assert.equal(stem("ceasefires"), stem("ceasefire"));
  assert.equal(stem("recognizing"), stem("recognized"));
  assert.equal(stem("organisation"), stem("organised"));
  assert.notEqual(stem("news"), stem("new"), "short words are left whole");
});

test("content words drop function words and keep numbers whole", () => {
  assert.deepEqual(contentWords("The Orlan army said on Monday it had 12,500 troops near Kessin."), [
    "orlan",
    "army",
    "12500",
    "troop",
    "kessin",
  ]);
});

test("MinHash tells an edited copy from a different text", () => {
  const words = (s: string) => s.toLowerCase().split(/\W+/).filter(Boolean);
  const base =
    "the harbour authority of kessin closed the northern quay on friday after a crane collapsed onto a cargo ship " +
    "loaded with grain bound for the islands and inspectors said the quay would stay shut for a week";
  const copy = base + " while repairs go on";
  const other = "farmers on the sarnia plateau expect the smallest wheat harvest in forty years after a dry winter";
  assert.ok(jaccard(minhash(words(base)), minhash(words(copy))) > 0.7);
  assert.ok(jaccard(minhash(words(base)), minhash(words(other))) < 0.1);
  assert.equal(jaccard(minhash(["too", "short"]), minhash(["too", "short"])), 0);
});

test("union-find roots are the smallest key whatever the order of unions", () => {
  const uf = new UnionFind();
  uf.union("c", "b");
  uf.union("d", "c");
  uf.union("b", "a");
  assert.deepEqual(
    ["a", "b", "c", "d", "e"].map((x) => uf.find(x)),
    ["a", "a", "a", "a", "e"],
  );
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { outletFromCue, outletFromUrl, sameOutlet, splitTitleSuffix } from "./outlet.js";

test("outlets from their domains, subdomains included", () => {
  assert.equal(outletFromUrl("https://edition.cnn.com/2023/01/01/x"), "CNN");
  assert.equal(outletFromUrl("https://unknown.example/a"), null);
  assert.equal(outletFromUrl("not a url"), null);
});

test("outlets naming themselves in boilerplate", () => {
  assert.equal(outletFromCue("Support The Daily Lantern!"), "The Daily Lantern");
  assert.equal(outletFromCue("A Message from The Daily Lantern:"), "The Daily Lantern");
  assert.equal(outletFromCue("© Copyright 2001-2024 COURIER.example | All Rights Reserved"), "COURIER.example");
  assert.equal(outletFromCue("Support for the plan grew!"), null);
});

test("site suffixes of titles", () => {
  assert.deepEqual(splitTitleSuffix("Frost fears | Valley Courier News"), {
    title: "Frost fears",
    site: "Valley Courier News",
  });
  assert.deepEqual(splitTitleSuffix("Bridge reopens – Harbor Ledger", "Harbor Ledger"), {
    title: "Bridge reopens",
    site: "Harbor Ledger",
  });
  assert.equal(
    splitTitleSuffix("Veldara - Osk ferry approved").title,
    "Veldara - Osk ferry approved",
    "a dash alone is the headline's",
  );
  assert.ok(sameOutlet("harborledger.example", "The Harbor Ledger"));
});

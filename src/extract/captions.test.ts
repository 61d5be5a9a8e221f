import { test } from "node:test";
import assert from "node:assert/strict";
import { isCreditOnly, splitCredit } from "./captions.js";

test("a bare agency after the caption's sentence is its credit", () => {
  assert.deepEqual(splitCredit("Growers cover trees near Tamsby on Friday. AFP", null), {
    caption: "Growers cover trees near Tamsby on Friday.",
    credit: "AFP",
  });
  assert.deepEqual(splitCredit("A crowd waits. Reuters/Ola Berg", null)?.credit, "Reuters/Ola Berg");
  assert.equal(splitCredit("The mayor spoke to Reuters", null), null, "no stop before it: prose");
});

test("a photographer/agency credit ends a caption without a stop", () => {
  assert.deepEqual(splitCredit("Keeper Ansel Moor at the light Tove Lindqvist/Lantern Press", null), {
    caption: "Keeper Ansel Moor at the light",
    credit: "Tove Lindqvist/Lantern Press",
  });
  assert.equal(splitCredit("Boats wait (Photo: Ida Sand)", null)?.caption, "Boats wait");
});

test("a trailing markdown link is the credit", () => {
  assert.equal(splitCredit("Boats wait at the pier.", "Harbour.example")?.credit, "Harbour.example");
});

test("credit-only lines", () => {
  assert.ok(isCreditOnly("Tove Lindqvist/TASS"));
  assert.ok(isCreditOnly("Photo: Ida Sand"));
  assert.ok(isCreditOnly("Getty Images"));
  assert.ok(!isCreditOnly("The ferry sails at noon."));
});

test("an unknown agency's code after the caption's sentence is its credit", () => {
  const split = splitCredit("The envoy greets her counterpart in Port Ellis on Monday. NWA", null);
  assert.deepEqual(split, { caption: "The envoy greets her counterpart in Port Ellis on Monday.", credit: "NWA" });
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { recordsOf, timesOf } from "./test-helpers.js";

test("durations", () => {
  assert.deepEqual(timesOf("The siege lasted 24 hours, then a day, then three years."), [
    "24 hours=PT24H",
    "a day=P1D",
    "three years=P3Y",
  ]);
  assert.deepEqual(timesOf("The speech ran an hour and a half."), ["an hour and a half=PT1H30M"]);
  assert.deepEqual(timesOf("Less than 24 hours later the convoy left."), ["Less than 24 hours=PT24H"]);
  assert.deepEqual(timesOf("Ten people died in the last 24 hours."), ["the last 24 hours=PT24H"]);
  assert.deepEqual(timesOf("They signed a five-year deal for several months."), [
    "five-year=P5Y",
    "several months=PXM",
  ]);
  assert.equal(recordsOf("It took two weeks.")[0]?.type, "DURATION");
});

test("fractions and ordinals are not durations", () => {
  assert.deepEqual(timesOf("About three-quarters voted; a second round follows; a quarter of them left."), []);
});

test("sets", () => {
  const [weekly] = recordsOf("The board meets every week.");
  assert.equal(weekly?.type, "SET");
  assert.equal(weekly?.value, "P1W");
  assert.deepEqual(timesOf("The plant pumps 3 million barrels a day and reports daily."), ["a day=P1D", "daily=P1D"]);
  assert.deepEqual(timesOf("They meet twice a month."), ["twice a month=P1M"]);
});

test("references to the present and the past", () => {
  assert.deepEqual(timesOf("Now the mill is currently closed; it was recently sold."), [
    "Now=PRESENT_REF",
    "currently=PRESENT_REF",
    "recently=PAST_REF",
  ]);
  assert.deepEqual(timesOf("As soon as possible."), []);
});

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

test("half units are written in the next smaller unit", () => {
  assert.deepEqual(timesOf("They lived in the camps for 2 1/2 years and then a day and a half."), [
    "2 1/2 years=P2Y6M",
    "a day and a half=P1DT12H",
  ]);
});

test("one day after a modal is an unspecified future, otherwise a day's span", () => {
  assert.deepEqual(timesOf("Robots will one day run the mill."), ["one day=FUTURE_REF"]);
  assert.deepEqual(timesOf("The mill stopped for one day."), ["one day=P1D"]);
});

test("ages are not durations; trading days and the weeks ahead are", () => {
  assert.deepEqual(timesOf("The mayor, 52 years old, resigned."), []);
  assert.deepEqual(timesOf("Shares fell for eight trading days and may fall in the weeks ahead."), [
    "eight trading days=P8D",
    "the weeks ahead=PXW",
  ]);
});

test("current before its noun is the present; a rate's frequency adverb is no set", () => {
  assert.deepEqual(timesOf("Under current rules, the then current owner pays."), [
    "current=PRESENT_REF",
    "then current=PAST_REF",
  ]);
  assert.deepEqual(timesOf("The ocean current is strong."), []);
  assert.deepEqual(timesOf("Sales should rise 8% annually, and the board meets annually."), ["annually=P1Y"]);
});

test("the past followed by a count is not the past", () => {
  assert.deepEqual(timesOf("Riots broke out during the past three summers."), []);
});

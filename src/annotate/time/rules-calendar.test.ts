import { test } from "node:test";
import assert from "node:assert/strict";
import { timesOf } from "./test-helpers.js";

test("this week, last month, this year and earlier this year", () => {
  assert.deepEqual(timesOf("Prices fell this week after rising last month."), [
    "this week=2022-W08",
    "last month=2022-01",
  ]);
  assert.deepEqual(timesOf("This year is hard; earlier this year it was easy."), [
    "This year=2022",
    "earlier this year=2022",
  ]);
  assert.deepEqual(timesOf("The dam opened this year.", null), ["this year=XXXX"]);
});

test("bare years resolve with or without an anchor, and numbers that are not years are left alone", () => {
  assert.deepEqual(timesOf("The lake has shrunk since 2014.", null), ["2014=2014"]);
  assert.deepEqual(timesOf("Some 150,000 troops, 14,000 lives, 12 wounded and 84 cases."), []);
  assert.deepEqual(timesOf("It cost $2019 and rose 2020%."), []);
});

test("decades and centuries", () => {
  assert.deepEqual(timesOf("Trade boomed in the 1990s and in the early 2000s."), [
    "the 1990s=199",
    "the early 2000s=200",
  ]);
  assert.deepEqual(timesOf("The fort dates from the 19th century."), ["the 19th century=18"]);
});

test("months without a year: the anchor's year unless the tense points over three months away", () => {
  assert.deepEqual(timesOf("The mine closed in June."), ["June=2021-06"]);
  assert.deepEqual(timesOf("The regulator gave the firm until April to answer."), ["April=2022-04"]);
  assert.deepEqual(timesOf("Exports will recover by October."), ["October=2022-10"]);
  assert.deepEqual(timesOf("The mine will reopen in January.", "2022-11-10"), ["January=2023-01"]);
  assert.deepEqual(timesOf("The mine will reopen in March."), ["March=2022-03"]);
  assert.deepEqual(timesOf("The fair opened in January."), ["January=2022-01"]);
  assert.deepEqual(timesOf("Voters may march on the capital. May Lindqvist agreed."), []);
  assert.deepEqual(timesOf("The treaty was signed in August 1988."), ["August 1988=1988-08"]);
  assert.deepEqual(timesOf("The ban was lifted last June.", null), ["last June=XXXX-06"]);
});

test("seasons", () => {
  assert.deepEqual(timesOf("The river flooded last summer."), ["last summer=2021-SU"]);
  assert.deepEqual(timesOf("The road opens this summer."), ["this summer=2022-SU"]);
  assert.deepEqual(timesOf("They mourned the fall of the old regime."), []);
});

test("quarters and halves", () => {
  assert.deepEqual(timesOf("Sales rose in the first quarter."), ["the first quarter=2022-Q1"]);
  assert.deepEqual(timesOf("Output grew in the second half of 2021."), ["the second half of 2021=2021-H2"]);
  assert.deepEqual(timesOf("Profit doubled in Q3 2020."), ["Q3 2020=2020-Q3"]);
});

test("ago counts back from the anchor at the unit's grain", () => {
  assert.deepEqual(timesOf("The well dried up three days ago and the mill closed two years ago."), [
    "three days ago=2022-02-19",
    "two years ago=2020",
  ]);
  assert.deepEqual(timesOf("It opened five months ago.", null), ["five months ago=XXXX-XX"]);
});

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

test("a results report compares nine months with the year before, a quarter with the same quarter", () => {
  assert.deepEqual(
    timesOf(
      "Profit fell in the fourth quarter. For the nine months, sales were $2 million, up from $1 million a year earlier.",
    ),
    ["the fourth quarter=2021-Q4", "the nine months=P9M", "a year earlier=2021"],
  );
  assert.deepEqual(timesOf("Profit fell in the fourth quarter, from $3 million a year earlier."), [
    "the fourth quarter=2021-Q4",
    "a year earlier=2020-Q4",
  ]);
});

test("the fiscal year ended on a date is a year's span; the date is its own expression", () => {
  assert.deepEqual(timesOf("In the fiscal year ended June 30, sales rose."), [
    "the fiscal year=P1Y",
    "June 30=2021-06-30",
  ]);
});

test("a year's quarter or period in a results report is that year's reported quarter", () => {
  assert.deepEqual(timesOf("Profit rose from the 2020 quarter."), ["the 2020 quarter=2020-Q4"]);
});

test("the week of a date is that date's ISO week", () => {
  assert.deepEqual(timesOf("The trial opens the week of March 7."), ["the week of March 7=2022-W10"]);
});

test("year-end after a preposition is the anchor's year, or the last one after since", () => {
  assert.deepEqual(timesOf("The merger should close by year-end."), ["year-end=2022"]);
  assert.deepEqual(timesOf("Shares are up 5% since year-end."), ["year-end=2021"]);
  assert.deepEqual(timesOf("Costs will fall by the end of the year."), ["the end of the year=2022"]);
  assert.deepEqual(timesOf("The year-end bonus was small."), []);
});

test("years spelled out in transcripts, after a month or a season too", () => {
  assert.deepEqual(timesOf("Prices last fell that far in the winter of nineteen ninety-four."), [
    "the winter of nineteen ninety-four=1994-WI",
  ]);
  assert.deepEqual(timesOf("It began in January nineteen ninety-seven."), ["January nineteen ninety-seven=1997-01"]);
  assert.deepEqual(timesOf("Jobless rates should halve by the year two thousand and five."), [
    "the year two thousand and five=2005",
  ]);
});

test("a month's abbreviation without its period is a name, and one with a day is left to chrono", () => {
  assert.deepEqual(timesOf("Jan Kavan met Dec Wilson in Prague."), []);
  assert.deepEqual(timesOf("He was shot last Oct. 23 at home."), ["Oct. 23=2021-10-23"]);
});

test("that year and the following year count from the last year the text names", () => {
  assert.deepEqual(
    timesOf("She moved to Lisbon in June 2015 and returned later that year; the following year she left."),
    ["June 2015=2015-06", "later that year=2015", "the following year=2016"],
  );
  assert.deepEqual(timesOf("Imports rose that year."), []);
});

test("the year after a part of it is the anchor's year", () => {
  assert.deepEqual(timesOf("Sales rose in the first nine months of the year."), [
    "the first nine months=P9M",
    "the year=2022",
  ]);
  assert.deepEqual(timesOf("The car of the year won."), []);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { timesOf } from "./test-helpers.js";

// Anchor: Tuesday 2022-02-22 (the helpers' default).

test("the issue's list: days and parts of days by tense and context", () => {
  assert.deepEqual(timesOf("Shelling woke Varnia in the early hours of Tuesday."), [
    "the early hours of Tuesday=2022-02-22TNI",
  ]);
  assert.deepEqual(timesOf("The envoy landed Monday night."), ["Monday night=2022-02-21TNI"]);
  assert.deepEqual(timesOf("Rebels shelled the port overnight."), ["overnight=2022-02-21TNI"]);
  assert.deepEqual(timesOf("The council meets tonight."), ["tonight=2022-02-22TNI"]);
  assert.deepEqual(timesOf("The envoy landed on Thursday."), ["Thursday=2022-02-17"]);
  assert.deepEqual(timesOf("The envoy will land on Thursday."), ["Thursday=2022-02-24"]);
});

test("the issue's list: calendar units relative to the anchor, and unknown anchors stay X-filled", () => {
  assert.deepEqual(timesOf("Prices rose this week and fell last month."), ["this week=2022-W08", "last month=2022-01"]);
  assert.deepEqual(timesOf("Talks stalled earlier this year."), ["earlier this year=2022"]);
  assert.deepEqual(timesOf("The region has been at war since 2014."), ["2014=2014"]);
  assert.deepEqual(timesOf("Growth slowed in the 1990s and in the third quarter."), [
    "the 1990s=199",
    "the third quarter=2021-Q3",
  ]);
  assert.deepEqual(timesOf("The envoy landed on Thursday.", null), ["Thursday=XXXX-WXX-4"]);
  assert.deepEqual(timesOf("Prices rose this week.", null), ["this week=XXXX-WXX"]);
});

test("a day after, two days earlier: spans from another event, not dates from the anchor", () => {
  assert.deepEqual(timesOf("Troops moved on March 3, a day after Norland recognised Vesta."), [
    "March 3=2022-03-03",
    "a day=P1D",
  ]);
  assert.deepEqual(timesOf("Two days earlier, the border had closed."), ["Two days earlier=P2D"]);
  assert.deepEqual(timesOf("A year earlier, the mine had closed."), ["A year earlier=2021"]);
  assert.deepEqual(timesOf("The mine closed three weeks ago."), ["three weeks ago=2022-W05"]);
});

test("the tense of plans: a past perfect looks back, 'is to' looks ahead, 'set a deadline' is no plan", () => {
  assert.deepEqual(timesOf("The offer had been due to expire Friday."), ["Friday=2022-02-18"]);
  assert.deepEqual(timesOf("The exchange is to resume trading Thursday."), ["Thursday=2022-02-24"]);
  assert.deepEqual(timesOf("The court ruled and set Friday as the deadline."), ["Friday=2022-02-18"]);
});

test("results reports: the year ended, for the year; recent months", () => {
  assert.deepEqual(timesOf("Revenue grew for the year ended June 30, 2021."), [
    "the year=P1Y",
    "June 30, 2021=2021-06-30",
  ]);
  assert.deepEqual(timesOf("Shipments were delayed earlier in the year."), ["earlier in the year=2022"]);
  assert.deepEqual(timesOf("Prices have climbed in recent months."), ["recent months=PXM"]);
  assert.deepEqual(timesOf("Prices have climbed in recent years."), ["recent years=PAST_REF"]);
});

test("holidays by rule and tense", () => {
  assert.deepEqual(timesOf("Crowds gathered on Thanksgiving Day."), ["Thanksgiving Day=2021-11-25"]);
  assert.deepEqual(timesOf("The vote falls on Election Day, 2024."), ["Election Day, 2024=2024-11-05"]);
  assert.deepEqual(timesOf("Pilgrims will arrive for Easter."), ["Easter=2022-04-17"]);
  assert.deepEqual(timesOf("The shops closed last Christmas."), ["last Christmas=2021-12-25"]);
  assert.deepEqual(timesOf("He worked through the labor day dispute."), []);
  assert.deepEqual(timesOf("Crowds gathered on Thanksgiving Day.", null), ["Thanksgiving Day=XXXX-XX-XX"]);
});

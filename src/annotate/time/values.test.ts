import { test } from "node:test";
import assert from "node:assert/strict";
import { formatWeek, isoWeek, nearestWeekday, parseDay, weekday } from "./calendar.js";
import { monthDayValue, monthValue, seasonValue, weekdayValue } from "./values.js";

const tuesday = parseDay("2022-02-22T18:00:00Z")!;

test("calendar: weekdays and ISO weeks", () => {
  assert.equal(weekday(tuesday), 2);
  assert.deepEqual(isoWeek({ y: 2021, m: 1, d: 3 }), { year: 2020, week: 53 });
  assert.equal(formatWeek(tuesday), "2022-W08");
  assert.deepEqual(nearestWeekday(tuesday, 2, "past", true), { y: 2022, m: 2, d: 15 });
});

test("values: weekday by tense, nearest in the present", () => {
  assert.equal(weekdayValue(tuesday, 5, null, "past"), "2022-02-18");
  assert.equal(weekdayValue(tuesday, 5, null, "future"), "2022-02-25");
  assert.equal(weekdayValue(tuesday, 1, null, "present"), "2022-02-21");
  assert.equal(weekdayValue(null, 2, null, "past"), "XXXX-WXX-2");
});

test("values: months and seasons", () => {
  assert.equal(monthValue(tuesday, 11, null, "past"), "2021-11");
  assert.equal(monthValue(tuesday, 11, null, "future"), "2022-11");
  assert.equal(seasonValue(tuesday, "SU", -1, "past"), "2021-SU");
  assert.equal(seasonValue(tuesday, "WI", 0, "past"), "2021-WI");
  assert.equal(seasonValue(tuesday, "SP", 1, "past"), "2022-SP");
});

test("values: a day and month in a past sentence reaches at most a quarter ahead", () => {
  const october = { y: 2022, m: 10, d: 20 };
  assert.equal(monthDayValue(october, 1, 31, "past"), "2022-01-31");
  assert.equal(monthDayValue(october, 1, 31, "present"), "2023-01-31");
  assert.equal(monthDayValue(october, 11, 30, "past"), "2022-11-30");
});

test("values: in the present tense a month more than half a year ahead is last year's", () => {
  assert.equal(monthValue(tuesday, 10, null, "present"), "2021-10");
  assert.equal(monthValue(tuesday, 5, null, "present"), "2022-05");
});

test("values: the tense is asked for only where it changes the value", () => {
  const never = (): never => assert.fail("the tense was asked for");
  // The anchor's own weekday, a month close to the anchor's, the nearer year of a day and month.
  assert.equal(weekdayValue(tuesday, 2, null, never), "2022-02-22");
  assert.equal(monthValue(tuesday, 4, null, never), "2022-04");
  assert.equal(monthDayValue(tuesday, 2, 1, never), "2022-02-01");
  // Elsewhere a tense given as a function gives what the tense itself gives.
  assert.equal(
    weekdayValue(tuesday, 5, null, () => "future"),
    weekdayValue(tuesday, 5, null, "future"),
  );
  assert.equal(
    monthValue(tuesday, 11, null, () => "past"),
    monthValue(tuesday, 11, null, "past"),
  );
  const october = { y: 2022, m: 10, d: 20 };
  assert.equal(
    monthDayValue(october, 1, 31, () => "past"),
    "2022-01-31",
  );
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { recordsOf, timesOf } from "./test-helpers.js";

// The anchor 2022-02-22 is a Tuesday.
test("a bare weekday in a past or reported sentence is the latest one on or before the anchor", () => {
  assert.deepEqual(timesOf("The mayor of Velmora resigned on Monday."), ["Monday=2022-02-21"]);
  assert.deepEqual(timesOf("The governor said Tuesday that the bridge was safe."), ["Tuesday=2022-02-22"]);
  assert.deepEqual(timesOf("Farmers protested in Ostrava on Friday."), ["Friday=2022-02-18"]);
});

test("a weekday in a future sentence is the next one", () => {
  assert.deepEqual(timesOf("The two ministers will meet on Friday."), ["Friday=2022-02-25"]);
  assert.deepEqual(timesOf("Talks are due to resume on Thursday, officials said."), ["Thursday=2022-02-24"]);
});

test("what is planned 'for' a weekday lies ahead, whatever the tense that announces it", () => {
  assert.deepEqual(timesOf("The opposition announced another rally for Friday."), ["Friday=2022-02-25"]);
  assert.deepEqual(timesOf("Talks set for Thursday were called off."), ["Thursday=2022-02-24"]);
  // "Monday's attack" is the attack of the latest Monday.
  assert.deepEqual(timesOf("Police searched for Monday's attackers."), ["Monday=2022-02-21"]);
});

test("last and next weekdays skip the anchor day", () => {
  assert.deepEqual(timesOf("It rained last Tuesday."), ["last Tuesday=2022-02-15"]);
  assert.deepEqual(timesOf("It will snow next Tuesday."), ["next Tuesday=2022-03-01"]);
});

test("parts of day make a TIME with a TIMEX3 part-of-day code", () => {
  const [evening] = recordsOf("The council voted Tuesday evening.");
  assert.equal(evening?.type, "TIME");
  assert.equal(evening?.value, "2022-02-22TEV");
  assert.deepEqual(timesOf("He spoke on Monday night and in the early hours of Tuesday."), [
    "Monday night=2022-02-21TNI",
    "the early hours of Tuesday=2022-02-22TNI",
  ]);
  assert.deepEqual(timesOf("The ferry sank this morning."), ["this morning=2022-02-22TMO"]);
});

test("modifiers stay in the extent, prepositions do not", () => {
  assert.deepEqual(timesOf("Rebels made an appeal earlier on Monday."), ["earlier on Monday=2022-02-21"]);
  assert.deepEqual(timesOf("Earlier Tuesday the guards left."), ["Earlier Tuesday=2022-02-22"]);
});

test("yesterday, today, tonight and tomorrow", () => {
  assert.deepEqual(timesOf("Yesterday the port closed; it opens tomorrow and the vote is tonight."), [
    "Yesterday=2022-02-21",
    "tomorrow=2022-02-23",
    "tonight=2022-02-22TNI",
  ]);
});

test("with no anchor, relative days keep X's and never use today's date", () => {
  assert.deepEqual(timesOf("The army withdrew on Tuesday and yesterday it regrouped.", null), [
    "Tuesday=XXXX-WXX-2",
    "yesterday=XXXX-XX-XX",
  ]);
  assert.deepEqual(timesOf("Shelling went on tonight.", null), ["tonight=XXXX-XX-XXTNI"]);
});

test("weekday sets", () => {
  assert.deepEqual(timesOf("The market opens every Monday and on Thursdays."), [
    "every Monday=XXXX-WXX-1",
    "Thursdays=XXXX-WXX-4",
  ]);
});

test("mid-afternoon and midday are parts of a day; a weekday with its date is one date", () => {
  assert.deepEqual(timesOf("Shares were up at mid-afternoon yesterday and fell by midday."), [
    "mid-afternoon yesterday=2022-02-21TAF",
    "midday=2022-02-22T12:00",
  ]);
  assert.deepEqual(timesOf("He was shot on the night of Friday, Feb. 18, at home."), ["Friday, Feb. 18=2022-02-18"]);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { timesOf } from "./test-helpers.js";

// Anchor: Tuesday 2022-02-22.

test("an infinitive after a noun of intent looks ahead; an object noun after a verb does not", () => {
  assert.deepEqual(timesOf("On Friday, the union's plans to strike were approved."), ["Friday=2022-02-25"]);
  assert.deepEqual(timesOf("On Friday, the ministry announced plans for a new port."), ["Friday=2022-02-18"]);
});

test("a past perfect keeps a cue word of the group in the past", () => {
  assert.deepEqual(timesOf("The lease had been due to expire on Friday."), ["Friday=2022-02-18"]);
});

test("until a weekday is a deadline ahead, unless a past perfect looks back from it", () => {
  assert.deepEqual(timesOf("The court postponed the hearing until Thursday."), ["Thursday=2022-02-24"]);
  assert.deepEqual(timesOf("The firm has until 9 a.m. Friday to answer."), ["9 a.m. Friday=2022-02-25T09:00"]);
  assert.deepEqual(timesOf("Until Thursday, the rebels had not named a leader."), ["Thursday=2022-02-17"]);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { recordsOf, timesOf } from "./test-helpers.js";

test("explicit dates with and without a year, extents without the preposition", () => {
  assert.deepEqual(timesOf("The pact was signed on February 22, 2022."), ["February 22, 2022=2022-02-22"]);
  assert.deepEqual(timesOf("Embassies open from that date (February 22)."), ["February 22=2022-02-22"]);
  assert.deepEqual(timesOf("The pact was signed on February 22, 2022.", null), ["February 22, 2022=2022-02-22"]);
  assert.deepEqual(timesOf("It ends on Feb. 25.", null), ["Feb. 25=XXXX-02-25"]);
});

test("clock times are TIMEs on the anchor day unless a date is given", () => {
  const [time] = recordsOf("The blast came at 10:35 a.m. near the depot.");
  assert.equal(time?.type, "TIME");
  assert.equal(time?.value, "2022-02-22T10:35");
  assert.deepEqual(timesOf("The vote ended at 5 p.m. on February 21."), ["5 p.m. on February 21=2022-02-21T17:00"]);
  assert.deepEqual(timesOf("Trading resumed Jan. 3, 1990 at 9 before the bell."), ["Jan. 3, 1990=1990-01-03"]);
});

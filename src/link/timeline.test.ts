import { test } from "node:test";
import assert from "node:assert/strict";
import { compareDates, dateWidth, datesAgree, dayRange, sameDay } from "./timeline.js";

test("TIMEX values of every precision become day spans", () => {
  const span = (v: string) => {
    const r = dayRange(v)!;
    return [new Date(r.first * 86_400_000).toISOString().slice(0, 10), r.last - r.first + 1];
  };
  assert.deepEqual(span("2031-03-09T14:00"), ["2031-03-09", 1]);
  assert.deepEqual(span("2031-03-09TEV"), ["2031-03-09", 1]);
  assert.deepEqual(span("2022-W08"), ["2022-02-21", 7]);
  assert.deepEqual(span("2024-02"), ["2024-02-01", 29]);
  assert.deepEqual(span("2031-Q2"), ["2031-04-01", 91]);
  assert.deepEqual(span("2014"), ["2014-01-01", 365]);
  assert.equal(dayRange("XXXX-WXX-2"), null);
  assert.equal(dayRange("PRESENT_REF"), null);
  assert.equal(dayRange(null), null);
});

test("the timeline orders by start, precise before vague on the same start, undated last", () => {
  const dates = [null, "2031-03", "2031-03-09", "2030", "2031-03-01", "2031-W10", null];
  assert.deepEqual([...dates].sort(compareDates), [
    "2030",
    "2031-03-01",
    "2031-03",
    "2031-W10",
    "2031-03-09",
    null,
    null,
  ]);
});

test("dates agree when one is unknown or one lies inside the other, never on two different days", () => {
  assert.equal(datesAgree("2031-03-09", null), true);
  assert.equal(datesAgree("2031-03-09", "2031-03-09T08:00"), true);
  assert.equal(datesAgree("2022-02-22", "2022-W08"), true);
  assert.equal(datesAgree("2031-03-09", "2031-03-10"), false);
  assert.equal(datesAgree("2022-03-01", "2022-W08"), false);
  assert.equal(sameDay("2031-03-09", "2031-03-09TEV"), true);
  assert.equal(sameDay("2031-03", "2031-03"), false, "a month is not a known day");
  assert.ok(dateWidth("2031-03-09") < dateWidth("2031-W10") && dateWidth("2031") < dateWidth(null));
});

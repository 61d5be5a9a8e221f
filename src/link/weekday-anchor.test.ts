import { test } from "node:test";
import assert from "node:assert/strict";
import { anchorWeekday, type WeekdayReport } from "./weekday-anchor.js";

const day = (iso: string) => Date.parse(iso) / 86_400_000;
const report = (date: string | null, published: string | null, status: WeekdayReport["status"] = "asserted") => ({
  date,
  status,
  publishedDay: published ? day(published) : null,
});

test("a weekday from an undated report is the last such weekday on or before another report's publication", () => {
  // 2023-05-12 is a Friday: "on Tuesday" is 2023-05-09, "on Friday" the day itself.
  assert.equal(anchorWeekday([report("XXXX-WXX-2", null), report(null, "2023-05-12")]), "2023-05-09");
  assert.equal(anchorWeekday([report("XXXX-WXX-5", null), report(null, "2023-05-12")]), "2023-05-12");
  // The earliest report bounds it.
  assert.equal(
    anchorWeekday([report("XXXX-WXX-2", null), report(null, "2023-05-20"), report(null, "2023-05-12")]),
    "2023-05-09",
  );
});

test("nothing is anchored without a dated report of the event as past, or when reports name different weekdays", () => {
  assert.equal(anchorWeekday([report("XXXX-WXX-2", null), report(null, null)]), null);
  // An announced event happens after its report, so the report's date is no upper bound.
  assert.equal(anchorWeekday([report("XXXX-WXX-2", null), report(null, "2023-05-12", "future")]), null);
  assert.equal(anchorWeekday([report("XXXX-WXX-2", null), report("XXXX-WXX-3", "2023-05-12")]), null);
  assert.equal(anchorWeekday([report("2023-05-09", null), report(null, "2023-05-12")]), null);
});

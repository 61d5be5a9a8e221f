import { test } from "node:test";
import assert from "node:assert/strict";
import { dateFromUrl, dateLine, findDate, parseDateValue } from "./dates.js";

test("written dates in several orders and languages", () => {
  assert.equal(findDate("March 14, 2023")?.iso, "2023-03-14");
  assert.equal(findDate("Sept. 3rd, 2021")?.iso, "2021-09-03");
  assert.equal(findDate("14 March 2023")?.iso, "2023-03-14");
  assert.equal(findDate("14. März 2023")?.iso, "2023-03-14");
  assert.equal(findDate("le 5 avril 2022")?.iso, "2022-04-05");
  assert.equal(findDate("14.03.2023")?.iso, "2023-03-14");
  assert.equal(findDate("3/14/2023")?.iso, "2023-03-14");
  assert.equal(findDate("3/4/2023"), null, "ambiguous slashed dates are not read");
});

test("a time written beside the date is kept, with a zone only when stated", () => {
  assert.equal(findDate("/ 09:05 AM April 02, 2023")?.iso, "2023-04-02T09:05");
  assert.equal(findDate("April 2, 2023 9:05 p.m. EDT")?.iso, "2023-04-02T21:05-04:00");
  assert.equal(findDate("2 Apr 2023, 10:30 GMT")?.iso, "2023-04-02T10:30Z");
  assert.equal(parseDateValue("Sun, 02 Apr 2023 10:30:00 +0300"), "2023-04-02T10:30+03:00");
  assert.equal(parseDateValue("2023-04-02T10:30:00+03:00"), "2023-04-02T10:30:00+03:00");
  assert.equal(parseDateValue("2023-04-02"), "2023-04-02");
});

test("impossible dates are not dates", () => {
  assert.equal(findDate("February 31, 1890"), null);
  assert.equal(findDate("2023-13-01"), null);
});

test("date lines hold nothing but a date", () => {
  assert.equal(dateLine("Published on Tuesday, March 14, 2023 at 10:15")?.iso, "2023-03-14T10:15");
  assert.equal(dateLine("The council met on March 14, 2023 to vote."), null);
});

test("dates in URL paths", () => {
  assert.equal(dateFromUrl("https://news.example/2023/03/13/ferry-a1"), "2023-03-13");
  assert.equal(dateFromUrl("https://news.example/world/20230313-ferry"), "2023-03-13");
  assert.equal(dateFromUrl("https://news.example/world/ferry-a2023"), null);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { recordsOf, timesOf } from "./test-helpers.js";
import { tokenize } from "../nlp/tokenize.js";
import { resolveTimes } from "./resolve-times.js";
import type * as chrono from "chrono-node";
import { PARSER, PARSER_NEEDS, REFINER_NEEDS, parserFor } from "./chrono-dates.js";

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

test("a range is two expressions, and a date after a part of day is still a date", () => {
  assert.deepEqual(timesOf("The fund rose 2% this year through Oct. 19, analysts said."), [
    "this year=2022",
    "Oct. 19=2021-10-19",
  ]);
  assert.deepEqual(timesOf("He was shot on the night of Oct. 23 in his kitchen."), ["Oct. 23=2021-10-23"]);
});

test("a date cut in two by a sentence break after a month's abbreviation is joined again", () => {
  const text = "Sales fell through Oct. 19, the firm said.";
  const cut = text.indexOf("19");
  const { tokens } = tokenize(text);
  const found = resolveTimes(
    text,
    [
      { start: 0, end: cut - 1 },
      { start: cut, end: text.length },
    ],
    tokens,
    "2022-02-22",
  );
  assert.deepEqual(
    found.map((t) => `${t.text}=${t.value}`),
    ["Oct. 19=2021-10-19"],
  );
});

test("chrono without the parsers and refiners whose needs a sentence lacks finds what the full parser finds", () => {
  const names = new Set(PARSER.parsers.map((p) => p.constructor.name));
  for (const name of Object.keys(PARSER_NEEDS)) assert.ok(names.has(name), `${name} is one of chrono's parsers`);
  const refiners = new Set(PARSER.refiners.map((r) => r.constructor.name));
  for (const name of Object.keys(REFINER_NEEDS)) assert.ok(refiners.has(name), `${name} is one of chrono's refiners`);
  const ref = { instant: new Date(Date.UTC(2022, 1, 22, 12)), timezone: 0 };
  const show = (results: chrono.ParsedResult[]) =>
    results.map((r) => `${r.index}:${r.text}=${r.start.date().toISOString()}`);
  const sentences = [
    "The talks resumed at 10:35 a.m. on Tuesday, March 8, after a night of shelling.",
    "Shares rose 2.5% by noon and the index closed at 4,210.",
    "The deadline is 3/15/2023; the report covers 2021-12-31 and 04/2022.",
    "He arrived on 22 March and left the next morning.",
    "The strike began last night and will end tomorrow at midnight.",
    "Trading resumed Jan. 3, 1990 at 9 before the bell, the exchange said.",
    "The shop closes at the end of the month, its owner said.",
    "The offer runs until the end of May 2023, and talks may resume on the second.",
    "The call is at 10:00 +05:00 on March 3, and the vote at 14:30 UTC-3.",
    "No date here at all.",
  ];
  for (const sentence of sentences)
    assert.deepEqual(show(parserFor(sentence).parse(sentence, ref)), show(PARSER.parse(sentence, ref)), sentence);
  // A sentence with no weekday, month or clock leaves those parsers out.
  assert.ok(parserFor("No date here at all.").parsers.length < PARSER.parsers.length);
  assert.ok(parserFor("No date here at all.").refiners.length < PARSER.refiners.length);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import {
  dateFromUrl,
  dateLine,
  findDate,
  findDates,
  inLocalTime,
  parseDateValue,
  publishedDateIn,
  slashOrderIn,
  slashOrderOf,
} from "./dates.js";

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
  assert.equal(dateFromUrl("https://blog.example/home/2023/3/7/ferry-diary"), "2023-03-07");
  assert.equal(dateFromUrl("https://blog.example/2023/3/ferry-diary"), null, "a month is not a day");
  assert.equal(dateFromUrl("https://club.example/news/28-02-2023-ferry-cup"), "2023-02-28");
  assert.equal(dateFromUrl("https://club.example/news/02-28-2023"), "2023-02-28");
  assert.equal(dateFromUrl("https://club.example/news/03-04-2023"), null, "day or month first is not known");
});

test("a year running into the next element's word still ends its date", () => {
  // A published and an updated date set side by side, read as one text.
  assert.equal(publishedDateIn("Posted on Freitag, 15. April 2016Samstag, 4. März 2017")?.iso, "2016-04-15");
  assert.equal(findDate("May 3, 2021Updated")?.iso, "2021-05-03");
  assert.equal(findDate("3. Mai 20215"), null);
});

test("dotted dates with spaces after the dots", () => {
  assert.equal(findDate("Von Ann Berg 4.\u20092.\u20092022.")?.iso, "2022-02-04");
  assert.equal(findDate("am 4. 2. 2022")?.iso, "2022-02-04");
  assert.equal(findDate("Kapitel 4. 2. Teil"), null);
});

test("two-digit years in dotted dates, but not version numbers", () => {
  assert.equal(findDate("Di 10.12.19")?.iso, "2019-12-10");
  assert.equal(findDate("Stand 28.01.22 / 3 Kommentare")?.iso, "2022-01-28");
  assert.equal(findDate("Release 4.10.22.1 ist da"), null);
  assert.equal(findDate("v1.2.22"), null);
  // Without a four-digit year only the short dotted form is read, with its time of day.
  assert.equal(findDate("Mi 03.02.21, 14:05 Uhr")?.iso, "2021-02-03T14:05");
  assert.equal(findDate("28.01.22 und 30.01.2022")?.iso, "2022-01-28");
});

test("a text without a digit has no date, month names or not", () => {
  assert.equal(findDate("Published on the third of March"), null);
  assert.equal(findDate("March, the month of the fair"), null);
  assert.equal(findDate("March 3"), null);
});

test("slashed dates whose day and month both fit under 12 are read in the order given", () => {
  assert.equal(findDate("03/04/2022"), null);
  assert.equal(findDate("03/04/2022", "dmy")?.iso, "2022-04-03");
  assert.equal(findDate("03/04/2022", "mdy")?.iso, "2022-03-04");
  assert.equal(findDate("25/03/2022", "mdy")?.iso, "2022-03-25", "an unambiguous date ignores the order");
  assert.equal(dateLine("Posted 03/04/2022", "dmy")?.iso, "2022-04-03");
});

test("the slashed-date order comes from other dates of the page, else from its language", () => {
  assert.equal(slashOrderIn("Filed 03/04/2022. Earlier: 25/03/2022."), "dmy");
  assert.equal(slashOrderIn("Filed 03/04/2022. Earlier: 03/25/2022."), "mdy");
  assert.equal(slashOrderIn("Filed 03/04/2022."), null);
  assert.equal(slashOrderIn("25/03/2022 and 03/25/2022"), null, "conflicting evidence decides nothing");
  assert.equal(slashOrderOf("en-US"), "mdy");
  assert.equal(slashOrderOf("en-GB"), "dmy");
  assert.equal(slashOrderOf("de"), "dmy");
  assert.equal(slashOrderOf("en"), null);
  assert.equal(slashOrderOf(null), null);
});

test("dates before web news or after tomorrow are not publication dates", () => {
  assert.equal(findDate("March 3, 1994"), null);
  assert.equal(findDate("March 3, 1996")?.iso, "1996-03-03");
  assert.equal(findDate("The fair opens on 3 March 2099"), null);
  assert.equal(findDate("30.02.2021"), null, "no 30th of February");
});

test("every date of a text, in order", () => {
  assert.deepEqual(
    findDates("From 3 May 2021 to 14.06.2021, then 2021-07-01").map((d) => d.iso),
    ["2021-05-03", "2021-06-14", "2021-07-01"],
  );
});

test("a date line's publication date is preferred over its update date", () => {
  const p = publishedDateIn("Last updated 04 Jun 2020, originally published 17 Jun 2019");
  assert.equal(p?.iso, "2019-06-17");
  assert.equal(p?.cue, "published");
  assert.equal(publishedDateIn("Aktualisiert: 11.04.2020, 10:27 · Publiziert: 03.04.2020")?.iso, "2020-04-03");
  assert.equal(publishedDateIn("14. Mai 2021 (aktualisiert am 16. Mai 2021)")?.iso, "2021-05-14");
  const updated = publishedDateIn("mis à jour le 5 avril 2022");
  assert.equal(updated?.iso, "2022-04-05");
  assert.equal(updated?.cue, "modified", "an update date alone is given, marked as such");
  assert.equal(publishedDateIn("no date here"), null);
});

test("a UTC date-time is given the local time of the page's language and country", () => {
  assert.equal(inLocalTime("2021-11-04T23:00Z", "de"), "2021-11-05T00:00+01:00");
  assert.equal(inLocalTime("2021-07-04T22:30:00Z", "de-DE"), "2021-07-05T00:30:00+02:00", "summer time");
  assert.equal(inLocalTime("2022-05-04T03:37:37Z", "en_US"), "2022-05-03T23:37:37-04:00");
  assert.equal(inLocalTime("2022-01-04T03:37Z", "en-US"), "2022-01-03T22:37-05:00");
  assert.equal(inLocalTime("2022-05-04T00:44Z", "pt-BR"), "2022-05-03T21:44-03:00");
  assert.equal(inLocalTime("2022-05-04T00:44Z", "es"), "2022-05-04T00:44Z", "Spanish spans many zones");
  assert.equal(inLocalTime("2022-05-04T00:44Z", "fr-CA"), "2022-05-04T00:44Z", "an unlisted country");
  assert.equal(inLocalTime("2022-05-04T00:44+02:00", "de"), "2022-05-04T00:44+02:00", "a stated zone stays");
  assert.equal(inLocalTime("2022-05-04", "de"), "2022-05-04");
});

test("a cue reaches its date across a weekday; 'Letzte Änderung' marks an update, 'Stand' does not", () => {
  const p = publishedDateIn("Erstellt am Dienstag, den 6. Mai 2014 um 23:30");
  assert.equal(p?.iso.slice(0, 10), "2014-05-06");
  assert.equal(p?.cue, "published");
  assert.equal(publishedDateIn("Posted on Friday, March 3, 2023")?.cue, "published");
  assert.equal(publishedDateIn("Letzte Änderung: 02.03.2023 · Erschienen am: 01.03.2023")?.iso, "2023-03-01");
  assert.equal(publishedDateIn("Stand: 01.03.2023")?.cue, null);
});

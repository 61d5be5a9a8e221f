import { test } from "node:test";
import assert from "node:assert/strict";
import {
  hasWeakBoilerplate,
  isCutLine,
  isHeadlineLike,
  isKeywordLine,
  isListHeading,
  isMarkerLine,
  isRelatedLine,
  isStrongBoilerplate,
  isTagLine,
} from "./boilerplate.js";

test("markers and short notices", () => {
  for (const s of [
    "ADVERTISEMENT",
    "Read more",
    "Support The Daily Lantern!",
    "Remind me later.",
    "Story continues below advertisement",
  ]) {
    assert.ok(isMarkerLine(s), s);
  }
  assert.ok(!isMarkerLine("Read more about the ferry in our report from Monday, which found delays."));
});

test("cookie, copyright and sign-up text", () => {
  assert.ok(isStrongBoilerplate("We use cookies to improve your visit."));
  assert.ok(isStrongBoilerplate("© 2023 Harbor Ledger"));
  assert.ok(isStrongBoilerplate("Subscribe to our daily newsletter"));
  assert.ok(isStrongBoilerplate("By providing an email address. I agree to the Terms."));
  assert.ok(!isStrongBoilerplate("The council said the copyright dispute was settled."));
  assert.ok(hasWeakBoilerplate("It arrives in your inbox every Monday with the best of our newsletter."));
});

test("appeals and comment sections cut to the end", () => {
  for (const s of ["A Message from The Daily Lantern:", "Dear readers,", "Comments (2)", "Add Comment", "12 comments"])
    assert.ok(isCutLine(s), s);
  assert.ok(!isCutLine("Comments from residents were mostly positive."));
});

test("related lists and pointers", () => {
  assert.ok(isListHeading("RELATED STORIES"));
  assert.ok(isListHeading("Most read"));
  assert.ok(isRelatedLine("Related article: Storm closes harbour wall"));
  assert.ok(isRelatedLine("Read also: Ferry strike ends"));
  assert.ok(isHeadlineLike("Apple prices climb after poor harvest"));
  assert.ok(isHeadlineLike("Freeze or flood? What growers fear"));
  assert.ok(!isHeadlineLike("The weather office said it would snow."));
});

test("tag lists, glued tag runs and keyword lines", () => {
  assert.ok(isTagLine("TAGS: Agriculture, Weather"));
  assert.ok(isTagLine("floodsriversMarrow plainsnowthawweather"));
  assert.ok(!isTagLine("Farmers say flood defences are holding"));
  assert.ok(!isTagLine("Donaudampfschifffahrt"), "a long word alone is not a glued run");
  assert.ok(isKeywordLine("orchards frost farming"));
  assert.ok(!isKeywordLine("Orchards and frost"));
});

import { test } from "node:test";
import assert from "node:assert/strict";
import {
  hasWeakBoilerplate,
  isAuthorBio,
  isAuthorHeading,
  isCutLine,
  isHeadlineLike,
  isKeywordLine,
  isListHeading,
  isMarkerLine,
  isRelatedLine,
  isStrongBoilerplate,
  isTagLine,
  requiredLiterals,
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

test("author bios: a name and a role, or a role first", () => {
  for (const s of [
    "Mara Lindqvist is a reporter covering the harbour and the islands for the paper.",
    "Dr. Jonas Feld ist Gründungspartner einer Kanzlei in Orvik und schreibt über Seerecht.",
    "Freier Autor in Orvik, schreibt über Fähren und Leuchttürme.",
    "Tomas writes about shipping and is the editor of the weekly harbour letter.",
  ]) {
    assert.ok(isAuthorBio(s), s);
  }
  assert.ok(!isAuthorBio("The council is a body of eleven members that meets each month in the old customs house."));
  assert.ok(!isAuthorBio("Mara Lindqvist said the ferry would run twice a day."));
});

test("appeals, disclosures, stamps and labels of page templates", () => {
  for (const s of [
    "Subscribe now to our weekend edition for the full story.",
    "Follow The Harbour Post on Twitter and Instagram.",
    "If you enjoyed reading this post, would you consider supporting our work?",
    "Dieser Artikel gefällt Ihnen?",
    "This post contains affiliate links, and we may earn a commission.",
    "You are using a browser version with limited support for CSS.",
  ]) {
    assert.ok(isStrongBoilerplate(s), s);
  }
  for (const s of [
    "Aktualisiert: 11.04.2021, 10:27",
    "Kontakt:",
    "Weitere Informationen",
    "Foto: Ada Berg / Orvik Post",
  ])
    assert.ok(isMarkerLine(s), s);
  assert.ok(isCutLine("Über den Autor"));
  for (const s of ["Zum Weiterlesen:", "Explore further", "Veja também:"]) assert.ok(isListHeading(s), s);
  assert.ok(!isStrongBoilerplate("The council will consider supporting the ferry company with a loan."));
  assert.ok(!isMarkerLine("Kontakt zur Fährgesellschaft gab es seit Monaten nicht, sagte der Bürgermeister."));
});

test("author box headings name a person after 'about'", () => {
  for (const s of ["About Mara Lindqvist", "Über Tilde Amsel-Berg", "Sobre Ana Pereira"])
    assert.ok(isAuthorHeading(s), s);
  for (const s of ["About the new pier", "Über uns", "Sobre el puerto de Orvik hoy"]) assert.ok(!isAuthorHeading(s), s);
});

test("the literal text a pattern needs, read from the pattern", () => {
  assert.deepEqual(requiredLiterals("\\bwe use cookies\\b"), ["we use cookies"]);
  // Groups of alternatives and optional parts break the run; the longest requirement wins.
  assert.deepEqual(requiredLiterals("\\b(this|our) (web)?site uses cookies\\b"), ["site uses cookies"]);
  assert.deepEqual(requiredLiterals("\\be-?mail address\\b"), ["mail address"]);
  assert.deepEqual(requiredLiterals("\\bcookies?\\b"), ["cookie"]);
  assert.deepEqual(requiredLiterals("\\(wird benötigt\\b"), ["(wird benötigt"]);
  // A needed group of literal alternatives requires one of them.
  assert.deepEqual(requiredLiterals("\\b(harbour closed|ferry late)\\b"), ["harbour closed", "ferry late"]);
  assert.deepEqual(requiredLiterals("tide table|\\bpier\\b"), ["tide table", "pier"]);
  // Nothing literal, or an alternative with nothing literal: no requirement.
  assert.equal(requiredLiterals("^\\d+$"), null);
  assert.equal(requiredLiterals("tide table|\\d+"), null);
});

test("the keyword check before the unanchored patterns changes no answer", () => {
  // Texts with the keywords in and out of their pattern's wording: the answer is the pattern's.
  assert.ok(isStrongBoilerplate("On this site we use cookies for the tide alerts."));
  assert.ok(isStrongBoilerplate("Harbour Notes 2024. All rights reserved."));
  assert.ok(isStrongBoilerplate("Your email will not be published. Required fields are marked *"));
  assert.ok(!isStrongBoilerplate("The bakery's cookie stall drew a long queue at the pier."));
  assert.ok(!isStrongBoilerplate("All rights to the pier were reserved for the town in 1890."));
  assert.ok(hasWeakBoilerplate("Cookies were handed out at the ferry terminal."));
  assert.ok(!hasWeakBoilerplate("The ferry terminal reopened on Monday."));
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { stripMarkdown } from "./markdown.js";

test("headings lose their hashes and are marked", () => {
  const l = stripMarkdown("## Ferry Route Approved ##");
  assert.equal(l.text, "Ferry Route Approved");
  assert.equal(l.heading, true);
});

test("emphasis, links and autolinks become their words", () => {
  assert.equal(
    stripMarkdown("The **mayor** said *yes* to [the plan](https://x.example/p)").text,
    "The mayor said yes to the plan",
  );
  assert.equal(stripMarkdown("<https://www.x.example/a>").text, "https://www.x.example/a");
  assert.equal(stripMarkdown("By [Wire Desk](#)").text, "By Wire Desk");
  assert.equal(stripMarkdown("snake_case_name stays").text, "snake_case_name stays");
});

test("a link closing a finished sentence is kept aside as a credit", () => {
  const l = stripMarkdown("Boats wait at the pier. [Harbour.example](https://harbour.example)");
  assert.equal(l.text, "Boats wait at the pier.");
  assert.equal(l.trailingLink, "Harbour.example");
});

test("images vanish and link text is counted", () => {
  const l = stripMarkdown("![a pier](p.jpg)[Home](/) [News](/n)");
  assert.equal(l.text, "Home News");
  assert.equal(l.linkChars, 8);
});

test("runs of white space become one space, with or without markdown", () => {
  assert.equal(stripMarkdown("The  ferry\u2003left \t at noon").text, "The ferry left at noon");
  assert.equal(stripMarkdown("The ferry left at noon").text, "The ferry left at noon");
  assert.equal(stripMarkdown("The **ferry**   left").text, "The ferry left");
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { type Candidate, type Rule, type RuleContext, runRules } from "./candidate.js";

/** A rule whose candidates are its whole matches, valued by their text. */
function rule(name: string, gate: RegExp, re: RegExp): Rule {
  return { name, gate, re, build: (m) => ({ type: "DATE", value: `${name}:${m[0]}` }) };
}

function candidatesOf(rules: readonly Rule[], text: string): string[] {
  const ctx: RuleContext = {
    text,
    anchor: null,
    tense: () => "past",
    sentence: () => text,
    posAt: () => "",
  };
  const out: Candidate[] = [];
  runRules(rules, [{ start: 0, end: text.length }], ctx, out);
  return out.map((c) => c.value);
}

test("every rule's gate is found, also where gates overlap or start inside a word", () => {
  const rules = [
    rule("unit", /\b(?:week|month)/i, /\b(?:this|last)\s+(?:week|month)\b/gi),
    rule("weekend", /\bweekend\b/i, /\bthe\s+weekend\b/gi),
    // No word boundary before the gate: "1980s" holds it at its third character.
    rule("decade", /\d0s\b/, /\b\d{3}0s\b/g),
    // A case-sensitive gate only matches its own case.
    rule("may", /\bMay\b/, /\bin\s+May\b/g),
    // A gate whose first part is optional may start on either word.
    rule("year", /(?:the\s+)?year/i, /\bthe\s+year\b/gi),
  ];
  assert.deepEqual(
    candidatesOf(rules, "Last week and over the weekend, as in the 1980s, prices fell; in May the year ended."),
    ["unit:Last week", "weekend:the weekend", "decade:1980s", "may:in May", "year:the year"],
  );
  assert.deepEqual(candidatesOf(rules, "They may meet in may."), []);
});

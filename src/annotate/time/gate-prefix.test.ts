import { test } from "node:test";
import assert from "node:assert/strict";
import { opensOnWordStart, prefixHits, prefixTable } from "./gate-prefix.js";

/** The positions where each regex matches (sticky), as "index:position". */
function matchesOf(regexes: readonly RegExp[], text: string): string[] {
  const out: string[] = [];
  for (let p = 0; p < text.length; p++)
    regexes.forEach((re, i) => {
      const sticky = new RegExp(re.source, re.flags.replace(/[gy]/g, "") + "y");
      sticky.lastIndex = p;
      if (sticky.test(text)) out.push(`${i}:${p}`);
    });
  return out;
}

/** The positions the table admits for each regex, as "index:position". */
function admittedOf(regexes: readonly RegExp[], text: string): string[] {
  const table = prefixTable(regexes.map((r) => r.source));
  const found = prefixHits(table, text);
  const out: string[] = [];
  for (let i = 0; i < found.length; i += table.words + 1)
    regexes.forEach((_, r) => {
      if (found[i + 1 + (r >> 5)]! & (1 << (r & 31))) out.push(`${r}:${found[i]}`);
    });
  return out;
}

test("the table admits every position where a regex matches", () => {
  const regexes = [
    /\b(?:mon|tues)day\b/i,
    /\bthe\s+year\b/i,
    /\d0s\b/,
    /\b(?:per|an?)\s+(?:hour|day)\b/i,
    /\b(?:1[5-9]|20)\d\d/,
    /\bQ[1-4]\b/i,
    /\byear(?:[\s-]end|['’]s\s+end)\b/i,
    /(?:the\s+)?week/i,
    /\b(?:Jan|Feb)/,
    /[^a-z]ago/,
  ];
  const texts = [
    "On Monday the year's end came early; in the 1980s and 2020s, rents rose 5% a day.",
    "THE  YEAR ended in Q3, two weeks ago (or a week), at 12 an hour, per day, and An hour.",
    "Jan. 5 and FEB 9: the year-end tally, the year’s end, midweek, 1999 and 2014.",
    "İt was Tuesday… Mondays and tuesdays; the\u00a0year; x1990s",
  ];
  for (const text of texts) {
    const admitted = new Set(admittedOf(regexes, text));
    for (const m of matchesOf(regexes, text)) assert.ok(admitted.has(m), `${m} in ${JSON.stringify(text)}`);
  }
});

test("the table leaves out words no regex can start with", () => {
  const regexes = [/\bthe\s+year\b/i, /\b(?:mon|tues)day\b/i];
  // Four characters decide: "Then" and "monk" are left out, "and" and "on" too.
  assert.deepEqual(admittedOf(regexes, "Then the year, and on Monday."), ["0:5", "1:22"]);
  assert.deepEqual(admittedOf(regexes, "another monk"), []);
  // "Mondale" starts like "Monday" and is admitted (the regex then fails there); "the" inside a word is not.
  assert.deepEqual(admittedOf(regexes, "Mondale lathe year"), ["1:0"]);
});

test("more than 32 regexes take more than one word of bits", () => {
  const regexes = Array.from({ length: 40 }, (_, i) => new RegExp(`\\bw${i}x\\b`));
  const table = prefixTable(regexes.map((r) => r.source));
  assert.equal(table.words, 2);
  const admitted = admittedOf(regexes, "a w35x and w3x");
  assert.ok(admitted.includes("35:2") && admitted.includes("3:11"));
});

test("opensOnWordStart: a \\b in front changes no match of the source", () => {
  assert.equal(opensOnWordStart(String.raw`(?<![\w-])(?:last\s+)?(?:mon|tues)day(?![\w-])`), true);
  assert.equal(opensOnWordStart(String.raw`(?<![\w-])the\s+year|(?<![\w-])Q[1-4]`), true);
  // A match may open on an apostrophe ("'80s"), or nothing keeps a word character out before it.
  assert.equal(opensOnWordStart(String.raw`(?<![\w-])(?:the\s+)?['’]?\d0s`), false);
  assert.equal(opensOnWordStart(String.raw`(?<=\bby\s+)year[\s-]end`), false);
  assert.equal(opensOnWordStart(String.raw`(?<![\w-])the|year`), false);
  for (const source of [
    String.raw`(?<![\w-])(?:early\s+)?(?:mon|tues)day`,
    String.raw`(?<![\w$.-]|\d[,.])(?:mid-)?20\d\d`,
  ]) {
    assert.ok(opensOnWordStart(source));
    const plain = new RegExp(source, "gi");
    const bounded = new RegExp(String.raw`\b(?:${source})`, "gi");
    const text = "Early Monday, mid-2021 and x2021, 2020s, non-Tuesday, _tuesday, midearly Monday 3.2021";
    assert.deepEqual(
      [...text.matchAll(bounded)].map((m) => `${m.index}:${m[0]}`),
      [...text.matchAll(plain)].map((m) => `${m.index}:${m[0]}`),
    );
  }
});

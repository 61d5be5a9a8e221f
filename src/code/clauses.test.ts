import { test } from "node:test";
import assert from "node:assert/strict";
import { splitClauses } from "./clauses.js";
import { docView } from "./doc-view.js";
import { testDoc } from "./test-doc.js";

function clausesOf(text: string): string[] {
  const v = docView(testDoc(text));
  const [first, last] = v.sentences[0]!;
  return splitClauses(v, first, last, 0).map((c) => `${c.kind}: ${text.slice(v.start[c.first]!, v.end[c.last - 1]!)}`);
}

test("a conjunction followed by a verb shares the subject; with its own subject it starts a main clause", () => {
  assert.deepEqual(clausesOf("Norland closed the border and expelled two envoys."), [
    "main: Norland closed the border and",
    "coord: expelled two envoys.",
  ]);
  assert.deepEqual(clausesOf("Norland closed the border and Vesta recalled its envoy."), [
    "main: Norland closed the border and",
    "main: Vesta recalled its envoy.",
  ]);
  assert.equal(clausesOf("Norland and Vesta signed a treaty.").length, 1);
});

test("participial, relative, complement, condition and tail clauses", () => {
  assert.deepEqual(clausesOf("The council met on Friday, condemning the raid, which Vesta denied."), [
    "main: The council met on Friday,",
    "participial: condemning the raid,",
    "relative: which Vesta denied.",
  ]);
  assert.deepEqual(clausesOf("Officials said that Vesta had closed the port."), [
    "main: Officials said that",
    "complement: Vesta had closed the port.",
  ]);
  assert.deepEqual(clausesOf("Norland will impose tariffs should Vesta raise its duties."), [
    "main: Norland will impose tariffs",
    "protasis: should Vesta raise its duties.",
  ]);
  assert.deepEqual(clausesOf("Norland backs the rebels, the president said on Monday."), [
    "main: Norland backs the rebels,",
    "tail: the president said on Monday.",
  ]);
});

test("an opening adjunct whose words are in quote marks is still an adjunct", () => {
  assert.deepEqual(clausesOf("After “annexing the islands”, Norland ordered its navy to enter the strait"), [
    "adjunct: After “annexing the islands”,",
    "main: Norland ordered its navy to enter the strait",
  ]);
  assert.deepEqual(clausesOf('If "attacked", Vesta will close the border.'), [
    'protasis: If "attacked",',
    "main: Vesta will close the border.",
  ]);
});

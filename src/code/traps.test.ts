import { test } from "node:test";
import assert from "node:assert/strict";
import { codeEvents } from "./code-events.js";
import { defaultPatterns } from "./patterns.js";
import { ents, testDoc } from "./test-doc.js";

const norland = { name: "Norland", country: "NOR", sector: "GOV" };
const vesta = { name: "Vesta", country: "VES", sector: "GOV" };
const rebels = { name: "Free Vesta Front", country: "VES", sector: "PRE" };
const people = ents({
  Norland: norland,
  Vesta: vesta,
  "the Free Vesta Front": rebels,
  Kelm: { name: "Kelm", country: "KEL", sector: "GOV" },
});
const coded = (text: string) =>
  codeEvents(testDoc(text, people), defaultPatterns()).map(
    (e) => `${e.event}${e.context ? " " + e.context.join(",") : ""}`,
  );

test("peacekeepers sent in are a deployment, not aid", () => {
  assert.deepEqual(coded("Norland ordered its army to send peacekeepers into Vesta."), ["MOBILIZE peacekeeping"]);
});

test("a warning against something is a threat, not a statement", () => {
  assert.deepEqual(coded("Norland warned Vesta against recognising the Free Vesta Front."), ["THREATEN"]);
});

test("evaluations by a speaker are accusations of the party named", () => {
  const text = "Kelm said Norland's move was a violation of international law.";
  const [e] = codeEvents(testDoc(text, people), defaultPatterns());
  assert.equal(e?.event, "ACCUSE");
  assert.deepEqual([e?.actor[0]?.name, e?.recipient[0]?.name], ["Kelm", "Norland"]);
  assert.deepEqual(coded("Kelm said this was a violation of international law."), []);
});

test("a caption is coded with lower confidence", () => {
  const doc = testDoc("Norland shelled Vesta.", people);
  const plain = codeEvents(doc, defaultPatterns())[0]!;
  const caption = codeEvents({ ...doc, captions: [{ start: 0, end: doc.text.length }] }, defaultPatterns())[0]!;
  assert.ok(caption.confidence! < plain.confidence!);
});

test("a month that is also a verb names a time, not a protest", () => {
  const text = "On March 2, 2026, Norland said it was ready.";
  const doc = testDoc(text, people, { times: [{ text: "March 2, 2026", type: "DATE", value: "2026-03-02" }] });
  assert.deepEqual(
    codeEvents(doc, defaultPatterns()).map((e) => e.event),
    [],
  );
});

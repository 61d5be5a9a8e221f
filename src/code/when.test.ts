import { test } from "node:test";
import assert from "node:assert/strict";
import { codeEvents } from "./code-events.js";
import { defaultPatterns } from "./patterns.js";
import { ents, testDoc } from "./test-doc.js";

const people = ents({
  Norland: { name: "Norland", country: "NOR", sector: "GOV" },
  Vesta: { name: "Vesta", country: "VES", sector: "GOV" },
});

test("the date is the nearest dated expression of the clause, a full date before a week", () => {
  const text = "Norland said on Tuesday it had recognised Vesta this week.";
  const doc = testDoc(text, people, {
    times: [
      { text: "Tuesday", type: "DATE", value: "2024-03-05" },
      { text: "this week", type: "DATE", value: "2024-W10" },
    ],
  });
  const [e] = codeEvents(doc, defaultPatterns());
  assert.equal(e?.date, "2024-03-05");
  assert.equal(e?.date_text, "Tuesday");
});

test("no date expression leaves the date null; unresolved values are not dates", () => {
  assert.equal(codeEvents(testDoc("Norland recognised Vesta.", people), defaultPatterns())[0]?.date, null);
  const doc = testDoc("Norland recognised Vesta on Monday.", people, {
    times: [{ text: "Monday", type: "DATE", value: "XXXX-WXX-1" }],
  });
  assert.equal(codeEvents(doc, defaultPatterns())[0]?.date, null);
});

test("quantities: dead, injured, troops", () => {
  const [a] = codeEvents(
    testDoc("Norland shelled Vesta, and three soldiers were killed and 12 wounded.", people),
    defaultPatterns(),
  );
  assert.deepEqual(a?.quantities, { dead: 3, injured: 12 });
  const [m] = codeEvents(testDoc("Norland has massed 40,000 troops near Vesta.", people), defaultPatterns());
  assert.deepEqual(m?.quantities, { troops: 40000 });
});

test("event ids are unique and text_info points at the clause", () => {
  const doc = testDoc("Norland recognised Vesta. Norland then condemned Vesta.", people);
  const events = codeEvents(doc, defaultPatterns());
  assert.deepEqual(
    events.map((e) => e.id),
    ["t:e1", "t:e2"],
  );
  for (const e of events) assert.equal(doc.text.slice(e.text_info.start, e.text_info.end), e.event_text);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { codeEvents } from "./code-events.js";
import { defaultPatterns } from "./patterns.js";
import { ents, testDoc } from "./test-doc.js";
import { docView } from "./doc-view.js";
import { splitClauses } from "./clauses.js";
import { eventDate } from "./when.js";

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
  const doc = testDoc("Norland recognised Vesta this month.", people, {
    times: [{ text: "this month", type: "DATE", value: "XXXX-XX" }],
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

/** The date eventDate gives the event whose trigger is the first token `word` (its n-th sentence's clause). */
function dateAt(
  text: string,
  word: string,
  times: { text: string; type: "DATE" | "TIME" | "DURATION"; value: string }[],
  published: string | null = "2024-03-06",
  quotes: { text: string; speaker: string }[] = [],
): string | null {
  const doc = testDoc(text, [], { times, published: published ?? undefined, quotes });
  if (!published) doc.meta.published = null;
  const v = docView(doc);
  const at = text.indexOf(word);
  const trigger = v.start.findIndex((s) => s === at);
  const si = v.sentences.findIndex(([f, l]) => f <= trigger && trigger < l);
  const range = v.sentences[si]!;
  const c = splitClauses(v, range[0], range[1], si).find((x) => x.first <= trigger && trigger < x.last)!;
  return eventDate(v, c, range, trigger, doc.times, doc).date;
}

test("governing time: the clause's own, then its main clause's, never a relative clause's", () => {
  const tue = { text: "Tuesday", type: "DATE" as const, value: "2024-03-05" };
  assert.equal(dateAt("Norland recognised Vesta on Tuesday and opened an embassy.", "opened", [tue]), "2024-03-05");
  assert.equal(dateAt("Norland on Tuesday said it had recognised Vesta.", "recognised", [tue], null), "2024-03-05");
  const y2014 = { text: "2014", type: "DATE" as const, value: "2014" };
  assert.equal(dateAt("Norland has massed troops near Ostra, which it seized in 2014.", "massed", [y2014]), null);
  assert.equal(dateAt("Norland has massed troops near Ostra, which it seized in 2014.", "seized", [y2014]), "2014");
});

test("a day after: the event is the governing date less the span", () => {
  const times = [
    { text: "March 6, 2024", type: "DATE" as const, value: "2024-03-06" },
    { text: "a day", type: "DURATION" as const, value: "P1D" },
  ];
  const text = "Guards patrolled the border on March 6, 2024, a day after Norland recognised Vesta and sent troops.";
  assert.equal(dateAt(text, "recognised", times), "2024-03-05");
  assert.equal(dateAt(text, "sent", times), "2024-03-05");
  assert.equal(dateAt(text, "patrolled", times), "2024-03-06");
  assert.equal(
    dateAt("The lira fell, two weeks before Norland sent troops.", "sent", [
      { text: "two weeks", type: "DURATION", value: "P2W" },
    ]),
    "2024-03-20",
  );
});

test("the publication date for a simple past with no time; null for background, plans and reported words", () => {
  assert.equal(dateAt("Norland also declared the truce dead.", "declared", []), "2024-03-06");
  assert.equal(dateAt("Norland declared the truce dead, accusing Vesta of attacks.", "accusing", []), "2024-03-06");
  assert.equal(dateAt("Norland has massed troops near Vesta.", "massed", []), null);
  assert.equal(dateAt("Norland had massed troops near Vesta.", "massed", []), null);
  assert.equal(dateAt("Norland refuses to talk to Vesta.", "refuses", []), null);
  assert.equal(dateAt("Norland will send troops.", "send", []), null);
  assert.equal(dateAt("Officials say Norland troops entered Vesta.", "entered", []), null);
  assert.equal(dateAt("Norland also declared the truce dead.", "declared", [], null), null);
});

test("a bare weekday with an unknown anchor stays its TIMEX3 value, for the story to anchor", () => {
  const doc = testDoc("Norland recognised Vesta on Tuesday.", ents({ Norland: { name: "Norland", country: "NOR" } }), {
    times: [{ text: "Tuesday", type: "DATE", value: "XXXX-WXX-2" }],
  });
  const [e] = codeEvents(doc, defaultPatterns());
  assert.equal(e?.date, "XXXX-WXX-2");
  assert.equal(e?.date_text, "Tuesday");
});

test("a participle after reported words is the speaker's act, dated like the speech verb", () => {
  const text = "Varga said the move could prevent casualties, accusing Vesta of planning an attack.";
  assert.equal(dateAt(text, "accusing", []), "2024-03-06");
  assert.equal(dateAt(text, "prevent", []), null);
});

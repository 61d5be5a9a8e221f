import { test } from "node:test";
import assert from "node:assert/strict";
import { codeEvents } from "./code-events.js";
import { defaultPatterns } from "./patterns.js";
import { ents, testDoc, type TestEntity } from "./test-doc.js";
import { eventQuantities } from "./when.js";
import { docView } from "./doc-view.js";

const norland = { name: "Norland", country: "NOR", sector: "GOV" };
const vesta = { name: "Vesta", country: "VES", sector: "GOV" };
const ostia = { name: "Ostia", country: "OST", sector: "GOV" };
const rebels = { name: "Vestan rebels", country: "VES", sector: "REB" };
const base: TestEntity[] = [...ents({ Norland: norland, Vesta: vesta, Ostia: ostia, rebels })];
const NAMES: Record<string, { name: string; adjective: string }> = {
  NOR: { name: "Norland", adjective: "Norlandic" },
  VES: { name: "Vesta", adjective: "Vestan" },
};

function code(text: string, extra: TestEntity[] = [], opts: Parameters<typeof testDoc>[2] = {}) {
  return codeEvents(testDoc(text, [...base, ...extra], opts), defaultPatterns(), (c) => NAMES[c]);
}
const statuses = (text: string, extra: TestEntity[] = []) => code(text, extra).map((e) => `${e.event} ${e.status}`);
const parties = (text: string, extra: TestEntity[] = []) =>
  code(text, extra).map(
    (e) =>
      `${e.event} ${e.actor.map((a) => `${a.name}/${a.sector ?? "-"}`).join("+")}->${e.recipient.map((a) => a.name).join("+")}`,
  );

test("'is to' + verb announces a plan", () => {
  assert.deepEqual(statuses("Norland is to deploy more troops to its border with Vesta."), ["MOBILIZE future"]);
});

test("a condition after an infinitive bounds the infinitive: the threat itself was made", () => {
  assert.deepEqual(statuses("Norland threatened to bomb Vesta if the raids went on."), ["THREATEN asserted"]);
  // Without an infinitive in between, the condition bounds the trigger.
  assert.deepEqual(statuses("Norland will expel the Vestan envoy if Vesta closes the port."), ["SANCTION conditional"]);
});

test("under a condition, 'would' is conditional but 'could' and 'might' are mere possibilities, not coded", () => {
  assert.deepEqual(statuses("If Vesta resumes talks, Norland would lift its sanctions."), ["RETREAT conditional"]);
  assert.deepEqual(statuses("If Vesta resumes talks, Norland could lift its sanctions."), []);
  assert.deepEqual(statuses("Norland might attack Vesta if the talks fail."), []);
});

test("negation: 'has yet to', 'neither ... nor'", () => {
  assert.deepEqual(statuses("Norland has yet to recognise the government of Vesta."), []);
  assert.deepEqual(statuses("Neither Norland nor Ostia sent troops to Vesta."), []);
  assert.deepEqual(statuses("Norland has yet again attacked Vesta."), ["ASSAULT asserted"]);
});

test("what a quote's inflected cue denies is denied ('denied' read as 'deny')", () => {
  const text = "Norland denied that it had sent troops to Vesta.";
  const events = code(text, [], {
    quotes: [{ text: "it had sent troops to Vesta", speaker: "Norland", actor: norland, cue: "denied" }],
  });
  assert.deepEqual(
    events.map((e) => `${e.event} ${e.status}`),
    ["REJECT asserted", "MOBILIZE denied"],
  );
});

test("a possessive before a role noun owns the subject: the owner's country in the role's sector", () => {
  assert.deepEqual(parties("Norland said its soldiers shelled a village in Vesta."), [
    "ASSAULT Norlandic soldiers/MIL->Vesta",
  ]);
  assert.deepEqual(parties("Vesta lies to the north. Its police arrested two Norland sailors."), [
    "COERCE Vestan police/COP->Norland",
  ]);
  // An organisation owning the role stays itself.
  assert.deepEqual(parties("The rebels said their fighters attacked Norland."), ["ASSAULT Vestan rebels/REB->Norland"]);
});

test("a name nobody linked, introduced by its role and country, acts as that country", () => {
  assert.deepEqual(parties("Tom Brandt, the defence minister of Norland, accused Vesta of spying."), [
    "ACCUSE Norland/GOV->Vesta",
  ]);
});

test("a name set off by commas that is the same party is an apposition, not a second actor", () => {
  const extra: TestEntity[] = [
    { text: "Ana Mara", actor: { name: "Ana Mara", country: "NOR", sector: "GOV" }, kind: "PERSON" },
    {
      text: "Norland's foreign minister",
      actor: { name: "Norlandic foreign minister", country: "NOR", sector: "GOV" },
      kind: "PERSON",
    },
  ];
  assert.deepEqual(parties("Ana Mara, Norland's foreign minister, condemned Vesta.", extra), [
    "ACCUSE Ana Mara/GOV->Vesta",
  ]);
  // A list without "and" of different parties stays a list.
  assert.deepEqual(parties("Norland, Ostia, Vesta condemned the coup."), ["ACCUSE Norland/GOV+Ostia/GOV+Vesta/GOV->"]);
});

test("the actor's own forces are what a deployment moves, never its recipient", () => {
  const troops: TestEntity[] = [
    { text: "troops", actor: { name: "Norlandic troops", country: "NOR", sector: "MIL" }, kind: "GROUP" },
  ];
  assert.deepEqual(parties("Norland sent troops to the border.", troops), ["MOBILIZE Norland/GOV->"]);
});

test("a caption restating a body event is marked with the body event it restates", () => {
  const text = "Norland recognised Vesta on Monday.\n\nIn a short speech, Norland recognised Vesta as a state.";
  const doc = testDoc(text, base, { published: "2031-03-04" });
  const events = codeEvents({ ...doc, captions: [{ start: 0, end: 35 }] }, defaultPatterns());
  assert.equal(events.length, 2);
  assert.match(events[0]!.why!, /restates=e2$/);
  assert.doesNotMatch(events[1]!.why!, /restates/);
});

test("number words come from the word list only, never from object properties", () => {
  const doc = testDoc("The builders said two guards were killed.", []);
  assert.deepEqual(eventQuantities(docView(doc), 0, doc.tokens!.length, "ASSAULT"), { dead: 2 });
  const odd = testDoc("Constructor guards were killed.", []);
  assert.equal(eventQuantities(docView(odd), 0, odd.tokens!.length, "ASSAULT"), undefined);
});

test("a past report of a past act takes the publication date, like ', officials said'; a present report does not", () => {
  const date = (text: string) =>
    codeEvents(testDoc(text, base, { published: "2031-03-04" }), defaultPatterns()).map((e) => e.date);
  assert.deepEqual(date("Officials said Norland shelled Vesta."), ["2031-03-04"]);
  assert.deepEqual(date("Norland shelled Vesta, officials said."), ["2031-03-04"]);
  assert.deepEqual(date("Officials say Norland shelled Vesta."), [null]);
  assert.deepEqual(date("Officials said Norland had shelled Vesta."), [null]);
});

test("weapons launched or fired at a target are an attack; a test launch is not", () => {
  assert.deepEqual(parties("Norland fired rockets at Vesta."), ["ASSAULT Norland/GOV->Vesta"]);
  assert.deepEqual(parties("Norland launched a missile into the sea as a test."), []);
  const [e] = code("Norland fired mortars at Vesta.");
  assert.equal(e?.cameo, "194");
});

test("a passive attack takes its attacker from the nationality of the means", () => {
  const extra: TestEntity[] = [{ text: "Norlandic", actor: { name: "Norland", country: "NOR" }, kind: "OTHER" }];
  assert.deepEqual(parties("Four people were killed in Norlandic air strikes on Vesta.", extra), [
    "ASSAULT Norland/-->Vesta",
  ]);
  // Without a means named, no attacker.
  assert.deepEqual(parties("Four people were killed in Vesta.", extra), ["ASSAULT ->"]);
});

test("an event noun as the subject of a verb of happening is an event", () => {
  assert.deepEqual(statuses("Protests erupted across Vesta on Friday."), ["PROTEST asserted"]);
  assert.deepEqual(statuses("Clashes broke out between Norland and Vesta."), ["ASSAULT asserted"]);
  // Elsewhere a subject noun refers back to an event told before.
  assert.deepEqual(statuses("The protest ended peacefully."), []);
});

test("the headline repeated in the text is marked like a caption when the body tells the same event", () => {
  const title = "Norland recognises Vesta";
  const text = `${title}\n\nNorland recognised Vesta on Monday, its foreign ministry said.`;
  const doc = testDoc(text, base, { published: "2031-03-04" });
  const events = codeEvents({ ...doc, meta: { ...doc.meta, title } }, defaultPatterns());
  assert.deepEqual(
    events.map((e) => /restates=e2$/.test(e.why ?? "")),
    [true, false],
  );
});

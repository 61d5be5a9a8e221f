import { test } from "node:test";
import assert from "node:assert/strict";
import { codeEvents } from "./code-events.js";
import { defaultPatterns } from "./patterns.js";
import { ents, testDoc } from "./test-doc.js";

const OFFICIALS = { name: "Vestan officials", country: "VES", sector: "GOV" };
const ARMY = { name: "Norland army", country: "NOR", sector: "MIL" };
const MINISTER = { name: "Ilse Varga", country: "VES", sector: "GOV" };

test("officials say X: the event is reported and claimed by the officials", () => {
  const doc = testDoc(
    "Vestan officials say Norland army troops have entered the border region.",
    ents({ "Vestan officials": OFFICIALS, "Norland army": ARMY }),
  );
  const [e] = codeEvents(doc, defaultPatterns()).filter((x) => x.event === "MOBILIZE");
  assert.equal(e?.status, "reported");
  assert.deepEqual(e?.claimed_by, OFFICIALS);
});

test("a direct quotation's speaker claims the events inside it", () => {
  const text = "\u201cNorland army troops have entered the border region,\u201d Ilse Varga said.";
  const doc = testDoc(text, ents({ "Ilse Varga": MINISTER, "Norland army": ARMY }), {
    quotes: [{ text: "Norland army troops have entered the border region", speaker: "Ilse Varga", actor: MINISTER }],
  });
  const [e] = codeEvents(doc, defaultPatterns()).filter((x) => x.event === "MOBILIZE");
  assert.equal(e?.status, "reported");
  assert.deepEqual(e?.claimed_by, MINISTER);
});

test("the speaker's own deed is not merely reported", () => {
  const text = "\u201cThe Norland army has sent troops to the border,\u201d the Norland army said.";
  const doc = testDoc(text, ents({ "Norland army": ARMY }), {
    quotes: [{ text: "The Norland army has sent troops to the border", speaker: "Norland army", actor: ARMY }],
  });
  const [e] = codeEvents(doc, defaultPatterns()).filter((x) => x.event === "MOBILIZE");
  assert.equal(e?.status, "asserted");
  assert.equal(e?.claimed_by, undefined);
});

test("a relative clause with its own speech verb is the writer's aside, not the speaker's words", () => {
  const text = "Ilse Varga said the Norland army was preparing an attack, which the Norland army has firmly denied.";
  const doc = testDoc(text, ents({ "Ilse Varga": MINISTER, "Norland army": ARMY }), {
    quotes: [
      {
        text: "the Norland army was preparing an attack, which the Norland army has firmly denied",
        speaker: "Ilse Varga",
        actor: MINISTER,
      },
    ],
  });
  const denial = codeEvents(doc, defaultPatterns()).find((x) => x.event === "REJECT");
  assert.ok(denial);
  assert.equal(denial.claimed_by, undefined);
});

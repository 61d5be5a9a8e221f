import { test } from "node:test";
import assert from "node:assert/strict";
import { codeEvents } from "../code/code-events.js";
import { defaultPatterns } from "../code/patterns.js";
import { personGender, pronounGender } from "./gender.js";
import { testDoc, type TestEntity } from "../code/test-doc.js";

test("a person's gender comes from a courtesy title or a given name, and is unknown otherwise", () => {
  const text = "Mrs. Okafor and Mr. Lind met Maria Svensson, Tom Brandt and Quill Arden.";
  const at = (name: string) => personGender(text, text.indexOf(name), text.indexOf(name) + name.length);
  assert.equal(at("Okafor"), "f");
  assert.equal(at("Lind"), "m");
  assert.equal(at("Maria Svensson"), "f");
  assert.equal(at("Tom Brandt"), "m");
  assert.equal(at("Quill Arden"), null);
  assert.equal(pronounGender("her"), "f");
  assert.equal(pronounGender("his"), "m");
  assert.equal(pronounGender("they"), null);
});

const lind = { name: "Maria Lind", country: "NOR", sector: "GOV" };
const brandt = { name: "Tom Brandt", country: "VES", sector: "GOV" };
const arden = { name: "Quill Arden", country: "XAR", sector: "GOV" };
const entities: TestEntity[] = [
  { text: "Maria Lind", actor: lind, kind: "PERSON" },
  { text: "Tom Brandt", actor: brandt, kind: "PERSON" },
  { text: "Quill Arden", actor: arden, kind: "PERSON" },
];
const actors = (text: string) =>
  codeEvents(testDoc(text, entities), defaultPatterns(), () => undefined).map((e) =>
    e.actor.map((a) => a.name).join("+"),
  );

test("'she' passes over a man named more recently, and 'he' over a woman; a name that tells nothing stays a candidate", () => {
  assert.deepEqual(actors("Maria Lind arrived first. Tom Brandt spoke briefly. She met officials from Vesta."), [
    "Maria Lind",
  ]);
  assert.deepEqual(actors("Tom Brandt arrived first. Maria Lind spoke briefly. He met officials from Norland."), [
    "Tom Brandt",
  ]);
  assert.deepEqual(actors("Tom Brandt arrived first. Quill Arden spoke briefly. She met officials from Vesta."), [
    "Quill Arden",
  ]);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { tokenize } from "../nlp/tokenize.js";
import { findQuotes } from "./find-quotes.js";

function quotes(text: string): { text: string; speaker: string | undefined }[] {
  const { tokens, sentences } = tokenize(text);
  return findQuotes(text, tokens, sentences, []).map((q) => ({ text: q.text, speaker: q.speaker?.text }));
}

test("a quotation signed with a dash and a name on the same line is that person's", () => {
  const text =
    "Readers of the Harbour Gazette wrote in.\n\n" +
    "\u201cThe ferry fares are a scandal and nobody listens to us.\u201d \u2015 Marta Quell\n" +
    "\u201cI have waited two years for the new bridge.\u201d\u2014 Tomas Eberle, a baker.\n" +
    '"We want the night buses back before winter." -- Ilse Varga';
  assert.deepEqual(quotes(text), [
    { text: "The ferry fares are a scandal and nobody listens to us.", speaker: "Marta Quell" },
    { text: "I have waited two years for the new bridge.", speaker: "Tomas Eberle, a baker" },
    { text: "We want the night buses back before winter.", speaker: "Ilse Varga" },
  ]);
});

test("a dash that goes on with the sentence is not a signature", () => {
  const text =
    "\u201cThe bridge will open in May,\u201d \u2014 and the mayor repeated it twice at the meeting on the quay.";
  assert.notEqual(quotes(text)[0]?.speaker, "and the mayor repeated it twice at the meeting on the quay");
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { detectLanguage, languageCode } from "./language.js";

test("function words tell the language", () => {
  assert.equal(
    detectLanguage("The council said that the ferry would sail in May, and it was the first time in years."),
    "en",
  );
  assert.equal(
    detectLanguage("Die Stadtwerke haben am Freitag eine neue Linie eröffnet, die nicht nur für Pendler ist."),
    "de",
  );
  assert.equal(
    detectLanguage("Le conseil a dit que le bateau partira en mai pour la première fois dans cette ville."),
    "fr",
  );
  assert.equal(detectLanguage("Рада заявила, що пором вийде в травні, і це вже вирішено."), "uk");
  assert.equal(detectLanguage("Совет заявил, что паром выйдет в мае, и это уже решено, как и было."), "ru");
  assert.equal(detectLanguage("Veldara 2023"), null);
});

test("markup language tags", () => {
  assert.equal(languageCode("en-GB"), "en");
  assert.equal(languageCode("de_DE"), "de");
  assert.equal(languageCode(""), null);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { detectLanguage, languageCode, SEPARATOR } from "./language.js";

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

test("the separator table splits words where the pattern it stands for does", () => {
  const re = /[\s!-@[-`{-~\u00a0-\u00bf\u2000-\u206f]/;
  for (let c = 0; c < 0x10000; c++) assert.equal(SEPARATOR[c], re.test(String.fromCharCode(c)) ? 1 : 0, c.toString(16));
});

test("only the first words of a long text are read", () => {
  // 250 words of filler, then many English function words: the sample ends before them.
  const filler = Array.from({ length: 250 }, (_, i) => `Veldara${i}`).join(" ");
  assert.equal(detectLanguage(`${filler} the of and that the of and that`), null);
  assert.equal(detectLanguage(`the of and ${filler}`), "en");
  // A text opening with punctuation counts an empty first word, as a split would.
  const fill249 = Array.from({ length: 247 }, (_, i) => `Veldara${i}`).join(" ");
  assert.equal(detectLanguage(`${fill249} the of and`), "en");
  assert.equal(detectLanguage(`... ${fill249} the of and`), null);
});

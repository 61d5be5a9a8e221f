import { test } from "node:test";
import assert from "node:assert/strict";
import { declaredCharset, detectCharset, guessLegacy, headerCharset } from "./charset.js";
import { encodeLegacy } from "./test-helpers.js";

const RUSSIAN =
  "Мэр города Северск объявил в понедельник, что новый мост через реку откроют весной. " +
  "По его словам, работы идут по графику, а жители получат удобный путь к рынку.";
const FRENCH =
  "Le maire de Vallon a annoncé lundi que le nouveau pont sera ouvert à la circulation en été, déjà prévu.";
const POLISH =
  "Burmistrz miasta Zielonka ogłosił w środę, że nowy most zostanie otwarty jesienią; mieszkańcy są zadowoleni.";
const CZECH =
  "Starosta města Horní Lhota v pondělí oznámil, že nový most přes řeku bude otevřen na jaře. Občané žádali změnu.";
const JAPANESE = "北浜市の市長は月曜日、新しい橋が春に開通すると発表した。住民は市場への近道ができると喜んでいる。";
const CHINESE = "北滨市市长周一宣布，新桥将于春季通车。居民们表示，这将使他们去市场更加方便。";
const KOREAN = "북빈시 시장은 월요일 새 다리가 봄에 개통된다고 발표했다. 주민들은 시장 가는 길이 편해졌다고 말했다.";

test("legacy encodings are told apart from the bytes alone", () => {
  const cases: [string, string, string][] = [
    [RUSSIAN, "windows-1251", "windows-1251"],
    [RUSSIAN, "koi8-r", "koi8-r"],
    [FRENCH, "windows-1252", "windows-1252"],
    [POLISH, "iso-8859-2", "iso-8859-2"],
    [CZECH, "iso-8859-2", "iso-8859-2"],
    [JAPANESE, "shift_jis", "shift_jis"],
    [JAPANESE, "euc-jp", "euc-jp"],
    [CHINESE, "gbk", "gbk"],
    [KOREAN, "euc-kr", "euc-kr"],
  ];
  for (const [text, enc, want] of cases) {
    const bytes = encodeLegacy(text, enc);
    const got = guessLegacy(bytes);
    assert.equal(got, want, `${enc}: ${text.slice(0, 20)}`);
    assert.equal(new TextDecoder(got).decode(bytes), text);
  }
});

test("a byte-order mark, then the transport's header, then the document's own declaration", () => {
  const page = Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r">');
  assert.equal(declaredCharset(page), "koi8-r");
  assert.deepEqual(detectCharset(page, { markup: true }), { label: "koi8-r", via: "declared" });
  assert.deepEqual(detectCharset(page, { markup: true, header: "windows-1251" }), {
    label: "windows-1251",
    via: "header",
  });
  const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), page]);
  assert.equal(detectCharset(bom, { markup: true, header: "windows-1251" }).label, "utf-8");
  assert.equal(declaredCharset(Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss>')), "windows-1252");
  assert.equal(headerCharset('text/html; charset="Shift_JIS"'), "shift_jis");
  assert.equal(headerCharset("text/html; charset=nonsense-42"), null, "an unknown label is ignored");
});

test("bytes that are valid UTF-8 beat a stale single-byte declaration", () => {
  const page = Buffer.from('<meta charset="iso-8859-1"><p>Café déjà vu</p>');
  assert.deepEqual(detectCharset(page, { markup: true }), { label: "utf-8", via: "utf-8" });
  const ascii = Buffer.from('<meta charset="windows-1251"><p>plain</p>');
  assert.equal(detectCharset(ascii, { markup: true }).label, "windows-1251");
  const undeclared = encodeLegacy(`<p>${RUSSIAN}</p>`, "windows-1251");
  assert.deepEqual(detectCharset(undeclared, { markup: true }), { label: "windows-1251", via: "guessed" });
});

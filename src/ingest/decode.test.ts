import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeBytes, decodeMixedUtf8 } from "./decode.js";

test("UTF-8 with stray Latin-1 bytes keeps both: no replacement characters", () => {
  const mixed = Buffer.concat([
    Buffer.from("Grüße aus "),
    Buffer.from([0x4b, 0xfc, 0x63, 0x68, 0x65]),
    Buffer.from(" – fin"),
  ]);
  assert.equal(decodeMixedUtf8(mixed), "Grüße aus Küche – fin");
  const page = Buffer.concat([
    Buffer.from('<meta charset="utf-8"><p>Café, '),
    Buffer.from([0x4d, 0xfc, 0x6e]),
    Buffer.from("</p>"),
  ]);
  const got = decodeBytes(page, "html");
  assert.ok("text" in got);
  assert.equal(got.text, '<meta charset="utf-8"><p>Café, Mün</p>');
});

test("empty and binary bytes are refused; a text in a legacy encoding is decoded and says so", () => {
  assert.deepEqual(decodeBytes(Buffer.from(" \n\t"), "text"), { problem: "empty file" });
  assert.deepEqual(decodeBytes(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00]), "text"), {
    problem: "binary file (contains NUL bytes)",
  });
  assert.deepEqual(decodeBytes(Buffer.from([1, 2, 3, 4, 5, 0x41, 0x42, 6, 7, 8]), "text"), {
    problem: "binary file (control characters)",
  });
  assert.deepEqual(decodeBytes(Buffer.from([0x43, 0x61, 0x66, 0xe9]), "text"), {
    text: "Café",
    charset: "windows-1252",
    via: "guessed",
  });
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Hi ☃", "utf16le")]);
  assert.deepEqual(decodeBytes(utf16, "text"), { text: "Hi ☃", charset: "utf-16le", via: "bom" });
});

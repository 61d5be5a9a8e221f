import { test } from "node:test";
import assert from "node:assert/strict";
import { block } from "./block.js";
import { cleanBlocks, type Findings } from "./clean-blocks.js";

const found = (): Findings => ({ agencies: [], byline: [], outletCues: [], dates: [] });
const prose = (topic: string) =>
  `The harbour council of Orvik met on Tuesday to discuss ${topic}, and the members agreed that the matter needed more time.`;

test("a long paragraph that mentions donations stays beside a dropped date line", () => {
  const donation = `${prose("the donation of a lifeboat")} The boat was a donation from a fishing family. ${prose("its crew")}`;
  const got = cleanBlocks([block("March 4, 2024"), block(donation), block(prose("the slipway"))], found());
  assert.ok(
    got.some((b) => b.text.includes("lifeboat")),
    JSON.stringify(got),
  );
  const box = cleanBlocks(
    [
      block(prose("the slipway")),
      block(prose("the pier")),
      block("Sign up for our newsletter"),
      block("Donations keep our newsletter free."),
    ],
    found(),
  );
  assert.ok(!box.some((b) => b.text.includes("Donations")), JSON.stringify(box));
});

test("an author bio among the last paragraphs goes with what follows it", () => {
  const got = cleanBlocks(
    [
      block(prose("the slipway")),
      block(prose("the pier")),
      block("Mara Lindqvist is a reporter covering the harbour for the Orvik Post."),
      block("All articles by Mara"),
    ],
    found(),
  );
  assert.deepEqual(
    got.map((b) => b.text),
    [prose("the slipway"), prose("the pier")],
  );
});

test("figure labels, viewer buttons and copyright credits mark captions", () => {
  const got = cleanBlocks(
    [
      block(prose("the slipway")),
      block("Abbildung 2: Der neue Steg im Hafen von Orvik."),
      block("Vergrößern Der alte Leuchtturm bei Nacht."),
      block("Snow on the harbour wall in January. © Ada Berg/Harbourpics"),
      block(prose("the pier")),
    ],
    found(),
  );
  assert.deepEqual(
    got.map((b) => [b.kind, b.text]),
    [
      ["p", prose("the slipway")],
      ["caption", "Abbildung 2: Der neue Steg im Hafen von Orvik."],
      ["caption", "Der alte Leuchtturm bei Nacht."],
      ["caption", "Snow on the harbour wall in January."],
      ["p", prose("the pier")],
    ],
  );
});

test("a long unlinked last line after the prose is kept; a linked headline at the end goes", () => {
  const motto = "You cannot cross the sea merely by standing and staring at the water (an old saying)";
  const kept = cleanBlocks([block(prose("the slipway")), block(prose("the pier")), block(motto)], found());
  assert.equal(kept[kept.length - 1]!.text, motto);
  const teaser = "Council Approves New Budget For The Harbour Repairs In Orvik";
  const gone = cleanBlocks(
    [block(prose("the slipway")), block(prose("the pier")), block(teaser, "p", { linkChars: teaser.length - 10 })],
    found(),
  );
  assert.equal(gone[gone.length - 1]!.text, prose("the pier"));
});

test("a repeated paragraph goes, and a caption repeating the body", () => {
  const texts = (bs: ReturnType<typeof cleanBlocks>) => bs.map((b) => `${b.kind}:${b.text}`);
  const again = cleanBlocks(
    [block(prose("the slipway")), block(prose("the pier")), block(prose("the slipway"))],
    found(),
  );
  assert.deepEqual(texts(again), [`p:${prose("the slipway")}`, `p:${prose("the pier")}`]);
  // Told apart by lower case only, and with an "İ" (two code units in lower case) in one copy.
  const cased = cleanBlocks(
    [
      block(`İzmir: ${prose("the ferry")}`),
      block(prose("the pier")),
      block(`i̇zmir: ${prose("the ferry")}`.toUpperCase()),
    ],
    found(),
  );
  assert.equal(cased.length, 2, JSON.stringify(texts(cased)));
  const caption = cleanBlocks(
    [block(prose("the slipway")), block(prose("the pier"), "caption"), block(prose("the pier"))],
    found(),
  );
  assert.deepEqual(texts(caption), [`p:${prose("the slipway")}`, `p:${prose("the pier")}`]);
});

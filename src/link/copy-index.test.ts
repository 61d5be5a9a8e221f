import { test } from "node:test";
import assert from "node:assert/strict";
import { linkCorpus } from "./link-corpus.js";
import { StoryLinker } from "./story-linker.js";
import { article } from "./test-articles.js";
import { wireCredits } from "./wire-credit.js";

const wire =
  "KESSIN, March 2 (WPA) - Two fishermen were hurt when Orlan artillery shelled the quay of the Veldmark " +
  "port town of Kessin overnight, the Veldmark defence ministry said on Monday, the worst breach of the " +
  "river truce since it was signed last spring. Orlan's defence ministry denied the report and said its " +
  "gunners had answered fire from Veldmark positions across the Mirel river near the old dam.";
const reprint = wire
  .replace("Two fishermen were hurt", "Two fishermen were injured")
  .replace("the worst breach", "in the worst breach")
  .replace("near the old dam", "close to the old dam");
const shelling = (id: string, text: string, outlet: string) =>
  article({
    id,
    title: "Orlan shells Kessin quay",
    published: "2031-03-02",
    outlet,
    text,
    events: [
      { id: "e", text: "shelled the quay", type: "ASSAULT", actor: "XOR", recipient: "XVM", date: "2031-03-02" },
    ],
  });

test("a wire dateline credits its agency", () => {
  assert.deepEqual(wireCredits(shelling("a", wire, "Ledger")), ["WPA"]);
  assert.deepEqual(wireCredits(shelling("b", "Orlan shelled the quay, WPA said (WPA) - no dateline.", "Ledger")), []);
});

test("two outlets reprinting one wire story are one family and one independent source", () => {
  const own = shelling(
    "own",
    "Our reporter in Kessin saw smoke over the quay on Monday as Orlan artillery shelled the quay again; " +
      "harbour staff said two fishermen were taken to hospital in the town.",
    "Kessin Daily",
  );
  const stories = linkCorpus([shelling("a", wire, "Ledger"), shelling("b", reprint, "Courier"), own]);
  assert.equal(stories.length, 1);
  const ev = stories[0]!.events.find((e) => e.event === "ASSAULT")!;
  assert.equal(ev.mentions.length, 3);
  assert.equal(ev.sources.length, 3);
  assert.equal(ev.independent_sources, 2, "the reprint counts with its original");
});

test("copies are found across the whole stream, whichever story they were put in", () => {
  const linker = new StoryLinker();
  linker.add(shelling("a", wire, "Ledger"));
  for (let i = 0; i < 30; i++) {
    linker.add(
      article({
        id: `x${i}`,
        title: `Unrelated note ${i}`,
        text: `Market report ${i}: grain prices in Sarnia moved by ${i} cents as barges waited at lock ${i * 7}.`,
      }),
    );
  }
  linker.add(shelling("b", reprint, "Courier"));
  assert.equal(linker.family("b"), linker.family("a"));
  assert.equal(linker.storyId("b"), linker.storyId("a"));
});

import { test } from "node:test";
import assert from "node:assert/strict";
import type { Article } from "../model/schema.js";
import { linkCorpus } from "./link-corpus.js";
import { StoryLinker, type LinkerState } from "./story-linker.js";
import { article, saveChanges as save } from "./test-articles.js";

const mk = (id: string, published: string, title: string, text: string): Article =>
  article({ id, title, published, outlet: `Outlet ${id}`, text });

/** Other news, so that words have document frequencies to speak of. */
const background = [
  mk(
    "x1",
    "2031-05-20",
    "Orlan roads office reopens Tessary lane",
    "Engineers of the Orlan roads office reopened one lane of the Tessary quarry road after the landslide.",
  ),
  mk(
    "x2",
    "2031-05-21",
    "Veldmark election called",
    "The Veldmark premier called an early election for August after losing a budget vote in parliament.",
  ),
  mk(
    "x3",
    "2031-05-22",
    "Brunholt council approves tram line",
    "The Brunholt town council approved a tram line from the station to the university after a long debate.",
  ),
];
/** A dock strike, four reports. */
const strike = [
  mk(
    "a1",
    "2031-06-01",
    "Cranes idle in Kessin strike",
    "Crane drivers of the Quayside Union walked out at the Mirel harbour in Kessin. Union leader Marta Vosk said " +
      "the cranes would stay idle until night pay is restored.",
  ),
  mk(
    "a2",
    "2031-06-02",
    "Ferries cancelled as Quayside Union strike goes on",
    "Ferries from the Mirel harbour to the islands were cancelled for a second day. The port authority said talks " +
      "with the Quayside Union on night pay had stalled.",
  ),
  mk(
    "a3",
    "2031-06-02",
    "Quayside Union rejects port offer",
    "Marta Vosk of the Quayside Union rejected the port authority offer and said the walkout would go on.",
  ),
  mk(
    "a4",
    "2031-06-03",
    "Kessin dock strike enters second week",
    "The Quayside Union strike at the Mirel harbour entered its second week, with cranes idle and ferries " +
      "cancelled. Marta Vosk said members would not return without night pay.",
  ),
];
/** A granary fire: the first report also mentions the strike, which brings it into the strike's story. */
const fire = [
  mk(
    "b1",
    "2031-06-03",
    "Fire destroys Brennick granary",
    "A fire destroyed the Brennick granary in Kessin overnight. Fire chief Oskar Brandt said his tankers were " +
      "slowed because cranes and ferries at the Mirel harbour stood idle in the Quayside Union strike.",
  ),
  mk(
    "b2",
    "2031-06-03",
    "Granary blaze in Kessin",
    "Fire chief Oskar Brandt said two watchmen were treated for smoke after the fire at the Brennick granary. " +
      "Tankers fought the blaze for six hours.",
  ),
  mk(
    "b3",
    "2031-06-04",
    "Granary owner counts fire losses",
    "The owner of the Brennick granary said the fire destroyed the grain dryer and a year of stock. Oskar Brandt " +
      "praised the tanker crews.",
  ),
  mk(
    "b4",
    "2031-06-05",
    "Cause of Brennick granary fire sought",
    "Investigators searched the ruins of the Brennick granary for the cause of the fire. Oskar Brandt said the " +
      "blaze began in a grain dryer.",
  ),
];
const stream = [...background, ...strike, ...fire];

test("a story splits once its articles form two groups that are far apart; the larger keeps the id", () => {
  const linker = new StoryLinker();
  for (const a of [...background, ...strike]) linker.add(a);
  const strikeId = linker.storyId("a1")!;
  assert.ok(
    strike.every((a) => linker.storyId(a.id) === strikeId),
    "the strike reports make one story",
  );
  linker.takeChanges();

  // The first fire reports join the strike's story (the first one tells of both): no evidence yet.
  linker.add(fire[0]!);
  linker.add(fire[1]!);
  assert.equal(linker.storyId("b1"), strikeId);
  assert.equal(linker.storyId("b2"), strikeId);
  linker.takeChanges();

  // A third fire report shows two groups: the fire leaves, the strike (the larger part) keeps the id.
  linker.add(fire[2]!);
  const fireId = linker.storyId("b3")!;
  assert.notEqual(fireId, strikeId);
  assert.ok(fire.slice(0, 3).every((a) => linker.storyId(a.id) === fireId));
  assert.ok(strike.every((a) => linker.storyId(a.id) === strikeId));
  const ch = linker.takeChanges();
  assert.deepEqual(ch.views.map((s) => s.id).sort(), [fireId, strikeId].sort(), "only the two parts are rebuilt");
  assert.deepEqual(ch.removed, []);
  const byId = new Map(ch.views.map((s) => [s.id, s]));
  assert.deepEqual([...byId.get(strikeId)!.articles].sort(), ["a1", "a2", "a3", "a4"]);
  assert.deepEqual([...byId.get(fireId)!.articles].sort(), ["b1", "b2", "b3"]);

  // Later fire reports find the fire's story.
  assert.equal(linker.add(fire[3]!), fireId);
  // The background stories were never touched.
  assert.equal(new Set(background.map((a) => linker.storyId(a.id))).size, 3);
});

test("a story whose articles all tell one event does not split", () => {
  const linker = new StoryLinker();
  for (const a of [...background, ...strike]) linker.add(a);
  const more = mk(
    "a5",
    "2031-06-04",
    "Quayside Union strike ends",
    "The Quayside Union ended its strike at the Mirel harbour after the port authority restored night pay. " +
      "Marta Vosk said cranes would run again and ferries sail on Monday.",
  );
  const id = linker.add(more);
  assert.equal(id, linker.storyId("a1"));
  assert.equal(linker.stories().length, 4);
});

test("a split made across saved runs gives the stories and ids of one run", () => {
  let state: LinkerState = { docs: 0, df: [], stories: [], copies: [], shingles: [] };
  const byId = new Map(stream.map((a) => [a.id, a]));
  for (const a of stream) {
    const linker = StoryLinker.restore(state);
    linker.add(a);
    for (const id of linker.missing()) linker.provide(byId.get(id)!);
    state = save(state, linker);
  }
  const restored = StoryLinker.restore(state);
  for (const a of stream) restored.provide(a);
  const sorted = (ss: { id: string; articles: string[] }[]) =>
    ss.map((s) => `${s.id}:${[...s.articles].sort().join(",")}`).sort();
  const atOnce = linkCorpus(stream);
  assert.deepEqual(sorted(restored.stories()), sorted(atOnce));
  assert.equal(atOnce.length, 5, "three background stories, the strike and the fire");
});

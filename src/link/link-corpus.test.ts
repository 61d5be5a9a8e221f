import { test } from "node:test";
import assert from "node:assert/strict";
import { linkCorpus } from "./link-corpus.js";
import { StoryLinker } from "./story-linker.js";
import { article } from "./test-articles.js";

const ceasefireLedger = article({
  id: "ledger-1",
  title: "Veldmark and Orlan sign ceasefire at Kessin talks",
  published: "2031-03-10",
  outlet: "Northern Ledger",
  agencies: ["Wirepress"],
  text:
    "Veldmark and Orlan signed a ceasefire in the border town of Kessin on Monday, ending three weeks of shelling " +
    "along the Mirel river. Foreign minister Adela Worns said the truce would be watched by monitors from the " +
    "Harbour League. Orlan's president Tomas Breck called the accord a first step towards a lasting settlement. " +
    "Orlan artillery shelled the outskirts of Kessin on March 1, killing four fishermen near the Mirel dam.",
  actors: { "Adela Worns": "XVM", "Tomas Breck": "XOR", Veldmark: "XVM", Orlan: "XOR" },
  events: [
    {
      id: "e1",
      text: "signed a ceasefire",
      type: "AGREE",
      actor: "XVM",
      recipient: "XOR",
      date: "2031-03-09",
      cameo: "057",
    },
    {
      id: "e2",
      text: "shelled the outskirts of Kessin",
      type: "ASSAULT",
      actor: "XOR",
      recipient: "XVM",
      date: "2031-03-01",
    },
  ],
});

const ceasefireCoastal = article({
  id: "coastal-1",
  title: "Ceasefire between Orlan and Veldmark holds along the Mirel",
  published: "2031-03-11",
  outlet: "Coastal Times",
  text:
    "A ceasefire signed at Kessin between Orlan and Veldmark held overnight along the Mirel river, residents of " +
    "the border town said. President Tomas Breck and foreign minister Adela Worns signed the ceasefire on Monday " +
    "after talks hosted by the Harbour League, whose monitors arrived on Tuesday. Orlan guns shelled Kessin again " +
    "on March 7, days before the deal, hitting the ferry landing.",
  actors: { "Adela Worns": "XVM", "Tomas Breck": "XOR", Veldmark: "XVM", Orlan: "XOR" },
  events: [
    {
      id: "e1",
      text: "signed the ceasefire",
      type: "AGREE",
      actor: "XOR",
      recipient: "XVM",
      date: "2031-03-09",
      cameo: "057",
    },
    { id: "e2", text: "shelled Kessin again", type: "ASSAULT", actor: "XOR", recipient: "XVM", date: "2031-03-07" },
    { id: "e3", text: "monitors arrived", type: "COOPERATE", actor: "IGO", recipient: "XVM", date: null },
  ],
});

/** The Wirepress story again, as another outlet ran it with one line added. */
const ceasefireValley = article({
  ...{
    id: "valley-1",
    title: "Ceasefire signed in Kessin",
    published: "2031-03-10",
    outlet: "Valley Herald",
    agencies: ["WIREPRESS"],
  },
  text: ceasefireLedger.text + " Markets in Veldmark rose on the news.",
  actors: { "Adela Worns": "XVM", "Tomas Breck": "XOR" },
  events: [{ id: "v1", text: "signed a ceasefire", type: "AGREE", actor: "XVM", recipient: "XOR", date: "2031-03-09" }],
});

const drought = article({
  id: "farm-1",
  title: "Drought halves the wheat harvest in Sarnia",
  published: "2031-03-10",
  outlet: "Farm Weekly",
  text:
    "Farmers across the Sarnia plateau expect the smallest wheat harvest in forty years after a winter without snow. " +
    "Grain cooperatives asked the agriculture ministry for emergency credit, and millers warned that bread prices " +
    "could climb before the summer.",
  events: [
    {
      id: "d1",
      text: "asked the agriculture ministry for emergency credit",
      type: "REQUEST",
      actor: "XSA",
      recipient: "XSA",
    },
  ],
});

const corpus = [ceasefireLedger, ceasefireCoastal, ceasefireValley, drought];

test("articles about one event form one story; an unrelated article forms another", () => {
  const stories = linkCorpus(corpus);
  assert.equal(stories.length, 2);
  const ceasefire = stories.find((s) => s.articles.includes("ledger-1"))!;
  assert.deepEqual([...ceasefire.articles].sort(), ["coastal-1", "ledger-1", "valley-1"]);
  assert.equal(ceasefire.title, ceasefireLedger.meta.title, "the earliest article's title (ties: the first added)");
});

test("an event reported by two outlets is one story event, with the wire copy counted once", () => {
  const ceasefire = linkCorpus(corpus).find((s) => s.articles.includes("ledger-1"))!;
  const deal = ceasefire.events.find((e) => e.mentions.some((m) => m.article === "ledger-1" && m.event === "e1"))!;
  assert.deepEqual(deal.mentions.map((m) => `${m.article}/${m.event}`).sort(), [
    "coastal-1/e1",
    "ledger-1/e1",
    "valley-1/v1",
  ]);
  assert.deepEqual([...deal.sources].sort(), ["Coastal Times", "Northern Ledger", "Valley Herald"]);
  assert.equal(deal.independent_sources, 2);
  assert.equal(deal.date, "2031-03-09");
  assert.equal(deal.cameo, "057");
});

test("two shellings on different days stay two events, in date order", () => {
  const ceasefire = linkCorpus(corpus).find((s) => s.articles.includes("ledger-1"))!;
  const shellings = ceasefire.events.filter((e) => e.event === "ASSAULT");
  assert.deepEqual(
    shellings.map((e) => e.date),
    ["2031-03-01", "2031-03-07"],
  );
});

test("the timeline runs by date with undated events last", () => {
  const ceasefire = linkCorpus(corpus).find((s) => s.articles.includes("ledger-1"))!;
  assert.deepEqual(
    ceasefire.events.map((e) => e.date),
    ["2031-03-01", "2031-03-07", "2031-03-09", null],
  );
});

test("stories and their ids do not depend on the order of the corpus", () => {
  const forward = linkCorpus(corpus);
  const backward = linkCorpus([...corpus].reverse());
  assert.deepEqual(backward, forward);
});

test("the incremental linker gives each article one story, even when added twice", () => {
  const linker = new StoryLinker();
  const first = linker.add(ceasefireLedger);
  assert.equal(linker.add(drought) === first, false);
  assert.equal(linker.add(ceasefireCoastal), first);
  assert.equal(linker.add(ceasefireLedger), first);
  assert.equal(linker.stories().length, 2);
  assert.equal(linker.stories()[0]!.articles.length, 2);
  assert.equal(linker.family("valley-1"), "valley-1");
  linker.add(ceasefireValley);
  assert.equal(linker.family("valley-1"), linker.family("ledger-1"));
  assert.notEqual(linker.family("coastal-1"), linker.family("ledger-1"));
});

test("an article without title, date or outlet still gets a story with a readable title", () => {
  const bare = article({
    id: "bare-1",
    title: null,
    url: "https://www.kessin-daily.example/a/1",
    text: "The Kessin ferry resumed service on Wednesday after the ceasefire between Veldmark and Orlan.",
    events: [{ id: "b1", text: "resumed service", type: "COOPERATE", actor: "XVM", recipient: [] }],
  });
  const [story] = linkCorpus([bare]);
  assert.match(story!.title, /^The Kessin ferry/);
  assert.deepEqual(story!.events[0]!.sources, ["kessin-daily.example"]);
});

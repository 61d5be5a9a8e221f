import { test } from "node:test";
import assert from "node:assert/strict";
import type { Article } from "../model/schema.js";
import { linkArticles, linkCorpus } from "./link-corpus.js";
import { StoryLinker, type LinkerState } from "./story-linker.js";
import { article, saveChanges as save } from "./test-articles.js";

const harbour = (id: string, published: string, extra: string) =>
  article({
    id,
    title: `Kessin harbour strike enters day ${id}`,
    published,
    outlet: `Outlet ${id}`,
    text:
      `Dock workers in Kessin kept the Mirel harbour closed as the strike called by the Quayside Union went on. ` +
      `Union leader Marta Vosk said cranes would stay idle until the Veldmark port authority restored night pay. ` +
      extra,
  });
const quarry = (id: string, published: string) =>
  article({
    id,
    title: "Landslide buries quarry road near Tessary",
    published,
    outlet: "Hill Courier",
    text:
      "A landslide buried the quarry road above Tessary after three days of rain, cutting off the villages of " +
      "Brunholt and Ammer. Engineers from the Orlan roads office expect to reopen one lane by Sunday.",
  });

const stream = [
  harbour("h1", "2031-06-01", "Ferries to the islands were cancelled."),
  quarry("q1", "2031-06-01"),
  harbour("h2", "2031-06-02", "Fishing boats were allowed to land their catch at the Mirel harbour."),
  harbour("h3", "2031-06-03", "Marta Vosk met the Veldmark port authority on Wednesday."),
  quarry("q2", "2031-06-02"),
];

test("adding articles one run at a time gives the stories and ids of adding them at once", () => {
  const atOnce = linkCorpus(stream);
  let state: LinkerState = { docs: 0, df: [], stories: [], copies: [], shingles: [] };
  const byId = new Map(stream.map((a) => [a.id, a]));
  let last: StoryLinker | null = null;
  for (const a of stream) {
    const linker = StoryLinker.restore(state);
    linker.add(a);
    for (const id of linker.missing()) linker.provide(byId.get(id)!);
    state = save(state, linker);
    last = linker;
  }
  const oneByOne = StoryLinker.restore(state);
  for (const id of stream.map((a) => a.id)) oneByOne.provide(byId.get(id)!);
  const sorted = (ss: { id: string; articles: string[] }[]) =>
    ss.map((s) => `${s.id}:${[...s.articles].sort().join(",")}`).sort();
  assert.deepEqual(sorted(oneByOne.stories()), sorted(atOnce));
  assert.equal(last!.storyId("h3"), atOnce.find((s) => s.articles.includes("h1"))!.id, "the story keeps its first id");
});

test("a story keeps its id as articles arrive", () => {
  const linker = new StoryLinker();
  const id = linker.add(stream[0]!);
  for (const a of stream.slice(1)) linker.add(a);
  assert.equal(linker.storyId("h3"), id);
  assert.equal(linker.takeChanges().views.length, 2);
  linker.add(harbour("h4", "2031-06-04", "The strike ended."));
  const ch = linker.takeChanges();
  assert.deepEqual(
    ch.views.map((s) => s.id),
    [id],
    "only the story the new article joined is rebuilt",
  );
});

test("an article that matches two stories strongly merges them under the older id", () => {
  const linker = new StoryLinker();
  const a = harbour("a", "2031-06-01", "");
  const b = article({
    id: "b",
    title: "Crane drivers win back night pay",
    published: "2031-06-01",
    text:
      "Crane drivers at Brennick won back their night pay after talks between the Dockhands Guild and " +
      "the Sarnia shipping board. Guild secretary Ilse Marrow called the deal overdue.",
  });
  const ida = linker.add(a);
  const idb = linker.add(b);
  assert.notEqual(ida, idb, "two stories before the bridge");
  const bridge = article({
    id: "c",
    title: "Kessin harbour strike ends as Veldmark port authority restores night pay",
    published: "2031-06-02",
    text: a.text + " " + b.text + " " + a.text + " " + b.text,
  });
  linker.add(bridge);
  const ch = linker.takeChanges();
  assert.equal(linker.storyId("b"), ida);
  assert.deepEqual(ch.removed, [idb]);
});

test("an undated article is dated from its story and re-analysed; one nothing dates stays undated", () => {
  const dated = article({
    id: "d1",
    title: "Orlan closes the Mirel bridge",
    published: "2031-05-05",
    outlet: "Ledger",
    text: "Orlan closed the Mirel bridge to freight lorries on Sunday, the transport ministry said.",
    events: [
      { id: "e", text: "closed the Mirel bridge", type: "COERCE", actor: "XOR", recipient: "XVM", date: "2031-05-04" },
    ],
  });
  const undated = article({
    id: "u1",
    title: "Lorries queue at Mirel bridge",
    outlet: "Courier",
    text: "Freight lorries queued for miles at the Mirel bridge after Orlan closed the Mirel bridge yesterday.",
    events: [{ id: "e", text: "closed the Mirel bridge", type: "COERCE", actor: "XOR", recipient: "XVM" }],
  });
  undated.events[0]!.date_text = "yesterday";
  const vague = article({
    id: "v1",
    title: "Mirel bridge closure angers lorry drivers",
    outlet: "Gazette",
    text: "Lorry drivers said on Monday that Orlan closed the Mirel bridge without warning.",
    events: [{ id: "e", text: "closed the Mirel bridge", type: "COERCE", actor: "XOR", recipient: "XVM" }],
  });
  vague.events[0]!.date_text = "Monday";
  const seen: string[] = [];
  const reanalyze = (a: Article): Article => {
    seen.push(a.id);
    return { ...a, events: a.events.map((e) => ({ ...e, date: e.date_text === "yesterday" ? "2031-05-04" : e.date })) };
  };
  const { stories, updated } = linkArticles([dated, undated, vague], { reanalyze });
  assert.equal(stories.length, 1);
  assert.deepEqual(seen, ["u1"]);
  assert.equal(updated.length, 1);
  assert.equal(updated[0]!.meta.published, "2031-05-05");
  assert.equal(updated[0]!.meta.published_source, "inferred");
  const closure = stories[0]!.events.find((e) => e.event === "COERCE")!;
  assert.equal(closure.mentions.length, 3);
  assert.equal(closure.date, "2031-05-04");
  assert.equal(closure.date_inferred, undefined, "the dated article gives the date itself");
});

test("a fuller report ties two thin first reports of one event when all come within days", () => {
  const reports = (dated: boolean) =>
    [
      [
        "x1",
        "2031-05-20",
        "Orlan roads office reopens Tessary lane",
        "Engineers of the Orlan roads office reopened one lane of the Tessary quarry road after the landslide.",
      ],
      [
        "x2",
        "2031-05-21",
        "Veldmark election called",
        "The Veldmark premier called an early election for August after losing a budget vote in parliament.",
      ],
      [
        "x3",
        "2031-05-22",
        "Brunholt council approves tram line",
        "The Brunholt town council approved a tram line from the station to the university after a long debate.",
      ],
      [
        "p",
        "2031-07-01",
        "Man shot on Pellam Street",
        "A man was shot on Pellam Street in Ostrava late on Friday, police said. He was taken to the Saint Aldo hospital.",
      ],
      [
        "q",
        "2031-07-01",
        "Ostrava teen held after shooting",
        "Police in Ostrava arrested a 17-year-old after Dario Fenn, 34, was wounded by gunfire outside a bakery.",
      ],
      [
        "r",
        "2031-07-02",
        "Pellam Street shooting victim named",
        "The man shot on Pellam Street in Ostrava late on Friday was named as Dario Fenn, 34. He is in the Saint Aldo hospital.",
      ],
    ].map(([id, day, title, text]) => article({ id: id!, title: title!, text: text!, published: dated ? day! : null }));
  const storyOf = (dated: boolean) => {
    const linker = new StoryLinker();
    for (const a of reports(dated)) linker.add(a);
    return (id: string) => linker.storyId(id);
  };
  const dated = storyOf(true);
  assert.notEqual(dated("p"), dated("x1"));
  assert.equal(dated("q"), dated("p"), "the victim's name ties the arrest report to the shooting");
  assert.equal(dated("r"), dated("p"));
  // Without dates nothing says the arrest report came within days of the shooting: the bar stays high.
  const undated = storyOf(false);
  assert.equal(undated("r"), undated("p"));
  assert.notEqual(undated("q"), undated("p"));
});

test("a linker that forgets idle stories asks for their articles when they change, and ends the same", () => {
  const h1 = harbour("h1", "2031-06-01", "Ferries to the islands were cancelled.");
  const q1 = quarry("q1", "2031-06-02");
  const h2 = harbour("h2", "2031-06-03", "Marta Vosk met the Veldmark port authority on Wednesday.");
  const byId = new Map([h1, q1, h2].map((a) => [a.id, a]));
  const linker = new StoryLinker({ keepDays: 0 });
  const asked: string[][] = [];
  for (const a of [h1, q1, h2]) {
    linker.add(a);
    const missing = linker.missing();
    asked.push(missing);
    for (const id of missing) linker.provide(byId.get(id)!);
    linker.takeChanges();
  }
  assert.deepEqual(asked, [[], [], ["h1"]], "the harbour story, idle on 2 June, is rebuilt from its provided member");
  for (const a of byId.values()) linker.provide(a);
  assert.deepEqual(linker.stories(), linkCorpus([h1, q1, h2]));
});

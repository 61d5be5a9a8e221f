import { test } from "node:test";
import assert from "node:assert/strict";
import { articleMentions } from "./event-mentions.js";
import { mergeEvents, type MentionSource } from "./event-merge.js";
import { actorsAgree } from "./event-compat.js";
import { article, type ArticleSpec } from "./test-articles.js";

function merge(...specs: ArticleSpec[]) {
  const arts = specs.map(article);
  const sources = new Map<string, MentionSource>(
    arts.map((a) => [a.id, { outlet: a.meta.outlet ?? "unknown", family: a.id }]),
  );
  return mergeEvents(
    arts.flatMap((a) => articleMentions(a)),
    sources,
  );
}
const keys = (se: { mentions: { article: string; event: string }[] }) =>
  se.mentions.map((m) => `${m.article}/${m.event}`);

test("a quotation carried by two outlets merges its events, and a denial is listed as a conflict", () => {
  const quote = "We will not hand the northern quay to any foreign navy";
  const events = merge(
    {
      id: "a",
      title: null,
      outlet: "Ledger",
      text: `Harbour chief Ilse Marrow said: "${quote}." The council agreed.`,
      quotes: [quote],
      events: [{ id: "q", text: "will not hand the northern quay", type: "REJECT", actor: "XVM", recipient: "XOR" }],
    },
    {
      id: "b",
      title: null,
      outlet: "Courier",
      text: `Ilse Marrow drew a line: "${quote}," she told the assembly.`,
      quotes: [quote],
      events: [{ id: "q", text: "drew a line", type: "REJECT", actor: "XVM", recipient: "XOR", status: "denied" }],
    },
    {
      id: "c",
      title: null,
      outlet: "Wire",
      text: `Marrow told reporters "${quote}."`,
      quotes: [quote],
      events: [{ id: "q", text: "told reporters", type: "REJECT", actor: "XVM", recipient: "XOR" }],
    },
  );
  assert.equal(events.length, 1);
  assert.equal(events[0]!.status, "asserted");
  assert.deepEqual(events[0]!.conflicts, [{ article: "b", event: "q", status: "denied" }]);
  assert.equal(events[0]!.independent_sources, 3);
});

test("events of one article merge only when they restate the same codes", () => {
  const text =
    "Veldmark expels Orlan envoy. Veldmark expelled the Orlan envoy on Friday, the foreign ministry said. " +
    "Veldmark also expelled two Orlan trade attaches.";
  const events = merge({
    id: "a",
    title: null,
    text,
    events: [
      { id: "h", text: "expels Orlan envoy", type: "COERCE", actor: "XVM", recipient: "XOR", date: "2031-04-04" },
      { id: "b", text: "expelled the Orlan envoy", type: "COERCE", actor: "XVM", recipient: "XOR", date: "2031-04-04" },
      {
        id: "t",
        text: "expelled two Orlan trade attaches",
        type: "COERCE" as const,
        actor: "XVM",
        recipient: [{ name: "Orlan trade office", country: "XOR", sector: "BUS" }],
      },
    ],
  });
  assert.deepEqual(events.map(keys), [["a/h", "a/b"], ["a/t"]]);
});

test("a dated and an undated mention of one event merge, taking the date", () => {
  const events = merge(
    {
      id: "a",
      title: null,
      text: "Orlan closed the Mirel bridge to freight lorries on Sunday.",
      events: [
        {
          id: "e",
          text: "closed the Mirel bridge",
          type: "COERCE" as const,
          actor: "XOR",
          recipient: "XVM",
          date: "2031-05-04",
        },
      ],
    },
    {
      id: "b",
      title: null,
      text: "Freight lorries queued for miles after Orlan closed the Mirel bridge.",
      events: [
        {
          id: "e",
          text: "closed the Mirel bridge",
          type: "COERCE" as const,
          actor: "XOR",
          recipient: "XVM",
          status: "reported",
        },
      ],
    },
  );
  assert.equal(events.length, 1);
  assert.equal(events[0]!.date, "2031-05-04");
  assert.equal(events[0]!.conflicts, undefined, "asserted and reported tell the same thing");
});

test("different types, or actors from different countries, never merge", () => {
  const text = "Orlan closed the Mirel bridge to freight lorries.";
  const base = { title: null, text };
  const events = merge(
    {
      ...base,
      id: "a",
      events: [{ id: "e", text: "closed the Mirel bridge", type: "COERCE", actor: "XOR", recipient: "XVM" }],
    },
    {
      ...base,
      id: "b",
      events: [{ id: "e", text: "closed the Mirel bridge", type: "PROTEST", actor: "XOR", recipient: "XVM" }],
    },
    {
      ...base,
      id: "c",
      events: [{ id: "e", text: "closed the Mirel bridge", type: "COERCE", actor: "XSA", recipient: "XVM" }],
    },
  );
  assert.equal(events.length, 3);
});

test("joint actions merge when outlets name the sides the other way round", () => {
  const events = merge(
    {
      id: "a",
      title: null,
      text: "Veldmark agreed a fishing accord with Orlan at Kessin.",
      events: [{ id: "e", text: "agreed a fishing accord", type: "AGREE", actor: "XVM", recipient: "XOR" }],
    },
    {
      id: "b",
      title: null,
      text: "Orlan agreed the Kessin fishing accord with Veldmark.",
      events: [{ id: "e", text: "agreed the Kessin fishing accord", type: "AGREE", actor: "XOR", recipient: "XVM" }],
    },
  );
  assert.equal(events.length, 1);
});

test("sectors must overlap only where both sides give one", () => {
  const gov = { name: "Orlan government", country: "XOR", sector: "GOV" };
  const army = { name: "Orlan army", country: "XOR", sector: "MIL" };
  const rebels = { name: "Tessary rebels", country: "XOR", sector: "REB" };
  const statelet = { name: "Tessary Republic", country: "XOR", sector: "PRE" };
  assert.equal(actorsAgree([gov], [{ name: "Orlan", country: "XOR" }]), true);
  assert.equal(actorsAgree([gov], [army]), false);
  assert.equal(actorsAgree([rebels], [statelet]), true);
  assert.equal(actorsAgree([gov], []), true);
});

test("a quotation one outlet gives whole and another in part merges its events", () => {
  const whole = "The closure of the bridge is a gross breach of the river treaty and we will answer it";
  const part = "a gross breach of the river treaty";
  const events = merge(
    {
      id: "a",
      title: null,
      outlet: "Ledger",
      text: `Veldmark's foreign minister said "${whole}."`,
      quotes: [whole],
      events: [{ id: "e", text: "said", type: "ACCUSE", actor: "XVM", recipient: "XOR" }],
    },
    {
      id: "b",
      title: null,
      outlet: "Courier",
      text: `The ministry called the move "${part}" in a note to Orlan.`,
      quotes: [part],
      events: [{ id: "e", text: "called the move", type: "ACCUSE", actor: "XVM", recipient: "XOR" }],
    },
  );
  assert.equal(events.length, 1);
});

test("reports a day apart merge on strong words; a different sector weighs against but does not forbid", () => {
  const text = (d: string) => `Orlan ordered its army to send troops into the Tessary hills ${d}, officials said.`;
  const events = merge(
    {
      id: "a",
      title: null,
      text: text("late on Monday"),
      events: [
        {
          id: "e",
          text: "ordered its army to send troops into the Tessary hills",
          type: "MOBILIZE",
          actor: "XOR",
          recipient: [{ name: "Tessary", country: "XVM", sector: "MIL" }],
          date: "2031-03-03",
        },
      ],
    },
    {
      id: "b",
      title: null,
      text: text("on Tuesday"),
      events: [
        {
          id: "e",
          text: "ordered its army to send troops into the Tessary hills",
          type: "MOBILIZE",
          actor: "XOR",
          recipient: [{ name: "Tessary", country: "XVM", sector: "GOV" }],
          date: "2031-03-04",
        },
      ],
    },
  );
  assert.equal(events.length, 1);
  assert.equal(events[0]!.date, "2031-03-03");
});

test("two mentions in one article with the same codes but other triggers stay apart", () => {
  const events = merge({
    id: "a",
    title: null,
    text: "Orlan recognised the Tessary republic on Monday. Orlan also opened an embassy in Tessary on Monday.",
    events: [
      {
        id: "r",
        text: "recognised the Tessary republic",
        type: "SUPPORT",
        actor: "XOR",
        recipient: "XVM",
        date: "2031-03-03",
      },
      { id: "o", text: "opened an embassy", type: "SUPPORT", actor: "XOR", recipient: "XVM", date: "2031-03-03" },
    ],
  });
  assert.equal(events.length, 2);
});

test("an undated mention does not tie together two events dated a day apart unless the words say so clearly", () => {
  const ev = (id: string, text: string, date: string | null) => ({
    id,
    text,
    type: "COERCE" as const,
    actor: "XVM",
    recipient: "XOR",
    date,
  });
  const events = merge(
    {
      id: "a",
      title: null,
      text: "Veldmark guards sealed the Kessin border crossing at dawn.",
      events: [ev("x", "sealed the Kessin border crossing", "2031-06-01")],
    },
    {
      id: "b",
      title: null,
      text: "Veldmark guards closed the Tarrow customs post to Orlan traders.",
      events: [ev("y", "closed the Tarrow customs post", "2031-06-02")],
    },
    {
      id: "c",
      title: null,
      text: "After the guards sealed the Kessin crossing, Orlan traders waited at the closed Tarrow customs post.",
      events: [ev("z", "sealed the Kessin crossing", null)],
    },
  );
  const together = events.find((e) => keys(e).includes("a/x"))!;
  assert.ok(keys(together).includes("c/z"), "the undated mention joins its closer match");
  assert.ok(!keys(together).includes("b/y"), keys(together).join(" "));
});

test("two reports told next to one shared event merge on weaker words; a different event beside it does not", () => {
  const recognition = (id: string) => ({
    id,
    text: "recognised the Tessary republic",
    type: "SUPPORT" as const,
    actor: "XOR",
    recipient: "XVM",
  });
  const specs = (joint: string): ArticleSpec[] => [
    {
      id: "a",
      title: null,
      text: `Patrols on the Mirel road on Tuesday, a day after Orlan recognised the Tessary republic${joint} sent its army there as guardians. Harbour fees rose.`,
      events: [
        { ...recognition("r"), date: "2031-03-03" },
        {
          id: "o",
          text: "sent its army there as guardians",
          type: "MOBILIZE",
          actor: "XOR",
          recipient: "XVM",
          date: "2031-03-03",
        },
      ],
    },
    {
      id: "b",
      title: null,
      text: `Having recognised the Tessary republic${joint} signed an edict that sent Orlan military units there as guardians. Grain prices rose.`,
      events: [
        recognition("r"),
        {
          id: "o",
          text: "signed an edict that sent Orlan military units there as guardians",
          type: "MOBILIZE",
          actor: "XOR",
          recipient: "XVM",
        },
      ],
    },
    {
      id: "c",
      title: null,
      text: `Once Orlan recognised the Tessary republic${joint} massed tanks on the northern frontier. Ferries ran late.`,
      events: [
        recognition("r"),
        { id: "t", text: "massed tanks on the northern frontier", type: "MOBILIZE", actor: "XOR", recipient: "XVM" },
      ],
    },
  ];
  const together = merge(...specs(" and"));
  assert.deepEqual(together.map(keys), [["a/r", "b/r", "c/r"], ["a/o", "b/o"], ["c/t"]]);
  // When the events beside them are not one (another recipient), the same words are not enough.
  const other = specs(" and").map((s) =>
    s.id === "b" ? { ...s, events: s.events!.map((e) => (e.id === "r" ? { ...e, recipient: "XSA" } : e)) } : s,
  );
  assert.deepEqual(merge(...other).map(keys), [["a/r", "c/r"], ["a/o"], ["b/r"], ["b/o"], ["c/t"]]);
});

test("in a long story, each of two same-type events told by many outlets merges into one, apart", () => {
  // More reports than a mention is paired with under one word, alternating between two events
  // with their own words, dates and recipients, plus sectors that differ between outlets.
  const specs: ArticleSpec[] = [];
  for (let i = 0; i < 120; i++) {
    const dam = i % 2 === 0;
    const sector = i % 3 === 0 ? "GOV" : "MIL";
    specs.push({
      id: `r${String(i).padStart(3, "0")}`,
      title: null,
      outlet: `Outlet ${i % 7}`,
      text: dam
        ? `Veldmark engineers sealed the cracked Kessin dam overnight, outlet ${i} reported.`
        : `Veldmark medics reached the flooded Orlan valley villages, outlet ${i} reported.`,
      events: [
        {
          id: "e",
          text: dam ? "sealed the cracked Kessin dam" : "reached the flooded Orlan valley villages",
          type: "AID",
          actor: [{ name: "Veldmark", country: "XVM", sector }],
          recipient: dam ? "XKS" : "XOR",
          date: dam ? "2031-04-02" : i % 4 === 1 ? null : "2031-04-05",
        },
      ],
    });
  }
  const events = merge(...specs);
  assert.equal(events.length, 2);
  assert.deepEqual(
    events.map((e) => [e.date, e.mentions.length]),
    [
      ["2031-04-02", 60],
      ["2031-04-05", 60],
    ],
  );
  assert.equal(events[0]!.independent_sources, 7);
});

test("a bare weekday from an undated report is anchored by another outlet's dated report, and its restatement merges", () => {
  const specs: ArticleSpec[] = [
    {
      id: "a",
      title: null,
      text: "Days after the Veldmark council voted to ask Orlan for talks, envoys met. The Veldmark council voted on Tuesday to ask Orlan for talks.",
      events: [
        { id: "lead", text: "voted to ask Orlan for talks", type: "REQUEST", actor: "XVM", recipient: "XOR" },
        {
          id: "body",
          text: "voted on Tuesday to ask Orlan for talks",
          type: "REQUEST",
          actor: "XVM",
          recipient: "XOR",
          date: "XXXX-WXX-2",
        },
      ],
    },
    {
      id: "b",
      title: null,
      published: "2031-04-11",
      text: "The Veldmark council has asked Orlan for talks.",
      events: [{ id: "e", text: "has asked Orlan for talks", type: "REQUEST", actor: "XVM", recipient: "XOR" }],
    },
  ];
  const arts = specs.map(article);
  const day = (iso: string | null) => (iso ? Date.parse(iso) / 86_400_000 : null);
  const sources = new Map<string, MentionSource>(
    arts.map((a) => [a.id, { outlet: a.id, family: a.id, day: day(a.meta.published) }]),
  );
  const events = mergeEvents(
    arts.flatMap((a) => articleMentions(a)),
    sources,
  );
  assert.equal(events.length, 1);
  assert.deepEqual(keys(events[0]!).sort(), ["a/body", "a/lead", "b/e"]);
  // 2031-04-11 is a Friday: the Tuesday before it.
  assert.equal(events[0]!.date, "2031-04-08");
  assert.equal(events[0]!.date_inferred, true);
});

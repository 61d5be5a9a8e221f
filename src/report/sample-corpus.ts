/**
 * A small hand-annotated corpus (fictional events) for the report's tests and for previewing the
 * report without running the pipeline: `node --import tsx src/report/preview.ts out.html`.
 */
import { newArticle } from "../model/article.js";
import type { Actor, Article, Corpus, Event, Span } from "../model/schema.js";

const ARM_GOV: Actor = { name: "Armenia", country: "ARM", sector: "GOV" };
const AZE_GOV: Actor = { name: "Azerbaijan", country: "AZE", sector: "GOV" };
const AZE_MIL: Actor = { name: "Azerbaijani armed forces", country: "AZE", sector: "MIL" };
const UN: Actor = { name: "United Nations Security Council", country: "IGO", sector: "GOV" };

/** The span of the `nth` occurrence of `phrase` in `text`; throws if absent, so fixtures stay honest. */
export function spanOf(text: string, phrase: string, nth = 1): Span {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(phrase, at + 1);
    if (at < 0) throw new Error(`"${phrase}" not found in fixture text`);
  }
  return { start: at, end: at + phrase.length };
}

type EventSpec = Omit<Event, "text_info" | "event_text" | "quad_code"> & { trigger: string; quad_code: number };

function withEvents(a: Article, specs: EventSpec[]): Article {
  const events = specs.map(({ trigger, ...e }) => ({ ...e, text_info: spanOf(a.text, trigger), event_text: trigger }));
  return { ...a, events };
}

function article(id: string, title: string, outlet: string, published: string | null, text: string): Article {
  const a = newArticle(id, { path: `examples/${id}.txt` });
  const sentences: Span[] = [];
  const re = /[^.!?]+[.!?]+["”]?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    sentences.push({ start: m.index + lead, end: m.index + m[0].length });
  }
  return {
    ...a,
    text,
    sentences,
    meta: {
      ...a.meta,
      title,
      outlet,
      published,
      published_source: published ? "text" : null,
      language: "en",
      byline: [],
      agencies: [],
    },
  };
}

/** Two stories, three articles, overlapping annotations and some HTML-like text to escape. */
export function sampleCorpus(): Corpus {
  const t1 =
    "YEREVAN, March 3 (Caucasus Wire) - Armenia accused Azerbaijan on Tuesday of shelling the border town of Jermuk, " +
    "hours after a ceasefire collapsed.\n\n" +
    '"This is a deliberate attack on civilians," Foreign Minister Lilit Avagyan said.\n\n' +
    "Baku denied the claim and said its forces had only returned fire. The <b>Security Council</b> will meet on Wednesday & Thursday.";
  let a1 = article("wire-1", "Armenia accuses Azerbaijan of shelling border town", "Caucasus Wire", "2026-03-03", t1);
  a1 = { ...a1, meta: { ...a1.meta, agencies: ["Caucasus Wire"], byline: ["Nora Petrosian"] } };
  a1 = {
    ...a1,
    entities: [
      { ...spanOf(t1, "YEREVAN"), text: "YEREVAN", kind: "PLACE", place: { name: "Yerevan", country: "ARM" } },
      { ...spanOf(t1, "Armenia"), text: "Armenia", kind: "PLACE", actor: ARM_GOV },
      { ...spanOf(t1, "Azerbaijan"), text: "Azerbaijan", kind: "PLACE", actor: AZE_GOV },
      { ...spanOf(t1, "Jermuk"), text: "Jermuk", kind: "PLACE", place: { name: "Jermuk", country: "ARM" } },
      {
        ...spanOf(t1, "Foreign Minister Lilit Avagyan"),
        text: "Foreign Minister Lilit Avagyan",
        kind: "PERSON",
        actor: { ...ARM_GOV, name: "Lilit Avagyan" },
        via: "introduction",
      },
      { ...spanOf(t1, "Baku"), text: "Baku", kind: "PLACE", actor: AZE_GOV, via: "metonym" },
      { ...spanOf(t1, "Security Council"), text: "Security Council", kind: "ORG", actor: UN },
      { ...spanOf(t1, "Caucasus Wire"), text: "Caucasus Wire", kind: "MEDIA" },
    ],
    times: [
      { ...spanOf(t1, "March 3"), text: "March 3", type: "DATE", value: "2026-03-03" },
      { ...spanOf(t1, "on Tuesday"), text: "on Tuesday", type: "DATE", value: "2026-03-03" },
      { ...spanOf(t1, "on Wednesday"), text: "on Wednesday", type: "DATE", value: "2026-03-04" },
    ],
    quotes: [
      {
        ...spanOf(t1, "This is a deliberate attack on civilians,"),
        text: "This is a deliberate attack on civilians,",
        kind: "direct",
        speaker: {
          text: "Foreign Minister Lilit Avagyan",
          ...spanOf(t1, "Foreign Minister Lilit Avagyan"),
          actor: ARM_GOV,
        },
        cue: "said",
      },
      {
        ...spanOf(t1, "its forces had only returned fire"),
        text: "its forces had only returned fire",
        kind: "indirect",
        speaker: { text: "Baku", actor: AZE_GOV },
        cue: "said",
      },
    ],
  };
  a1 = withEvents(a1, [
    {
      id: "e1",
      event: "ACCUSE",
      mode: "allege",
      cameo: "112",
      quad_code: 3,
      actor: [ARM_GOV],
      recipient: [AZE_GOV],
      date: "2026-03-03",
      date_text: "on Tuesday",
      status: "asserted",
      trigger: "accused",
      why: "pattern: X accused Y of",
    },
    // The trigger overlaps the end of the entity "Azerbaijan ... Jermuk" region on purpose.
    {
      id: "e2",
      event: "ASSAULT",
      mode: "heavy-weapons",
      cameo: "195",
      quad_code: 4,
      actor: [AZE_MIL],
      recipient: [ARM_GOV],
      date: "2026-03-03",
      status: "alleged",
      claimed_by: ARM_GOV,
      trigger: "shelling the border town of Jermuk",
      quantities: {},
    },
    {
      id: "e3",
      event: "REJECT",
      cameo: "125",
      quad_code: 3,
      actor: [AZE_GOV],
      recipient: [ARM_GOV],
      date: "2026-03-03",
      status: "asserted",
      trigger: "denied the claim",
    },
    {
      id: "e4",
      event: "CONSULT",
      mode: "multilateral",
      cameo: "043",
      quad_code: 1,
      actor: [UN],
      recipient: [],
      date: "2026-03-04",
      status: "future",
      trigger: "will meet",
    },
  ]);
  a1 = {
    ...a1,
    quotes: [
      ...a1.quotes,
      { ...spanOf(t1, "Armenia accused Azerbaijan"), text: "Armenia accused Azerbaijan", kind: "mixed", speaker: null },
    ],
  };

  const t2 =
    "Armenia says Azerbaijani artillery hit Jermuk\n\nBy a staff reporter\n\n" +
    "Armenian officials said on Tuesday that Azerbaijani artillery had shelled Jermuk overnight, wounding 4 people. " +
    "Azerbaijan denied the accusation.";
  let a2 = article("daily-2", "Armenia says Azerbaijani artillery hit Jermuk", "Yerevan Daily", null, t2);
  a2 = withEvents(a2, [
    {
      id: "e1",
      event: "ASSAULT",
      mode: "heavy-weapons",
      cameo: "195",
      quad_code: 4,
      actor: [AZE_MIL],
      recipient: [ARM_GOV],
      date: "2026-03-03",
      status: "reported",
      claimed_by: ARM_GOV,
      trigger: "shelled Jermuk",
      quantities: { injured: 4 },
    },
    {
      id: "e2",
      event: "REJECT",
      cameo: "125",
      quad_code: 3,
      actor: [AZE_GOV],
      recipient: [ARM_GOV],
      date: null,
      status: "asserted",
      trigger: "denied the accusation",
    },
  ]);
  a2 = { ...a2, captions: [spanOf(t2, "By a staff reporter")] };

  const t3 =
    "Ministers from ten countries agreed on Monday to cut tariffs on rice, but farmers protested outside the venue.";
  let a3 = article("trade-1", "Ministers agree rice tariff cut", "Harbour Herald", "2026-05-11", t3);
  a3 = withEvents(a3, [
    {
      id: "x1",
      event: "AGREE",
      cameo: "057",
      quad_code: 1,
      actor: [{ name: "ASEAN", country: "IGO" }],
      recipient: [],
      date: "2026-05-11",
      status: "asserted",
      trigger: "agreed",
    },
    {
      id: "x2",
      event: "PROTEST",
      mode: "demo",
      cameo: "141",
      quad_code: 4,
      actor: [{ name: "farmers", country: "MYS", sector: "CVL" }],
      recipient: [],
      date: "2026-05-11",
      status: "asserted",
      trigger: "protested",
    },
  ]);

  return {
    version: 1,
    articles: [a1, a2, a3],
    stories: [
      {
        id: "story-a",
        title: "Ceasefire collapses on the Armenia–Azerbaijan border",
        articles: ["wire-1", "daily-2"],
        events: [
          {
            id: "se1",
            event: "ACCUSE",
            cameo: "112",
            actor: [ARM_GOV],
            recipient: [AZE_GOV],
            date: "2026-03-03",
            status: "asserted",
            mentions: [{ article: "wire-1", event: "e1" }],
            sources: ["Caucasus Wire"],
            independent_sources: 1,
          },
          {
            id: "se2",
            event: "ASSAULT",
            cameo: "195",
            actor: [AZE_MIL],
            recipient: [ARM_GOV],
            date: "2026-03-03",
            status: "alleged",
            mentions: [
              { article: "wire-1", event: "e2" },
              { article: "daily-2", event: "e1" },
            ],
            sources: ["Caucasus Wire", "Yerevan Daily"],
            independent_sources: 2,
            conflicts: [{ article: "daily-2", event: "e1", status: "reported" }],
          },
          {
            id: "se3",
            event: "REJECT",
            cameo: "125",
            actor: [AZE_GOV],
            recipient: [ARM_GOV],
            date: "2026-03-03",
            status: "asserted",
            mentions: [
              { article: "wire-1", event: "e3" },
              { article: "daily-2", event: "e2" },
            ],
            sources: ["Caucasus Wire", "Yerevan Daily"],
            independent_sources: 2,
          },
          {
            id: "se4",
            event: "CONSULT",
            cameo: "043",
            actor: [UN],
            recipient: [],
            date: "2026-03-04",
            date_inferred: true,
            status: "future",
            mentions: [{ article: "wire-1", event: "e4" }],
            sources: ["Caucasus Wire"],
            independent_sources: 1,
          },
        ],
      },
      {
        id: "story-b",
        title: "Rice tariff deal & farmers' <protest>",
        articles: ["trade-1"],
        events: [
          {
            id: "sb1",
            event: "AGREE",
            cameo: "057",
            actor: [{ name: "ASEAN", country: "IGO" }],
            recipient: [],
            date: "2026-05-11",
            status: "asserted",
            mentions: [{ article: "trade-1", event: "x1" }],
            sources: ["Harbour Herald"],
            independent_sources: 1,
          },
          {
            id: "sb2",
            event: "PROTEST",
            actor: [{ name: "farmers", country: "MYS", sector: "CVL" }],
            recipient: [],
            date: null,
            status: "asserted",
            mentions: [{ article: "trade-1", event: "x2" }],
            sources: ["Harbour Herald"],
            independent_sources: 1,
          },
        ],
      },
    ],
  };
}

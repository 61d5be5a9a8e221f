/**
 * Builds small analysed articles by hand for the link tests: invented places, people and events
 * (Veldmark, Orlan, Kessin), so no real article text enters the project.
 */
import type { Actor, Article, Event } from "../model/schema.js";
import { newArticle } from "../model/article.js";
import type { LinkerState, StoryLinker } from "./story-linker.js";

/** An event given by its words in the text and its codes. */
export interface EventSpec {
  id: string;
  text: string;
  type: Event["event"];
  actor: string | Actor[];
  recipient?: string | Actor[];
  date?: string | null;
  status?: Event["status"];
  cameo?: string;
  quantities?: Record<string, number>;
}

export interface ArticleSpec {
  id: string;
  title: string | null;
  text: string;
  published?: string | null;
  outlet?: string | null;
  url?: string | null;
  agencies?: string[];
  events?: EventSpec[];
  /** Names to mark as linked actors: name → country code. */
  actors?: Record<string, string>;
  /** [start, end) spans of text that are quotations. */
  quotes?: string[];
}

const SENTENCE = /[^.!?]+[.!?]+["”]?/g;

const actors = (x: string | Actor[] | undefined): Actor[] =>
  x === undefined ? [] : typeof x === "string" ? [{ name: x, country: x }] : x;

/** An article whose sentences, entities, quotes and events are placed by finding their words. */
export function article(spec: ArticleSpec): Article {
  const a = newArticle(spec.id, { path: `fixtures/${spec.id}.txt` });
  const text = spec.text;
  const find = (needle: string) => {
    const at = text.indexOf(needle);
    if (at < 0) throw new Error(`"${needle}" is not in the text of ${spec.id}`);
    return { start: at, end: at + needle.length };
  };
  const events: Event[] = (spec.events ?? []).map((e) => ({
    id: e.id,
    event: e.type,
    ...(e.cameo ? { cameo: e.cameo } : {}),
    quad_code: 1,
    actor: actors(e.actor),
    recipient: actors(e.recipient),
    date: e.date ?? null,
    status: e.status ?? "asserted",
    ...(e.quantities ? { quantities: e.quantities } : {}),
    text_info: find(e.text),
    event_text: e.text,
  }));
  return {
    ...a,
    meta: {
      ...a.meta,
      title: spec.title,
      published: spec.published ?? null,
      outlet: spec.outlet ?? null,
      url: spec.url ?? null,
      agencies: spec.agencies ?? [],
    },
    text,
    sentences: [...text.matchAll(SENTENCE)].map((m) => {
      const lead = m[0].length - m[0].trimStart().length;
      return { start: m.index! + lead, end: m.index! + m[0].length };
    }),
    entities: Object.entries(spec.actors ?? {}).flatMap(([name, country]) => {
      const at = text.indexOf(name);
      return at < 0 ? [] : [{ ...find(name), text: name, kind: "PERSON" as const, actor: { name, country } }];
    }),
    quotes: (spec.quotes ?? []).map((q) => ({ ...find(q), text: q, kind: "direct" as const, speaker: null })),
    events,
  };
}

/** Saves what the linker changed into a state, as the store does. */
export function saveChanges(state: LinkerState, linker: StoryLinker): LinkerState {
  const ch = linker.takeChanges();
  const df = new Map(state.df);
  for (const [k, n] of ch.df) df.set(k, n);
  const stories = new Map(state.stories.map((s) => [s.id, s]));
  for (const s of ch.stories) stories.set(s.id, JSON.parse(JSON.stringify(s)));
  for (const id of ch.removed) stories.delete(id);
  return {
    docs: ch.docs,
    df: [...df],
    stories: [...stories.values()],
    copies: [...state.copies, ...ch.copies],
    shingles: [...state.shingles, ...ch.shingles],
  };
}

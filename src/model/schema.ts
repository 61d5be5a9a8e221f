/**
 * The document model of FORMAT.md, written once as JSON Schema (TypeBox) with the
 * TypeScript types derived from it, so the schema the tests validate against and the
 * types the code compiles against cannot drift apart.
 */
import { Type, type Static, type TSchema } from "@sinclair/typebox";

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Offset = Type.Integer({ minimum: 0 });

/** A `{start, end}` span into the article's clean `text` (UTF-16 code units). */
export const SpanSchema = Type.Object({ start: Offset, end: Offset });
export type Span = Static<typeof SpanSchema>;

/** A problem met while processing one document: the pipeline records it and goes on. */
export const IssueSchema = Type.Object({
  code: Type.String(),
  stage: Type.String(),
  message: Type.String(),
});
export type Issue = Static<typeof IssueSchema>;

/** Where a raw document came from. */
export const SourceSchema = Type.Object({
  path: Type.Optional(Type.String()),
  url: Type.Optional(Type.String()),
  feed: Type.Optional(Type.String()),
  line: Type.Optional(Type.Integer({ minimum: 1, description: "line number in a JSON Lines file" })),
  item: Type.Optional(Type.Integer({ minimum: 1, description: "item number in an RSS or Atom feed" })),
  record: Type.Optional(
    Type.Integer({ minimum: 0, description: "byte offset of the record in a WARC file (uncompressed)" }),
  ),
});
export type Source = Static<typeof SourceSchema>;

export const PublishedSource = Type.Union([
  Type.Literal("text"),
  Type.Literal("html"),
  Type.Literal("url"),
  Type.Literal("input"),
  Type.Literal("inferred"),
  Type.Null(),
]);

/** Article metadata: a value the document does not give is `null`, never guessed. */
export const MetaSchema = Type.Object({
  title: Nullable(Type.String()),
  published: Nullable(Type.String({ description: "ISO 8601 date or date-time" })),
  published_source: PublishedSource,
  outlet: Nullable(Type.String()),
  url: Nullable(Type.String()),
  byline: Type.Array(Type.String()),
  agencies: Type.Array(Type.String()),
  language: Nullable(Type.String()),
});
export type Meta = Static<typeof MetaSchema>;

/** A canonical actor: a country (ISO alpha-3, or IGO / NGO / WST) and a sector. */
export const ActorSchema = Type.Object({
  name: Type.String(),
  country: Type.String(),
  sector: Type.Optional(Type.String()),
  id: Type.Optional(Type.String()),
});
export type Actor = Static<typeof ActorSchema>;

/** A place from the gazetteer. */
export const PlaceSchema = Type.Object({
  name: Type.String(),
  country: Type.String(),
  lat: Type.Optional(Type.Number()),
  lon: Type.Optional(Type.Number()),
  geonameid: Type.Optional(Type.Integer()),
  admin1: Type.Optional(Type.String()),
});
export type Place = Static<typeof PlaceSchema>;

export const EntityKind = Type.Union([
  Type.Literal("PERSON"),
  Type.Literal("ORG"),
  Type.Literal("PLACE"),
  Type.Literal("GROUP"),
  Type.Literal("MEDIA"),
  Type.Literal("OTHER"),
]);
export type EntityKind = Static<typeof EntityKind>;

/** A mention of a person, organisation, place or group, linked where possible. */
export const EntitySchema = Type.Object({
  start: Offset,
  end: Offset,
  text: Type.String(),
  kind: EntityKind,
  actor: Type.Optional(ActorSchema),
  place: Type.Optional(PlaceSchema),
  /** How the link was made: knowledge base, introduction ("Romanian President X"), coreference. */
  via: Type.Optional(Type.String()),
});
export type Entity = Static<typeof EntitySchema>;

export const TimeType = Type.Union([
  Type.Literal("DATE"),
  Type.Literal("TIME"),
  Type.Literal("DURATION"),
  Type.Literal("SET"),
]);
export type TimeType = Static<typeof TimeType>;

/** A time expression and its TIMEX3 value (X-filled when the anchor is unknown). */
export const TimeSchema = Type.Object({
  start: Offset,
  end: Offset,
  text: Type.String(),
  type: TimeType,
  value: Type.String(),
});
export type Time = Static<typeof TimeSchema>;

export const SpeakerSchema = Type.Object({
  text: Type.String(),
  start: Type.Optional(Offset),
  end: Type.Optional(Offset),
  actor: Type.Optional(ActorSchema),
});
export type Speaker = Static<typeof SpeakerSchema>;

export const QuoteKind = Type.Union([Type.Literal("direct"), Type.Literal("indirect"), Type.Literal("mixed")]);

/** A quotation or report of speech and who it is attributed to. */
export const QuoteSchema = Type.Object({
  start: Offset,
  end: Offset,
  text: Type.String(),
  kind: QuoteKind,
  speaker: Nullable(SpeakerSchema),
  cue: Type.Optional(Type.String()),
});
export type Quote = Static<typeof QuoteSchema>;

/** The sixteen PLOVER v2 event types, in the manual's order (the event model's weights follow it). */
export const PLOVER_TYPES = [
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "RETREAT",
  "REQUEST",
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "SANCTION",
  "MOBILIZE",
  "COERCE",
  "ASSAULT",
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];
export const PloverType = Type.Union(PLOVER_TYPES.map((t) => Type.Literal(t)));

export const EventStatus = Type.Union(
  ["asserted", "reported", "alleged", "denied", "requested", "future", "conditional", "hypothetical", "historical"].map(
    (s) => Type.Literal(s),
  ),
);
export type EventStatus =
  | "asserted"
  | "reported"
  | "alleged"
  | "denied"
  | "requested"
  | "future"
  | "conditional"
  | "hypothetical"
  | "historical";

/** A coded event, traceable to the clause it comes from. PLOVER field names. */
export const EventSchema = Type.Object({
  id: Type.String(),
  event: PloverType,
  mode: Type.Optional(Type.String()),
  context: Type.Optional(Type.Array(Type.String())),
  cameo: Type.Optional(Type.String()),
  quad_code: Type.Integer({ minimum: 1, maximum: 4 }),
  event_scale: Type.Optional(Type.Number({ minimum: -10, maximum: 10 })),
  actor: Type.Array(ActorSchema),
  recipient: Type.Array(ActorSchema),
  date: Nullable(Type.String()),
  date_text: Type.Optional(Type.String()),
  event_loc: Type.Optional(PlaceSchema),
  status: EventStatus,
  claimed_by: Type.Optional(ActorSchema),
  quantities: Type.Optional(Type.Record(Type.String(), Type.Number())),
  text_info: SpanSchema,
  event_text: Type.String(),
  confidence: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
  /** Why it was coded: which pattern or model, shown in the report. */
  why: Type.Optional(Type.String()),
});
export type Event = Static<typeof EventSchema>;

/** A token (kept in memory and in the store; the JSON corpus leaves tokens out). */
export const TokenSchema = Type.Object({
  start: Offset,
  end: Offset,
  pos: Type.String(),
  lemma: Type.String(),
});
export type Token = Static<typeof TokenSchema>;

/** The raw document as read, before extraction. Not part of the output contract. */
export const RawSchema = Type.Object({
  format: Type.Union([Type.Literal("text"), Type.Literal("html")]),
  body: Type.String(),
  /** Fields a JSON Lines record or feed item gave, which override extraction. */
  given: Type.Optional(
    Type.Object({
      title: Type.Optional(Type.String()),
      published: Type.Optional(Type.String()),
      url: Type.Optional(Type.String()),
      outlet: Type.Optional(Type.String()),
    }),
  ),
});
export type Raw = Static<typeof RawSchema>;

/** One news article: the typed document that flows through every per-document stage. */
export const ArticleSchema = Type.Object({
  id: Type.String(),
  source: SourceSchema,
  meta: MetaSchema,
  text: Type.String(),
  captions: Type.Array(SpanSchema),
  sentences: Type.Array(SpanSchema),
  entities: Type.Array(EntitySchema),
  times: Type.Array(TimeSchema),
  quotes: Type.Array(QuoteSchema),
  events: Type.Array(EventSchema),
  issues: Type.Array(IssueSchema),
  tokens: Type.Optional(Type.Array(TokenSchema)),
  raw: Type.Optional(RawSchema),
  /** Which stages have run, in order. */
  stages: Type.Optional(Type.Array(Type.String())),
});
export type Article = Static<typeof ArticleSchema>;

export const MentionSchema = Type.Object({ article: Type.String(), event: Type.String() });

/** One real-world event merged from its mentions in several articles. */
export const StoryEventSchema = Type.Object({
  id: Type.String(),
  event: PloverType,
  cameo: Type.Optional(Type.String()),
  actor: Type.Array(ActorSchema),
  recipient: Type.Array(ActorSchema),
  date: Nullable(Type.String()),
  date_inferred: Type.Optional(Type.Boolean()),
  status: EventStatus,
  mentions: Type.Array(MentionSchema),
  sources: Type.Array(Type.String()),
  independent_sources: Type.Integer({ minimum: 0 }),
  /** Mentions whose status disagrees with the others (e.g. asserted vs denied). */
  conflicts: Type.Optional(
    Type.Array(Type.Object({ article: Type.String(), event: Type.String(), status: Type.String() })),
  ),
});
export type StoryEvent = Static<typeof StoryEventSchema>;

export const StorySchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  articles: Type.Array(Type.String()),
  events: Type.Array(StoryEventSchema),
});
export type Story = Static<typeof StorySchema>;

export const CorpusSchema = Type.Object({
  version: Type.Literal(1),
  articles: Type.Array(ArticleSchema),
  stories: Type.Array(StorySchema),
});
export type Corpus = Static<typeof CorpusSchema>;

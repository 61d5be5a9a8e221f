/**
 * Turns a speaker phrase into a Speaker: the linked entity it names, or for pronouns, role nouns
 * and "the statement" the speaker or entity they refer back to, so that "he said" carries the
 * full actor of the person meant.
 */
import type { Entity, EntityKind, Speaker } from "../../model/schema.js";
import { type Refers, SPEAKER_WORDS, SPEAKER_WORDS_BY_WORD } from "./lexicon.js";
import { type Gender, nameGender, personGender, pronounGender } from "../../kb/gender.js";
import { type TokenRange, phraseAfter, trailingName } from "./speaker-phrase.js";
import { type TokenView, paragraphIndex, word } from "./token-view.js";

/** A speaker already found in the article, for pronouns and role nouns to refer back to. */
export interface SaidBefore {
  speaker: Speaker;
  kind: EntityKind | undefined;
  /** Offset of the quotation it was found for. */
  at: number;
}

/** What resolution reads besides the phrase. */
export interface ResolveContext {
  view: TokenView;
  /** Entities sorted by start. */
  entities: readonly Entity[];
  /** Speakers of earlier quotations, in text order. */
  history: readonly SaidBefore[];
}

/** A resolved speaker and the entity kind it is known to have. */
export interface Resolved {
  speaker: Speaker;
  kind: EntityKind | undefined;
}

const SPEAKING_KINDS = new Set<EntityKind>(["ORG", "GROUP", "MEDIA"]);
/** How many paragraphs back an earlier quotation's speaker beats a nearer entity for "he"/"she". */
const RECENT_PARAGRAPHS = 2;
/** Characters before a named entity searched for the role word that introduced it ("President X"). */
const INTRODUCTION_WINDOW = 40;

/**
 * Resolves the phrase `r`:
 * 1. "the statement of X" speaks for X;
 * 2. a linked entity inside the phrase (a person first, then a body, then a place standing for its
 *    government, "Washington said");
 * 3. a pronoun refers back to a compatible earlier speaker or entity;
 * 4. a definite role noun ("the ministry", "the head of state") refers back to what it fits;
 * 5. otherwise the phrase itself ("officials", "an anonymous source").
 */
export function resolveSpeaker(ctx: ResolveContext, r: TokenRange): Resolved {
  const { view: v } = ctx;
  const start = v.tokens[r.first]!.start;
  const end = v.tokens[r.last]!.end;
  // 1.
  const head = headNoun(v, r);
  if (head >= 0 && SPEAKER_WORDS.get(v.tokens[head]!.lemma) === "SPEAKER" && head < r.last) {
    const prep = v.tokens[head + 1]!.lemma;
    if (prep === "of" || prep === "from" || prep === "by") {
      const author = phraseAfter(v, head + 2, r.last);
      if (author) return resolveSpeaker(ctx, author);
    }
  }
  // 2.
  const entity = entityIn(ctx, start, end);
  if (entity) return fromEntity(ctx, entity, start, end);
  // 3.
  if (r.first === r.last && v.tokens[r.first]!.pos === "PRON") {
    const refers = SPEAKER_WORDS.get(word(v, r.first).toLowerCase());
    const pronoun = word(v, r.first).toLowerCase();
    const found = refers && refers !== "SELF" ? antecedent(ctx, refers, start, "", pronounGender(pronoun)) : undefined;
    if (found) return { speaker: movedTo(found.speaker, start, end), kind: found.kind };
    return { speaker: { text: word(v, r.first), start, end }, kind: undefined };
  }
  // 4.
  if (head >= 0 && v.tokens[r.first]!.lemma === "the" && v.tokens[head]!.pos === "NOUN") {
    const refers = SPEAKER_WORDS.get(v.tokens[head]!.lemma);
    const found = refers ? antecedent(ctx, refers, start, v.tokens[head]!.lemma) : undefined;
    if (found) return { speaker: movedTo(found.speaker, start, end), kind: found.kind };
  }
  // 5.
  const name = trailingName(v, r);
  const s = v.tokens[name.first]!.start;
  const e = v.tokens[name.last]!.end;
  return { speaker: { text: v.text.slice(s, e), start: s, end: e }, kind: undefined };
}

/**
 * The speaker as named at [start, end): what `{ ...speaker, start, end }` makes, written out
 * because V8 copies a spread object through a slow runtime path. Every Speaker is made with its
 * text, start and end, and an actor only when there is one.
 */
function movedTo(speaker: Speaker, start: number, end: number): Speaker {
  const moved: Speaker = { text: speaker.text, start, end };
  if (speaker.actor !== undefined) moved.actor = speaker.actor;
  return moved;
}

/** The head noun of a phrase: its last noun before any preposition. */
function headNoun(v: TokenView, r: TokenRange): number {
  let head = -1;
  for (let i = r.first; i <= r.last; i++) {
    const t = v.tokens[i]!;
    if (t.pos === "ADP") break;
    if (t.pos === "NOUN" || t.pos === "PROPN") head = i;
  }
  return head;
}

function isPossessed(v: TokenView, e: Entity): boolean {
  return /^['\u2019]s?\b/.test(v.text.slice(e.end, e.end + 2));
}

/** The entity inside [start, end) that names the speaker, if any. */
function entityIn(ctx: ResolveContext, start: number, end: number): Entity | undefined {
  let body: Entity | undefined;
  let place: Entity | undefined;
  for (const e of ctx.entities) {
    if (e.start >= end) break;
    if (e.end <= start || isPossessed(ctx.view, e)) continue;
    if (e.kind === "PERSON") return e;
    if (SPEAKING_KINDS.has(e.kind)) body ??= e;
    else if (e.actor && coversPhrase(ctx.view.text, e, start, end)) place ??= e;
  }
  return body ?? place;
}

/** Whether the entity is the whole phrase but for a leading article ("Washington", "the Kremlin"). */
function coversPhrase(text: string, e: Entity, start: number, end: number): boolean {
  const lead = text.slice(start, e.start).trim().toLowerCase();
  return e.end >= end && (lead === "" || lead === "the");
}

function fromEntity(ctx: ResolveContext, e: Entity, start: number, end: number): Resolved {
  const lower = e.text.toLowerCase();
  // A pronoun or role noun the entities stage has linked: name it by the earlier mention of that actor.
  if (e.actor && (SPEAKER_WORDS.has(lower) || SPEAKER_WORDS.has(lower.replace(/^the /, "")))) {
    const named = ctx.entities.find(
      (x) => x.start < e.start && x.actor?.name === e.actor!.name && !SPEAKER_WORDS.has(x.text.toLowerCase()),
    );
    const text = named?.text ?? e.actor.name;
    return { speaker: { text, start, end, actor: e.actor }, kind: e.kind };
  }
  const speaker: Speaker = { text: e.text, start: e.start, end: e.end };
  if (e.actor) speaker.actor = e.actor;
  return { speaker, kind: e.kind };
}

/**
 * The earlier speaker or entity a pronoun or role noun refers to. For "he"/"she" a recent
 * quotation's speaker wins over a nearer mention, since reporters keep "he said" for whoever they
 * are quoting; role nouns prefer an entity introduced with that role word.
 */
function antecedent(
  ctx: ResolveContext,
  refers: Refers,
  at: number,
  role: string,
  gender: Gender | null = null,
): Resolved | undefined {
  // A pronoun whose gender no candidate shows falls back to the nearest candidate: the names list
  // is partial, and a wrong guess is no worse than none.
  return (gender && antecedentOf(ctx, refers, at, role, gender)) || antecedentOf(ctx, refers, at, role, null);
}

function antecedentOf(
  ctx: ResolveContext,
  refers: Refers,
  at: number,
  role: string,
  gender: Gender | null,
): Resolved | undefined {
  const said = lastSpeaker(ctx, refers, at, role, gender);
  if (refers === "SPEAKER") return said;
  const entity = lastEntity(ctx, refers, at, role, gender);
  if (role && entity) return fromEntity(ctx, entity, entity.start, entity.end);
  if (said && (!entity || paragraphIndex(ctx.view, at) - paragraphIndex(ctx.view, said.at) <= RECENT_PARAGRAPHS)) {
    return said;
  }
  return entity ? fromEntity(ctx, entity, entity.start, entity.end) : said;
}

function fits(refers: Refers, kind: EntityKind | undefined, text: string, role: string): boolean {
  if (role && refers === "BODY") return text.toLowerCase().includes(role);
  switch (refers) {
    case "PERSON":
      return kind === "PERSON" || (kind === undefined && /^[A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+)*$/u.test(text));
    case "BODY":
      return kind !== "PERSON" && kind !== "PLACE";
    case "PLURAL":
      return kind !== "PERSON";
    default:
      return true;
  }
}

/** Whether a candidate named `name` can be the "he" or "she" asking for `gender`. */
const genderFits = (gender: Gender | null, name: string, g?: Gender | null) =>
  !gender || (g ?? nameGender(name) ?? gender) === gender;

function lastSpeaker(
  ctx: ResolveContext,
  refers: Refers,
  at: number,
  role: string,
  gender: Gender | null,
): SaidBefore | undefined {
  for (let k = ctx.history.length - 1; k >= 0; k--) {
    const h = ctx.history[k]!;
    if (h.at > at) continue;
    if (!genderFits(gender, h.speaker.actor?.name ?? h.speaker.text, nameGender(h.speaker.text))) continue;
    if (fits(refers, h.kind, h.speaker.text, role)) return h;
  }
  return undefined;
}

function lastEntity(
  ctx: ResolveContext,
  refers: Refers,
  at: number,
  role: string,
  gender: Gender | null,
): Entity | undefined {
  const text = ctx.view.text;
  for (let k = ctx.entities.length - 1; k >= 0; k--) {
    const e = ctx.entities[k]!;
    if (e.end > at || SPEAKER_WORDS_BY_WORD.get(e.text, 0, e.text.length) !== undefined) continue;
    if (refers === "PERSON") {
      if (e.kind !== "PERSON") continue;
      if (!genderFits(gender, e.text, personGender(text, e.start, e.end, e.actor?.name))) continue;
      if (!role) return e;
      const intro = text.slice(Math.max(0, e.start - INTRODUCTION_WINDOW), e.end).toLowerCase();
      if (intro.includes(role)) return e;
      continue;
    }
    if (refers === "BODY" && (e.kind === "PERSON" || e.kind === "PLACE")) continue;
    if (refers === "PLURAL" && e.kind !== "GROUP" && e.kind !== "ORG") continue;
    if (!role || e.text.toLowerCase().includes(role)) return e;
  }
  return undefined;
}

import type { Actor, Article, Entity, Event, EventStatus, PloverType } from "../model/schema.js";
import { attributionOf, sameParty } from "./attribution.js";
import { sentenceClauses, type Clause } from "./clauses.js";
import { docView, type DocView, type ViewBuffers } from "./doc-view.js";
import { actorsOf, findSubject, type Subject } from "./participants.js";
import type { PatternIndex } from "./patterns.js";
import { referenceYear, wordingStatus } from "./status.js";
import { ploverTable } from "./tables.js";
import { findTrigger, matchToken, type TriggerWords } from "./triggers.js";
import { eventDate, eventQuantities } from "./when.js";
import { locatedPlace } from "./location.js";
import { isGivenName } from "../kb/gender.js";
import { participleToll } from "./toll.js";
import { asActor, rolesOf } from "./roles.js";
import { verbalAttack } from "./verbal-attack.js";
import { mayHoldWide, wideFilter } from "./word-filter.js";
import type { EventModel } from "./model/index.js";
import {
  backedConfidence,
  mayPropose,
  modelPattern,
  proposalVerb,
  proposedType,
  sentenceScorer,
} from "./model-backing.js";

/** Base confidence of a rule-coded event; weak matches are then blended with the learned model. */
const CONFIDENCE = {
  base: 0.7,
  bothParties: 0.1,
  noun: -0.1,
  caption: -0.15,
  evaluative: -0.1,
  noActor: -0.2,
} as const;

/**
 * Whether to code what only might happen ("could attack", "fears of an invasion", "is considering
 * recognizing"): off, because event data records what was done, said, planned or threatened.
 */
const CODE_HYPOTHETICAL = false;

/** Types whose target, when no actor is named as one, is where the event happened ("struck a building in X"). */
const PLACE_TARGETS = new Set(["ASSAULT", "COERCE", "MOBILIZE", "AID", "RETREAT", "SANCTION"]);
/** Types whose object is the actor's own forces ("deployed troops", "withdrew its soldiers"). */
const MOVED_FORCES = new Set(["MOBILIZE", "RETREAT"]);
/** Types whose move goes "to" a place: "sent troops to X", "flew to X". */
const MOVES = new Set(["MOBILIZE", "AID", "CONSULT"]);

/** Looks up a country's name and nationality adjective by its ISO code, for actors that only a place names. */
export type CountryNames = (iso3: string) => { name: string; adjective?: string } | undefined;

/** Speakers of quotes become entities too, so "we" inside a quote can resolve to them. */
function withSpeakers(article: Article): Article {
  const extra: Entity[] = [];
  for (const q of article.quotes) {
    const s = q.speaker;
    if (!s?.actor || s.start === undefined || s.end === undefined) continue;
    if (actorOver(article.entities, s.start, s.end)) continue;
    extra.push({ start: s.start, end: s.end, text: s.text, kind: "PERSON", actor: s.actor });
  }
  return extra.length ? { ...article, entities: [...article.entities, ...extra] } : article;
}

/** Whether an actor entity overlaps [start, end) (a loop, not `some` with a closure per quote). */
function actorOver(entities: readonly Entity[], start: number, end: number): boolean {
  for (const e of entities) if (e.actor && e.start < end && start < e.end) return true;
  return false;
}

/** The number columns of the coder's views, reused from article to article like `wordScratch`. */
const viewBuffers: ViewBuffers = { ints: new Int32Array(4096), bytes: new Uint8Array(2048) };

const triggerFilters = new WeakMap<PatternIndex, Uint32Array>();

/** The wide word filter of an index's trigger words: it spares the look-up of most tokens. */
function triggerFilter(patterns: PatternIndex): Uint32Array {
  let filter = triggerFilters.get(patterns);
  if (!filter) triggerFilters.set(patterns, (filter = wideFilter(patterns.keys())));
  return filter;
}

/** What `triggerWords` fills, reused from article to article (coding one article runs start to end, never interleaved). */
const wordScratch: TriggerWords = {
  marked: new Uint8Array(1024),
  byLemma: [],
  byForm: [],
  matched: [],
  stamp: new Int32Array(1024),
  round: 1,
  first: -1,
  last: -1,
};

/**
 * Marks each token whose lemma or form is a trigger word of the pattern index, with its rows:
 * looked up once per token, and only for tokens a pattern row can match at all (`matchToken` takes
 * no token inside an actor, and every row's part of speech is a verb, noun, proper noun or adjective).
 */
function triggerWords(v: DocView, patterns: PatternIndex): TriggerWords {
  const filter = triggerFilter(patterns);
  const out = wordScratch;
  if (out.marked.length < v.n) {
    out.marked = new Uint8Array(Math.max(v.n, 2 * out.marked.length));
    out.stamp = new Int32Array(out.marked.length);
  }
  const marked = out.marked.fill(0, 0, v.n);
  // A new article: no match kept from the last one may be taken for this one's.
  out.round++;
  out.first = out.last = -1;
  let surnames: ReadonlySet<string> | undefined;
  for (const [first, last] of v.sentences) {
    let titleCase: boolean | undefined;
    for (let k = first; k < last; k++) {
      const p = v.pos[k];
      if ((p !== "VERB" && p !== "NOUN" && p !== "PROPN" && p !== "ADJ") || v.entityAt[k]! >= 0) continue;
      const lemma = v.lemma[k]!;
      const byLemma = mayHoldWide(filter, lemma) ? patterns.get(lemma) : undefined;
      const low = v.low[k]!;
      const byForm = low === lemma || !mayHoldWide(filter, low) ? undefined : patterns.get(low);
      if (!byLemma && !byForm) continue;
      // Whether the sentence is a title-case headline: asked only once it holds a capitalised
      // trigger word (`isName` holds of no other).
      if (isName(v, first, k) && !(titleCase ??= isTitleCase(v, first, last))) continue;
      if (isCapitalised(v, k) && (surnames ??= surnamesOf(v)).has(low)) continue;
      if (inCompoundModifier(v, k)) continue;
      marked[k] = 1;
      out.byLemma[k] = byLemma;
      out.byForm[k] = byForm;
    }
  }
  return out;
}

const SPEECH_AFTER_NAME: ReadonlySet<string> = new Set(["said", "says", "told", "added", "wrote", "argued", "noted"]);

/**
 * Whether a capitalised trigger word is a name, not the verb or noun it spells ("Rep. Stephen
 * Lynch said", "Lynch said"): inside a sentence a capital marks a name; at its start (or after an
 * opening quote or bracket) only when a speech verb follows, as in "Lynch said".
 */
function isName(v: DocView, first: number, k: number): boolean {
  const c = v.text.charCodeAt(v.start[k]!);
  if (c < 65 || c > 90) return false;
  // After a comma a capital still marks a name ("In the 1980s, Lynch worked ..."); after a quote,
  // bracket, dash or colon a new sentence may start.
  const opening = k === first || (v.pos[k - 1] === "PUNCT" && v.low[k - 1] !== ",");
  return !opening || SPEECH_AFTER_NAME.has(v.low[k + 1] ?? "");
}

function isCapitalised(v: DocView, k: number): boolean {
  const c = v.text.charCodeAt(v.start[k]!);
  return c >= 65 && c <= 90;
}

/**
 * The words the article uses as surnames: capitalised words right after a capitalised given name
 * ("Stephen Lynch", "Amy Kill"). Such a word is a name wherever it is capitalised in the article,
 * also where the other rules cannot tell: at a sentence's start ("Lynch speaks often about it") or
 * in a short fragment that looks like a title-case headline ("Stephen Lynch (D-Mass.)").
 */
function surnamesOf(v: DocView): ReadonlySet<string> {
  const out = new Set<string>();
  for (let k = 1; k < v.n; k++)
    if (isCapitalised(v, k) && isCapitalised(v, k - 1) && isGivenName(v.low[k - 1]!)) out.add(v.low[k]!);
  return out;
}

/**
 * A participle closing a hyphenated modifier ("coal-fired plants", "state-backed media") describes
 * a thing; it reports no act. Nouns after a hyphen ("air-strike") are still triggers.
 */
function inCompoundModifier(v: DocView, k: number): boolean {
  const at = v.start[k]!;
  return at > 1 && v.text.charCodeAt(at - 1) === 45 && v.text.charCodeAt(at - 2) !== 32 && v.low[k]!.endsWith("ed");
}

/** A headline in title case ("Army Ordered To Leave The City"), where capitals mark no names. */
function isTitleCase(v: DocView, first: number, last: number): boolean {
  let words = 0;
  let capitals = 0;
  for (let k = first; k < last; k++) {
    if (v.end[k]! - v.start[k]! < 4) continue;
    const c = v.text.charCodeAt(v.start[k]!);
    const lower = c >= 97 && c <= 122;
    if (!lower && !(c >= 65 && c <= 90)) continue;
    words++;
    if (!lower) capitals++;
  }
  // Names alone capitalise about half of a busy sentence ("Senator Paul Lynch met officials from Vesta").
  return words > 1 && capitals / words >= 0.8;
}

/** Whether any token of [first, last) is a trigger word of the pattern index that a pattern row codes. */
function hasTriggerWord(v: DocView, first: number, last: number, patterns: PatternIndex, words: TriggerWords): boolean {
  let whole: Clause | undefined;
  for (let k = first; k < last; k++) {
    if (!words.marked[k]) continue;
    whole ??= { first, last, kind: "main", sentence: -1 };
    if (matchToken(v, whole, k, patterns, words)?.event) return true;
  }
  return false;
}

/** Whether a "to" + verb follows the trigger in the clause: "urged Russia to withdraw". */
function infinitiveAfter(v: DocView, from: number, to: number): boolean {
  for (let k = from + 1; k < to - 1; k++)
    if (v.low[k] === "to" && (v.pos[k + 1] === "VERB" || v.pos[k + 1] === "ADV")) return true;
  return false;
}

function toActors(v: DocView, idx: readonly number[]): Actor[] {
  return actorsOf(v, idx).map(asActor);
}

/**
 * "its soldiers": each owner that is a country or its government becomes that country's actor in
 * the role's sector ("Norlandian soldiers", MIL); an organisation ("the rebels' fighters") stays itself.
 */
function ownersRole(v: DocView, actors: Actor[], role: { sector: string; token: number }, names: CountryNames): void {
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i]!;
    if (a.sector === role.sector || !a.country || (a.sector && a.sector !== "GOV")) continue;
    const n = names(a.country);
    actors[i] = {
      name: `${n?.adjective ?? n?.name ?? a.country} ${v.low[role.token]}`,
      country: a.country,
      sector: role.sector,
    };
  }
}

/** Whether offset `at` is inside a caption (a loop, not `some` with a closure per event). */
function inCaption(article: Article, at: number): boolean {
  for (const c of article.captions) if (c.start <= at && at < c.end) return true;
  return false;
}

/**
 * Codes the events of one article (it must have text, sentences, tokens; entities, times and quotes
 * may be empty). With a model, weak matches are re-weighed by it and it may propose what no pattern saw.
 */
export function codeEvents(
  input: Article,
  patterns: PatternIndex,
  countryName: CountryNames = () => undefined,
  model?: EventModel,
): Event[] {
  const article = withSpeakers(input);
  const v = docView(article, viewBuffers);
  const types = ploverTable();
  const refYear = referenceYear(article.meta.published, article.times);
  const events: Event[] = [];
  /** Indexes into `events` of events coded from a caption or from the headline repeated in the text. */
  const displayed = new Set<number>();
  /** The first attack coded in the latest sentence that has one: the next sentence may give its toll. */
  let lastAttack = null as { index: number; sentence: number } | null;
  const scores = model && sentenceScorer(model, v);
  const words = triggerWords(v, patterns);
  for (let si = 0; si < v.sentences.length; si++) {
    const range = v.sentences[si]!;
    // Most sentences hold no trigger word at all: they need no clauses, subjects or roles, and
    // only those naming two parties are worth a model call.
    let proposal: PloverType | null = null;
    if (!hasTriggerWord(v, range[0], range[1], patterns, words)) {
      if (!scores || !mayPropose(v, article, range)) continue;
      proposal = proposedType(scores(si));
      if (!proposal) continue;
    }
    const clauses = sentenceClauses(v, si);
    // A clause without a trigger gets its subject only if a later clause inherits it (undefined
    // until then, see `inheritedSubject`); most never need it.
    const subjects: (Subject | null | undefined)[] = new Array<Subject | null>(clauses.length).fill(null);
    const objects: number[][] = [];
    let previous: { clause: number; event: string } | null = null;
    let inRequest = false;
    for (let ci = 0; ci < clauses.length; ci++) {
      const c = clauses[ci]!;
      if (c.kind === "tail") continue;
      // "urged X to reverse ..., and withdraw": coordinated verbs after a request are what was requested.
      if (c.kind !== "coord") inRequest = false;
      else if (inRequest) continue;
      let hit = findTrigger(v, c, patterns, words);
      const verb = !hit && proposal ? proposalVerb(v, c) : -1;
      if (verb >= 0) hit = { token: verb, pattern: modelPattern(proposal!), noun: false };
      if (!hit) {
        subjects[ci] = undefined;
        continue;
      }
      const byModel = verb >= 0;
      // A condition ("should Putin invade") is not an event; it makes its main clause conditional.
      if (c.kind === "protasis") continue;
      let p = hit.pattern;
      // ", killing 12 people" after an attack is that attack's toll, not a second event.
      if (c.kind === "participial" && previous?.clause === ci - 1 && previous.event === p.event) {
        const toll = participleToll(v, hit.token, c.last);
        const last = events[events.length - 1]!;
        if (toll) last.quantities = { ...toll, ...last.quantities };
        continue;
      }
      const said = attributionOf(v, clauses, ci, hit.token, article.quotes);
      const roles = rolesOf(v, clauses, ci, hit, subjects, objects, said.entity, said);
      // "Senator X attacked her rival": campaign talk, not an assault.
      if (p.event === "ASSAULT" && !hit.noun && !byModel) {
        const verbal = verbalAttack(v, hit.token, c, range, roles, article.entities);
        if (verbal === "none") continue;
        if (verbal) p = verbal;
      }
      if (p.mode === "allege") objects[ci] = roles.recipient;
      if (roles.inanimate && !p.anyActor) continue;
      if (!roles.actor.length && !p.anyActor) continue;
      if (p.evaluative && !roles.recipient.length) continue;
      if (byModel && (!roles.actor.length || !roles.recipient.length)) continue;
      // "X and Y agreed": in a mutual event the first named acts towards the others.
      if (p.mutual && !roles.recipient.length && roles.actor.length > 1) {
        roles.recipient = roles.actor.slice(1);
        roles.actor = roles.actor.slice(0, 1);
      }
      const actor = toActors(v, roles.actor);
      if (roles.role) ownersRole(v, actor, roles.role, countryName);
      // A party never acts on itself, but two people of one government may act on each other.
      const people = personActors(v, roles.actor);
      const others = personActors(v, roles.recipient);
      let recipient = toActors(v, roles.recipient).filter(
        (r) => !actor.some((a) => sameParty(a, r) && !(people.has(a) && others.has(r) && a.name !== r.name)),
      );
      // "sent troops", "pulled its soldiers out": the actor's own forces are what moves, not a recipient.
      if (MOVED_FORCES.has(p.event!)) recipient = recipient.filter((r) => !actor.some((a) => a.country === r.country));
      // A material event's object may be the place itself: "shelled Kharkiv", "bombed the port of Odesa".
      const targetsPlace = !hit.noun && PLACE_TARGETS.has(p.event!) && !MOVED_FORCES.has(p.event!);
      const place = locatedPlace(v, hit.token + 1, c.last, MOVES.has(p.event!), roles.actor, targetsPlace);
      const targetByPlace = PLACE_TARGETS.has(p.event!) || (p.event === "CONSULT" && p.mode === "visit");
      if (!recipient.length && place && targetByPlace) {
        const where: Actor =
          place.actor >= 0
            ? v.entities[place.actor]!.actor!
            : { name: countryName(place.place.country)?.name ?? place.place.name, country: place.place.country };
        if (!actor.some((a) => a.country === where.country && !a.sector)) recipient = [where];
      }
      let status: EventStatus = p.evaluative ? "asserted" : wordingStatus(v, clauses, ci, hit.token, refYear);
      if (status === "hypothetical" && !CODE_HYPOTHETICAL) continue;
      let claimedBy: Actor | undefined;
      if (status === "asserted" && !p.evaluative && (said.entity >= 0 || said.actor || said.cue)) {
        const self = said.actor && actor.some((a) => sameParty(a, said.actor));
        if (said.cue === "deny") status = "denied";
        else if (!self && (said.cue === "claim" || said.cue === "allege" || said.cue === "accuse")) status = "alleged";
        else if (!self) status = "reported";
        if (status !== "asserted" && said.actor) claimedBy = said.actor;
      }
      const where = place ?? locatedPlace(v, c.first, hit.token, false, roles.actor);
      // Protesters nobody names are people of the place where they protest.
      if (p.event === "PROTEST" && !actor.length && where) {
        const c3 = where.place.country;
        const names = countryName(c3);
        actor.push({ name: `${names?.adjective ?? names?.name ?? c3} protesters`, country: c3, sector: "CVL" });
      }
      const t = types.get(p.event!)!;
      // "... measures we have prepared should Russia invade": a condition's subject is whom a conflict event targets.
      // So is a threat's: "threatened to close the port if X kept its fence" targets X.
      if (
        (status === "conditional" || (status === "asserted" && p.event === "THREATEN")) &&
        (!recipient.length || p.event === "THREATEN") &&
        t.quad >= 3
      ) {
        const cond = clauses[ci + 1];
        if (cond?.kind === "protasis" && cond.sentence === c.sentence) {
          const s = findSubject(v, cond, cond.last, said.entity);
          const target = toActors(v, s.actors).filter((r) => !actor.some((a) => sameParty(a, r)));
          if (target.length) recipient = target;
        }
      }
      const first = v.start[c.first]!;
      let lastTok = c.last - 1;
      while (lastTok > c.first && v.pos[lastTok] === "PUNCT") lastTok--;
      const end = v.end[lastTok]!;
      const when = eventDate(v, c, range, hit.token, article.times, article);
      // "announced another rally for Monday": an act dated after the report has not happened yet.
      if (status === "asserted" && !p.evaluative && afterPublication(when.date, article.meta.published))
        status = "future";
      let quantities = eventQuantities(v, c.first, p.event === "ASSAULT" ? range[1] : c.last, p.event!);
      const ownToll = p.event === "ASSAULT" ? participleToll(v, hit.token, c.last) : undefined;
      if (ownToll) quantities = { ...ownToll, ...quantities };
      // "Two civilians were killed when a missile hit a block of flats", "The blast killed four and
      // injured 17": a "when" clause, or a verb coordinated with the one before at the same place, tells
      // the same incident again, so it completes the event before it rather than counting a second one.
      if (
        previous &&
        previous.event === p.event &&
        sameIncident(v, c, ci, previous.clause, events.at(-1)!, where, actor)
      ) {
        completeWith(events.at(-1)!, actor, recipient, where?.place, quantities);
        // The event's text now runs over both tellings.
        const merged = events.at(-1)!;
        if (end > merged.text_info.end) {
          merged.text_info = { start: merged.text_info.start, end };
          merged.event_text = article.text.slice(merged.text_info.start, end);
        }
        continue;
      }
      // "Drones struck a fuel depot ... At least four people were wounded": a toll told in the next
      // sentence with no attacker of its own belongs to the attack just told, unless it names another place.
      if (
        p.event === "ASSAULT" &&
        quantities &&
        !actor.length &&
        roles.how === "passive" &&
        lastAttack?.sentence === si - 1 &&
        samePlace(events[lastAttack.index]!, where?.place)
      ) {
        const before = events[lastAttack.index]!;
        before.quantities = { ...quantities, ...before.quantities };
        continue;
      }
      let confidence: number = CONFIDENCE.base;
      if (actor.length && recipient.length) confidence += CONFIDENCE.bothParties;
      if (hit.noun) confidence += CONFIDENCE.noun;
      if (p.evaluative) confidence += CONFIDENCE.evaluative;
      if (!actor.length) confidence += CONFIDENCE.noActor;
      const caption = inCaption(article, v.start[hit.token]!);
      if (caption) confidence += CONFIDENCE.caption;
      // The model weighs in where the rule is weak (or is all there is), and may veto a weak match.
      let modelP: number | undefined;
      if (scores && (byModel || hit.noun || p.evaluative || caption || !actor.length)) {
        const score = scores(si);
        modelP = score.p(p.event!);
        const backed = byModel ? 0.5 * confidence + 0.5 * modelP : backedConfidence(score, p.event!, confidence);
        if (backed === null) continue;
        confidence = backed;
      }
      const backedBy = !byModel && modelP !== undefined ? ` model p=${modelP.toFixed(2)}` : "";
      // Built field by field in the schema's order (no spreads of optional parts: this runs for
      // every event, and the key order is what the JSON output shows).
      const event = { id: `${article.id}:e${events.length + 1}`, event: p.event! } as Event;
      if (p.mode) event.mode = p.mode;
      if (p.context) event.context = p.context;
      if (p.cameo) event.cameo = p.cameo;
      event.quad_code = t.quad;
      event.event_scale = t.scale;
      event.actor = actor;
      event.recipient = recipient;
      event.date = when.date;
      if (when.date_text) event.date_text = when.date_text;
      event.status = status;
      if (claimedBy) event.claimed_by = claimedBy;
      if (quantities) event.quantities = quantities;
      if (where) event.event_loc = where.place;
      event.text_info = { start: first, end };
      event.event_text = article.text.slice(first, end);
      event.confidence = Math.round(Math.max(0.05, Math.min(1, confidence)) * 100) / 100;
      event.why = `${byModel ? `model p=${modelP!.toFixed(2)}` : `pattern:${p.id}`} ${hit.noun ? "noun" : "verb"}=${v.lemma[hit.token]} actor=${roles.how}${status !== "asserted" ? ` status=${status}` : ""}${backedBy}`;
      events.push(event);
      if (caption || isTitle(article, v, range)) displayed.add(events.length - 1);
      previous = { clause: ci, event: p.event! };
      // The sentence's first attack is its main one ("X struck ... hours after Y fired rockets").
      if (p.event === "ASSAULT" && lastAttack?.sentence !== si) lastAttack = { index: events.length - 1, sentence: si };
      if (byModel) proposal = null;
      if (p.event === "REQUEST") inRequest = infinitiveAfter(v, hit.token, c.last);
    }
  }
  return displayed.size ? markDisplayCopies(events, displayed) : events;
}

/** Whether the sentence is the article's headline repeated in its text. */
function isTitle(article: Article, v: DocView, range: readonly [number, number]): boolean {
  const title = article.meta.title?.trim();
  if (!title) return false;
  const from = v.start[range[0]]!;
  const to = v.end[range[1] - 1]!;
  return to - from >= title.length && to - from <= title.length + 1 && v.text.startsWith(title, from);
}

const countryKey = (actors: readonly Actor[]) => [...new Set(actors.map((a) => a.country))].sort().join(",");

/** What an event restating another shares with it: type, CAMEO code, mode, actor and recipient countries. */
const restateKey = (e: Event) =>
  `${e.event}|${e.cameo ?? ""}|${e.mode ?? ""}|${countryKey(e.actor)}|${countryKey(e.recipient)}`;

/**
 * Captions and the headline restate the body: an event coded there that the body also codes (same
 * type, CAMEO code and mode, same actor and recipient countries, dates that do not differ) is kept, as the caption may be
 * where a reader or a scorer finds it, but its `why` names the body event it restates
 * ("restates=e7"), so that counting can take each event of an article once.
 */
function markDisplayCopies(events: Event[], displayed: ReadonlySet<number>): Event[] {
  const body = new Map<string, Event[]>();
  for (let i = 0; i < events.length; i++) {
    if (displayed.has(i)) continue;
    const e = events[i]!;
    const k = restateKey(e);
    const list = body.get(k);
    if (list) list.push(e);
    else body.set(k, [e]);
  }
  for (const i of displayed) {
    const e = events[i]!;
    const same = (body.get(restateKey(e)) ?? []).find((b) => b.date === null || e.date === null || b.date === e.date);
    if (same) e.why = `${e.why ?? ""} restates=${same.id.slice(same.id.lastIndexOf(":") + 1)}`.trim();
  }
  return events;
}

/**
 * Whether clause c tells again the incident of the event coded from clause `before` just before it:
 * an adjunct opened by "when", or a coordinated verb right after it that adds a count and names no
 * other actor or place.
 */
function sameIncident(
  v: DocView,
  c: Clause,
  ci: number,
  before: number,
  e: Event,
  where: { place: NonNullable<Event["event_loc"]> } | null | undefined,
  actor: readonly Actor[],
): boolean {
  if (c.kind === "adjunct") return v.low[c.first] === "when";
  if (c.kind !== "coord" || before !== ci - 1 || !samePlace(e, where?.place)) return false;
  // Only a continuation that adds numbers ("and wounded five"), by no other actor: "attacked X and
  // wounded him" or "imposed sanctions and recalled its ambassador" are two acts.
  const sameActor = !actor.length || actor.every((a) => e.actor.some((b) => sameParty(a, b)));
  return sameActor && eventQuantities(v, c.first, c.last, e.event) !== undefined;
}

/** Fills what an event lacks (parties, place, numbers) from a second telling of the same incident. */
function completeWith(
  e: Event,
  actor: Actor[],
  recipient: Actor[],
  place: Event["event_loc"],
  quantities: Event["quantities"],
): void {
  if (!e.actor.length) e.actor = actor;
  if (!e.recipient.length) e.recipient = recipient.filter((r) => !e.actor.some((a) => sameParty(a, r)));
  if (!e.event_loc && place) e.event_loc = place;
  if (!quantities) return;
  // An attack's numbers were read from its whole sentence already; elsewhere counts of one kind add
  // up: "arrested 20 protesters and detained three journalists".
  if (e.event === "ASSAULT") {
    e.quantities = { ...quantities, ...e.quantities };
    return;
  }
  const sum = { ...e.quantities };
  for (const [k, n] of Object.entries(quantities)) sum[k] = (sum[k] ?? 0) + n;
  e.quantities = sum;
}

/** Whether a second telling's place (if any) is the event's own (if it has one). */
function samePlace(e: Event, place: Event["event_loc"]): boolean {
  return !place || !e.event_loc || e.event_loc.name === place.name;
}

/** Whether an event's date lies after the publication day, compared at the event date's precision. */
function afterPublication(date: string | null, published: string | null | undefined): boolean {
  if (!date || !published || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) return false;
  return date > published.slice(0, date.length);
}

/** The actors of the people among entities `idx` (a person's actor is its entity's own object). */
function personActors(v: DocView, idx: readonly number[]): Set<Actor> {
  const out = new Set<Actor>();
  for (const e of idx) {
    const ent = v.entities[e]!;
    if (ent.kind === "PERSON" && ent.actor) out.add(ent.actor);
  }
  return out;
}

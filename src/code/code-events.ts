import type { Actor, Article, Entity, Event, EventStatus } from "../model/schema.js";
import { attributionOf, sameParty, type Attribution } from "./attribution.js";
import { splitClauses, type Clause } from "./clauses.js";
import { docView, type DocView } from "./doc-view.js";
import {
  resolvePronoun,
  actorsOf,
  agentAfter,
  findRecipient,
  findSubject,
  isPassive,
  possessorOf,
  type Subject,
} from "./participants.js";
import type { PatternIndex } from "./patterns.js";
import { referenceYear, wordingStatus } from "./status.js";
import { ploverTable } from "./tables.js";
import { findTrigger, matchToken, type TriggerHit } from "./triggers.js";
import { eventDate, eventQuantities } from "./when.js";
import { locatedPlace } from "./location.js";
import { participleToll } from "./toll.js";

/** Base confidence of a rule-coded event; the learned component will replace these. */
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
/** Subject heads that point back at what the previous sentence reported: "Those claims have been slammed". */
const DEMONSTRATIVES = new Set(["those", "these", "this", "that", "such"]);
/** Types whose move goes "to" a place: "sent troops to X", "flew to X". */
const MOVES = new Set(["MOBILIZE", "AID", "CONSULT"]);

/** Looks up a country's name and nationality adjective by its ISO code, for actors that only a place names. */
export type CountryNames = (iso3: string) => { name: string; adjective?: string } | undefined;

const BY = new Set(["by"]);
const BY_FROM = new Set(["by", "from"]);

/** Speakers of quotes become entities too, so "we" inside a quote can resolve to them. */
function withSpeakers(article: Article): Article {
  const extra: Entity[] = [];
  for (const q of article.quotes) {
    const s = q.speaker;
    if (!s?.actor || s.start === undefined || s.end === undefined) continue;
    if (article.entities.some((e) => e.actor && e.start < s.end! && s.start! < e.end)) continue;
    extra.push({ start: s.start, end: s.end, text: s.text, kind: "PERSON", actor: s.actor });
  }
  return extra.length ? { ...article, entities: [...article.entities, ...extra] } : article;
}

interface Roles {
  actor: number[];
  recipient: number[];
  how: string;
  /** The subject cannot act (a thing), so a verb trigger describes no actor's event. */
  inanimate: boolean;
}

/** Actor and recipient of the trigger: numbered cases in the body. */
function rolesOf(
  v: DocView,
  clauses: readonly Clause[],
  ci: number,
  hit: TriggerHit,
  subjects: (Subject | null)[],
  objects: number[][],
  speaker: number,
  said: Attribution,
): Roles {
  const c = clauses[ci]!;
  const t = hit.token;
  const p = hit.pattern;
  let subject = findSubject(v, c, t, speaker);
  // "the measures we have prepared": a pronoun or name right before the verb is its subject.
  if (subject.how === "inanimate" && !hit.noun) {
    const near = subjectRightBefore(v, c, t, speaker);
    if (near >= 0) subject = { actors: [near], how: "entity", possessor: -1 };
  }
  subjects[ci] = subject;
  // 1. Evaluative ("X would be a violation"): the speaker accuses the actor named in the clause.
  // The accused must be named as the subject or its owner; a speaker who is the subject
  // ("Ukraine considers Russia's acts a violation") accuses the next party named.
  if (p.evaluative) {
    const speakerIsSubject =
      subject.actors.length > 0 &&
      (subject.actors.includes(said.entity) || sameParty(v.entities[subject.actors[0]!]?.actor, said.actor));
    const accused = speakerIsSubject
      ? firstOther(v, c, said)
      : subject.actors.length
        ? subject.actors
        : subject.possessor >= 0
          ? [subject.possessor]
          : [];
    return { actor: said.entity >= 0 ? [said.entity] : [], recipient: accused, how: "evaluative", inanimate: false };
  }
  // 2. Passive ("sanctions were imposed by the EU on Russia"): the agent acts, the subject undergoes.
  if (!hit.noun && isPassive(v, c, t)) {
    const actor = agentAfter(v, c, t, BY);
    // Without a named subject, only an explicit preposition names the recipient ("imposed on X by Y").
    const explicit = p.recipient.filter((r) => r !== "obj");
    const recipient = subject.actors.length
      ? subject.actors
      : subject.possessor >= 0
        ? [subject.possessor]
        : DEMONSTRATIVES.has(v.low[c.first]!) && c.kind === "main"
          ? firstActorOf(v, c.sentence - 1)
          : findRecipient(v, c, t, explicit, actor, speaker);
    return { actor, recipient, how: "passive", inanimate: false };
  }
  // 3. Noun frames ("Russia's recognition of X", "approval by X", "calls from X"), else the light verb's subject.
  let actor: number[] = [];
  let how = "subject";
  if (hit.noun) {
    const owner = possessorOf(v, c, t);
    if (owner >= 0) {
      actor = [owner];
      how = "possessor";
    } else {
      actor = agentAfter(v, c, t, BY_FROM);
      if (actor.length) how = "by-phrase";
    }
  }
  // 4. The subject of the clause, or inherited from the clause it hangs on.
  if (!actor.length) {
    if (subject.actors.length) {
      actor = subject.actors;
      how = subject.how;
    } else if (subject.how === "none") {
      let inherited = inheritedSubject(v, clauses, ci, subjects, objects);
      // "After recognizing X, Putin ordered ...": an opening participle takes the next clause's subject.
      const next = clauses[ci + 1];
      if (
        !inherited.length &&
        next &&
        next.sentence === c.sentence &&
        (ci === 0 || clauses[ci - 1]!.sentence !== c.sentence)
      ) {
        inherited = findSubject(v, next, next.last, speaker).actors;
      }
      if (inherited.length) {
        actor = inherited;
        how = "inherited";
      }
    }
  }
  let recipient = findRecipient(v, c, t, p.recipient, actor, speaker).filter(
    (r) => !actor.some((a) => sameParty(actorOf(v, a), actorOf(v, r))),
  );
  // "X drew condemnation from Y": the subject of the light verb is on the receiving end.
  if (
    hit.noun &&
    how === "by-phrase" &&
    !recipient.length &&
    (subject.modifier ?? -1) >= 0 &&
    !actor.includes(subject.modifier!)
  )
    recipient = [subject.modifier!];
  return { actor, recipient, how, inanimate: !hit.noun && subject.how === "inanimate" };
}

/** Whether any token of [first, last) is a trigger word of the pattern index. */
function hasTriggerWord(v: DocView, first: number, last: number, patterns: PatternIndex): boolean {
  const whole: Clause = { first, last, kind: "main", sentence: -1 };
  for (let k = first; k < last; k++) {
    if (!patterns.has(v.lemma[k]!) && !patterns.has(v.low[k]!)) continue;
    if (matchToken(v, whole, k, patterns)?.event) return true;
  }
  return false;
}

/** Whether a "to" + verb follows the trigger in the clause: "urged Russia to withdraw". */
function infinitiveAfter(v: DocView, from: number, to: number): boolean {
  for (let k = from + 1; k < to - 1; k++)
    if (v.low[k] === "to" && (v.pos[k + 1] === "VERB" || v.pos[k + 1] === "ADV")) return true;
  return false;
}

/** The actor right before verb t, past auxiliaries and adverbs ("we have prepared"), or -1. */
function subjectRightBefore(v: DocView, c: Clause, t: number, speaker: number): number {
  let k = t - 1;
  while (k > c.first && (v.pos[k] === "AUX" || v.pos[k] === "ADV" || v.pos[k] === "PART")) k--;
  if (k < c.first || (k === t - 1 && v.pos[k] !== "PRON" && v.entityAt[k]! < 0)) return -1;
  const e = v.entityAt[k]!;
  // A nationality alone ("Russian moving vehicles") modifies a noun; it is no subject.
  if (e >= 0) return v.pos[k - 1] === "ADP" || v.entities[e]!.kind === "OTHER" ? -1 : e;
  return v.pos[k] === "PRON" ? resolvePronoun(v, k, speaker) : -1;
}

/** The first actor named in sentence si (its subject, as news sentences go), or none. */
function firstActorOf(v: DocView, si: number): number[] {
  const range = v.sentences[si];
  if (!range) return [];
  for (let k = range[0]; k < range[1]; k++) if (v.entityAt[k]! >= 0) return [v.entityAt[k]!];
  return [];
}

/** The first actor in the clause that is not the speaker's party. */
function firstOther(v: DocView, c: Clause, said: Attribution): number[] {
  for (let k = c.first; k < c.last; k++) {
    const e = v.entityAt[k]!;
    if (e >= 0 && e !== said.entity && !sameParty(v.entities[e]!.actor, said.actor)) return [e];
  }
  return [];
}

/**
 * The subject a clause without one shares: a participial or coordinated clause takes the
 * subject of the clause it continues (skipping speech complements); a relative clause takes its
 * antecedent.
 */
function inheritedSubject(
  v: DocView,
  clauses: readonly Clause[],
  ci: number,
  subjects: (Subject | null)[],
  objects: number[][],
): number[] {
  const c = clauses[ci]!;
  if (c.kind === "relative") {
    for (let k = c.first - 1; k >= 0 && k >= c.first - 3; k--) if (v.entityAt[k]! >= 0) return [v.entityAt[k]!];
    return [];
  }
  if (c.kind !== "coord" && c.kind !== "participial" && c.kind !== "adjunct" && c.kind !== "complement") return [];
  for (let k = ci - 1; k >= 0; k--) {
    const o = clauses[k]!;
    if (o.sentence !== c.sentence) break;
    if (c.kind === "participial" && o.kind === "complement") continue;
    if (o.kind === "relative") continue;
    // "accuses X of preparing an attack after surrounding it": the adjunct belongs to the accusation's content.
    if (c.kind === "adjunct" && objects[k]?.length) return objects[k]!;
    const s = subjects[k];
    if (s?.actors.length) return s.actors;
    if (o.kind === "main") break;
  }
  return [];
}

/** A country named as an actor ("Russia recognised") stands for its government. */
function asActor(e: Entity): Actor {
  return e.kind === "PLACE" && !e.actor!.sector ? { ...e.actor!, sector: "GOV" } : e.actor!;
}

function actorOf(v: DocView, e: number): Actor {
  return asActor(v.entities[e]!);
}

function toActors(v: DocView, idx: readonly number[]): Actor[] {
  return actorsOf(v, idx).map(asActor);
}

function inCaption(article: Article, at: number): boolean {
  return article.captions.some((c) => c.start <= at && at < c.end);
}

/** Codes the events of one article (it must have text, sentences, tokens; entities, times and quotes may be empty). */
export function codeEvents(
  input: Article,
  patterns: PatternIndex,
  countryName: CountryNames = () => undefined,
): Event[] {
  const article = withSpeakers(input);
  const v = docView(article);
  const types = ploverTable();
  const refYear = referenceYear(
    article.meta.published,
    article.times.map((t) => t.value),
  );
  const events: Event[] = [];
  v.sentences.forEach((range, si) => {
    // Most sentences hold no trigger word at all: they need no clauses, subjects or roles.
    if (!hasTriggerWord(v, range[0], range[1], patterns)) return;
    const clauses = splitClauses(v, range[0], range[1], si);
    const subjects: (Subject | null)[] = clauses.map(() => null);
    const objects: number[][] = clauses.map(() => []);
    let previous: { clause: number; event: string } | null = null;
    let inRequest = false;
    clauses.forEach((c, ci) => {
      if (c.kind === "tail") return;
      // "urged X to reverse ..., and withdraw": coordinated verbs after a request are what was requested.
      if (c.kind !== "coord") inRequest = false;
      else if (inRequest) return;
      const hit = findTrigger(v, c, patterns);
      if (!hit) {
        subjects[ci] = findSubject(v, c, c.last, -1);
        return;
      }
      // A condition ("should Putin invade") is not an event; it makes its main clause conditional.
      if (c.kind === "protasis") return;
      const p = hit.pattern;
      // ", killing 12 people" after an attack is that attack's toll, not a second event.
      if (c.kind === "participial" && previous?.clause === ci - 1 && previous.event === p.event) {
        const toll = participleToll(v, hit.token, c.last);
        const last = events[events.length - 1]!;
        if (toll) last.quantities = { ...toll, ...last.quantities };
        return;
      }
      const said = attributionOf(v, clauses, ci, hit.token, article.quotes);
      const roles = rolesOf(v, clauses, ci, hit, subjects, objects, said.entity, said);
      if (p.mode === "allege") objects[ci] = roles.recipient;
      if (roles.inanimate && !p.anyActor) return;
      if (!roles.actor.length && !p.anyActor) return;
      if (p.evaluative && !roles.recipient.length) return;
      // "X and Y agreed": in a mutual event the first named acts towards the others.
      if (p.mutual && !roles.recipient.length && roles.actor.length > 1) {
        roles.recipient = roles.actor.slice(1);
        roles.actor = roles.actor.slice(0, 1);
      }
      const actor = toActors(v, roles.actor);
      let recipient = toActors(v, roles.recipient).filter((r) => !actor.some((a) => sameParty(a, r)));
      const place = locatedPlace(v, hit.token + 1, c.last, MOVES.has(p.event!), roles.actor);
      const targetByPlace = PLACE_TARGETS.has(p.event!) || (p.event === "CONSULT" && p.mode === "visit");
      if (!recipient.length && place && targetByPlace) {
        const where: Actor =
          place.actor >= 0
            ? v.entities[place.actor]!.actor!
            : { name: countryName(place.place.country)?.name ?? place.place.name, country: place.place.country };
        if (!actor.some((a) => a.country === where.country && !a.sector)) recipient = [where];
      }
      let status: EventStatus = p.evaluative ? "asserted" : wordingStatus(v, clauses, ci, hit.token, refYear);
      if (status === "hypothetical" && !CODE_HYPOTHETICAL) return;
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
      if (status === "conditional" && (!recipient.length || p.event === "THREATEN") && t.quad >= 3) {
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
      let quantities = eventQuantities(v, c.first, p.event === "ASSAULT" ? range[1] : c.last, p.event!);
      const ownToll = p.event === "ASSAULT" ? participleToll(v, hit.token, c.last) : undefined;
      if (ownToll) quantities = { ...ownToll, ...quantities };
      let confidence = CONFIDENCE.base;
      if (actor.length && recipient.length) confidence += CONFIDENCE.bothParties;
      if (hit.noun) confidence += CONFIDENCE.noun;
      if (p.evaluative) confidence += CONFIDENCE.evaluative;
      if (!actor.length) confidence += CONFIDENCE.noActor;
      if (inCaption(article, v.start[hit.token]!)) confidence += CONFIDENCE.caption;
      events.push({
        id: `${article.id}:e${events.length + 1}`,
        event: p.event!,
        ...(p.mode ? { mode: p.mode } : {}),
        ...(p.context ? { context: p.context } : {}),
        ...(p.cameo ? { cameo: p.cameo } : {}),
        quad_code: t.quad,
        event_scale: t.scale,
        actor,
        recipient,
        date: when.date,
        ...(when.date_text ? { date_text: when.date_text } : {}),
        status,
        ...(claimedBy ? { claimed_by: claimedBy } : {}),
        ...(quantities ? { quantities } : {}),
        ...(where ? { event_loc: where.place } : {}),
        text_info: { start: first, end },
        event_text: article.text.slice(first, end),
        confidence: Math.round(Math.max(0.05, Math.min(1, confidence)) * 100) / 100,
        why: `pattern:${p.id} ${hit.noun ? "noun" : "verb"}=${v.lemma[hit.token]} actor=${roles.how}${status !== "asserted" ? ` status=${status}` : ""}`,
      });
      previous = { clause: ci, event: p.event! };
      if (p.event === "REQUEST") inRequest = infinitiveAfter(v, hit.token, c.last);
    });
  });
  return events;
}

import type { Actor, Article, Entity, Event, EventStatus } from "../model/schema.js";
import { attributionOf, sameParty, type Attribution } from "./attribution.js";
import { splitClauses, type Clause } from "./clauses.js";
import { docView, type DocView } from "./doc-view.js";
import {
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
import { findTrigger, type TriggerHit } from "./triggers.js";
import { eventDate, eventQuantities } from "./when.js";

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
  const subject = findSubject(v, c, t, speaker);
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
  let recipient = findRecipient(v, c, t, p.recipient, actor, speaker);
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

function toActors(v: DocView, idx: readonly number[]): Actor[] {
  return actorsOf(v, idx).map((e) => e.actor!);
}

function inCaption(article: Article, at: number): boolean {
  return article.captions.some((c) => c.start <= at && at < c.end);
}

/** Codes the events of one article (it must have text, sentences, tokens; entities, times and quotes may be empty). */
export function codeEvents(input: Article, patterns: PatternIndex): Event[] {
  const article = withSpeakers(input);
  const v = docView(article);
  const types = ploverTable();
  const refYear = referenceYear(
    article.meta.published,
    article.times.map((t) => t.value),
  );
  const events: Event[] = [];
  v.sentences.forEach((range, si) => {
    const clauses = splitClauses(v, range[0], range[1], si);
    const subjects: (Subject | null)[] = clauses.map(() => null);
    const objects: number[][] = clauses.map(() => []);
    clauses.forEach((c, ci) => {
      if (c.kind === "tail") return;
      const hit = findTrigger(v, c, patterns);
      if (!hit) {
        subjects[ci] = findSubject(v, c, c.last, -1);
        return;
      }
      // A condition ("should Putin invade") is not an event; it makes its main clause conditional.
      if (c.kind === "protasis") return;
      const p = hit.pattern;
      const said = attributionOf(v, clauses, ci, hit.token, article.quotes);
      const roles = rolesOf(v, clauses, ci, hit, subjects, objects, said.entity, said);
      if (p.mode === "allege") objects[ci] = roles.recipient;
      if (roles.inanimate && !p.anyActor) return;
      if (!roles.actor.length && !p.anyActor) return;
      if (p.evaluative && !roles.recipient.length) return;
      const actor = toActors(v, roles.actor);
      const recipient = toActors(v, roles.recipient).filter((r) => !actor.some((a) => sameParty(a, r)));
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
      const t = types.get(p.event!)!;
      const first = v.start[c.first]!;
      let lastTok = c.last - 1;
      while (lastTok > c.first && v.pos[lastTok] === "PUNCT") lastTok--;
      const end = v.end[lastTok]!;
      const when = eventDate(v, c, range, hit.token, article.times);
      const quantities = eventQuantities(v, c.first, p.event === "ASSAULT" ? range[1] : c.last, p.event!);
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
        text_info: { start: first, end },
        event_text: article.text.slice(first, end),
        confidence: Math.round(Math.max(0.05, Math.min(1, confidence)) * 100) / 100,
        why: `pattern:${p.id} ${hit.noun ? "noun" : "verb"}=${v.lemma[hit.token]} actor=${roles.how}${status !== "asserted" ? ` status=${status}` : ""}`,
      });
    });
  });
  return events;
}

import type { Actor, Entity } from "../model/schema.js";
import { sameParty, type Attribution } from "./attribution.js";
import { CUE, isCue } from "./cues.js";
import type { Clause } from "./clauses.js";
import type { DocView } from "./doc-view.js";
import {
  resolvePronoun,
  agentAfter,
  findRecipient,
  findSubject,
  isPassive,
  possessorOf,
  twoPeople,
  type Subject,
} from "./participants.js";
import type { TriggerHit } from "./triggers.js";

/** Subject heads that point back at what the previous sentence reported: "Those claims have been slammed". */
const DEMONSTRATIVES = new Set(["those", "these", "this", "that", "such"]);

const BY = new Set(["by"]);
const BY_FROM = new Set(["by", "from"]);

/** Who acts on whom in a clause, and how the actor was found (shown in `why`). */
export interface Roles {
  actor: number[];
  recipient: number[];
  how: string;
  /** The subject cannot act (a thing), so a verb trigger describes no actor's event. */
  inanimate: boolean;
  /** The actor is an owner's role ("its soldiers"): the sector and the role noun's token. */
  role?: { sector: string; token: number };
}

/** Actor and recipient of the trigger: numbered cases in the body. */
export function rolesOf(
  v: DocView,
  clauses: readonly Clause[],
  ci: number,
  hit: TriggerHit,
  subjects: (Subject | null | undefined)[],
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
    let actor = agentAfter(v, c, t, BY);
    // "were killed in Norlandic air strikes": the nationality of the means is the attacker.
    if (!actor.length) actor = nationalMeans(v, c, t);
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
  let role: Roles["role"];
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
      role = subject.role;
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
    (r) => !actor.some((a) => sameParty(actorOf(v, a), actorOf(v, r)) && !twoPeople(v.entities[a]!, v.entities[r]!)),
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
  return { actor, recipient, how, inanimate: !hit.noun && subject.how === "inanimate", ...(role ? { role } : {}) };
}

/** Prepositions that introduce the means of a passive event: "killed in strikes", "wounded by shelling". */
const MEANS_PREPS = new Set(["in", "by", "during", "from"]);

/**
 * The entity whose nationality modifies the means of passive event t ("killed in Norlandic air
 * strikes", "hurt by Vestan shelling"): a preposition, then the entity, then (after at most one
 * modifier) a means noun; or none.
 */
function nationalMeans(v: DocView, c: Clause, t: number): number[] {
  for (let k = t + 1; k < c.last - 2; k++) {
    if (!MEANS_PREPS.has(v.low[k]!)) continue;
    let j = k + 1;
    while (j < c.last && (v.pos[j] === "DET" || v.pos[j] === "NUM") && v.entityAt[j]! < 0) j++;
    const e = v.entityAt[j]!;
    if (e < 0) continue;
    while (j < c.last && v.entityAt[j] === e) j++;
    for (let m = j; m < c.last && m <= j + 1; m++) {
      if (v.entityAt[m]! >= 0) break;
      if ((v.pos[m] === "NOUN" || v.pos[m] === "VERB") && isCue(v.lemma[m]!, CUE.means)) return [e];
    }
  }
  return [];
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
  subjects: (Subject | null | undefined)[],
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
    // "..., the military said, blaming the RSF": a participle after a tail is the speaker's.
    if (o.kind === "tail") {
      if (c.kind !== "participial" || k !== ci - 1) continue;
      const speaker = findSubject(v, o, o.last, -1);
      if (speaker.actors.length) return speaker.actors;
      continue;
    }
    // "accuses X of preparing an attack after surrounding it": the adjunct belongs to the accusation's content.
    if (c.kind === "adjunct" && objects[k]?.length) return objects[k]!;
    let s = subjects[k];
    // A clause without a trigger: its subject is found on first need (as `codeEvents` leaves it).
    if (s === undefined) s = subjects[k] = findSubject(v, o, o.last, -1);
    if (s?.actors.length) return s.actors;
    if (o.kind === "main") break;
  }
  return [];
}

/** A country named as an actor ("Russia recognised") stands for its government. */
export function asActor(e: Entity): Actor {
  if (e.kind !== "PLACE" || e.actor!.sector) return e.actor!;
  // One government copy per actor, made on first use: an entity's own actor is shared by every
  // event that names it already, and nothing changes actors once the entities stage made them.
  let gov = governments.get(e.actor!);
  if (!gov) governments.set(e.actor!, (gov = { ...e.actor!, sector: "GOV" }));
  return gov;
}

const governments = new WeakMap<Actor, Actor>();

function actorOf(v: DocView, e: number): Actor {
  return asActor(v.entities[e]!);
}

import { personGender, pronounGender } from "../kb/gender.js";
import { dataRecords } from "../data/data-files.js";
import type { Entity } from "../model/schema.js";
import type { Clause } from "./clauses.js";
import { CUE, isCue } from "./cues.js";
import { isNominal, type DocView } from "./doc-view.js";

/** Who the subject of a clause is, and how that was found. */
export interface Subject {
  /** Entity indexes (into view.entities) of the subject; several when coordinated. */
  actors: number[];
  /** What the subject was: an entity, a pronoun resolved to one, a thing, or nothing in this clause. */
  how: "entity" | "pronoun" | "of-phrase" | "possessor" | "apposition" | "inanimate" | "none";
  /** The owner in "Russia's decision": the possessor entity of a non-actor head. */
  possessor: number;
  /** The first entity inside the subject phrase ("the Duma proposal"), or -1. */
  modifier?: number;
  /**
   * For a role noun owned by the actor ("its soldiers", "Norland's parliament"): the sector the role
   * implies (data/kb/roles.tsv) and the token of the noun; the actor is the owner's country in that sector.
   */
  role?: { sector: string; token: number };
}

const PERSONAL = new Set(["he", "him", "his", "she", "her"]);
const NONPERSONAL = new Set(["it", "its", "they", "them", "their"]);
const SPEAKER = new Set(["i", "we", "me", "us", "our", "my"]);
const PLURAL = new Set(["they", "them", "their"]);
const SUBJECT_PRONOUNS = new Set(["he", "she", "it", "they", "we", "i"]);
/** Pronouns that own the noun after them ("its soldiers"): never the subject themselves. */
const POSSESSIVES = new Set(["its", "their", "his", "her", "our", "my", "your"]);

/** One-word role nouns of the knowledge base and the sector each implies ("soldiers" MIL, "police" COP). */
const ROLE_SECTOR = new Map<string, string>();
/** Role phrases of several words by their last word ("defences" -> "air defences" MIL). */
const PHRASE_SECTOR = new Map<string, { words: string[]; sector: string }[]>();
for (const r of dataRecords("kb/roles.tsv")) {
  const phrase = (r.phrase ?? "").toLowerCase();
  if (!phrase || !r.sector) continue;
  const words = phrase.split(" ");
  if (words.length === 1) {
    if (!ROLE_SECTOR.has(phrase)) ROLE_SECTOR.set(phrase, r.sector);
    continue;
  }
  const last = words[words.length - 1]!;
  const list = PHRASE_SECTOR.get(last) ?? [];
  list.push({ words, sector: r.sector });
  PHRASE_SECTOR.set(last, list);
}

/**
 * The sector role noun i implies, by its form or lemma ("troops", "troop"), or as the last word of
 * a role phrase ("its air defences"), or undefined.
 */
function roleSector(v: DocView, i: number): string | undefined {
  const one = ROLE_SECTOR.get(v.low[i]!) ?? ROLE_SECTOR.get(v.lemma[i]!);
  if (one) return one;
  for (const { words, sector } of PHRASE_SECTOR.get(v.low[i]!) ?? []) {
    let k = words.length - 2;
    while (k >= 0 && v.low[i - (words.length - 1 - k)] === words[k]) k--;
    if (k < 0) return sector;
  }
  return undefined;
}
/** Sectors of a state's own organs: a cataphoric "their independence" is never theirs. */
const STATE_SECTORS = new Set(["GOV", "MIL", "COP", "LEG", "JUD"]);
/** How far back, in characters, a plural pronoun looks for a group before any other antecedent (about two sentences). */
const PLURAL_REACH = 400;

/** The offset where the sentence holding token i ends. */
function sentenceEnd(v: DocView, i: number): number {
  for (const [first, last] of v.sentences) if (i >= first && i < last) return v.end[last - 1]!;
  return v.end[i]!;
}

/** Resolves a pronoun at token i to an entity index; `speaker` is the quote speaker's entity when inside one. */
export function resolvePronoun(v: DocView, i: number, speaker: number): number {
  const w = v.low[i]!;
  if (SPEAKER.has(w)) return speaker;
  const personal = PERSONAL.has(w);
  if (!personal && !NONPERSONAL.has(w)) return -1;
  const at = v.start[i]!;
  // "they", "their": a group named shortly before ("the republics ... their independence") comes first.
  if (PLURAL.has(w)) {
    for (let e = v.entities.length - 1; e >= 0; e--) {
      const ent = v.entities[e]!;
      if (ent.start >= at) continue;
      if (at - ent.start > PLURAL_REACH) break;
      if (ent.kind === "GROUP") return e;
    }
    // "After recognizing their independence, Putin ... the separatist regions": a group later in the sentence.
    const endOfSentence = sentenceEnd(v, i);
    for (let e = 0; e < v.entities.length; e++) {
      const ent = v.entities[e]!;
      if (ent.start <= at) continue;
      if (ent.start >= endOfSentence) break;
      if (ent.kind === "GROUP" && !STATE_SECTORS.has(ent.actor?.sector ?? "")) return e;
    }
  }
  // "she" passes over a man named more recently, and "he" over a woman, when their names tell.
  const wanted = personal ? pronounGender(w) : null;
  const plural = PLURAL.has(w);
  for (let e = v.entities.length - 1; e >= 0; e--) {
    const ent = v.entities[e]!;
    if (ent.start >= at) continue;
    if (!personal) {
      // A country or city named alone is "it", not "they" ("trained in Serbia ... bring them to
      // justice"); countries named together are "they" ("Russia and China ... They agreed").
      if (ent.kind === "PERSON") continue;
      if (!plural || ent.kind !== "PLACE") return e;
      const first = coordinationStart(v, e);
      if (first >= 0) return first;
      continue;
    }
    if (ent.kind !== "PERSON") continue;
    const g = wanted && personGender(v.text, ent.start, ent.end, ent.actor?.name);
    if (!g || g === wanted) return e;
  }
  return -1;
}

/** The first entity of an "X and Y" that entity e ends, or -1 when e is not the last of such a pair. */
function coordinationStart(v: DocView, e: number): number {
  let k = tokenAfter(v, e) - 1;
  while (k > 0 && v.entityAt[k - 1] === e) k--;
  if (k < 2 || v.low[k - 1] !== "and") return -1;
  const before = v.entityAt[k - 2]!;
  return before >= 0 && before !== e ? before : -1;
}

/** Entities coordinated with the one ending at token `end` ("Russia and China", "X, Y and Z"), rightwards. */
export function coordinatedRight(v: DocView, e: number, last: number): number[] {
  const out = [e];
  let k = tokenAfter(v, e);
  let joined = false;
  while (k < last && (v.low[k] === "and" || v.low[k] === ",")) {
    let j = k + 1;
    while (j < last && (v.pos[j] === "DET" || v.low[j] === "and")) j++;
    if (j > k + 1 || v.low[k] === "and") joined ||= v.low[k] === "and" || v.low[j - 1] === "and";
    const next = v.entityAt[j]!;
    if (j >= last || next < 0 || out.includes(next)) break;
    out.push(next);
    k = tokenAfter(v, next);
  }
  // "Ana Mara, Norland's foreign minister, said": a name set off by commas with no "and" that is the
  // first one's party is that party named twice (an apposition), not a second member of a list.
  if (joined) return out;
  const first = v.entities[e]!.actor;
  return out.filter((x, i) => i === 0 || !sameCountryAndSector(first, v.entities[x]!.actor));
}

/** Whether entity e is one body with any of `others` (a loop, not `some` with a closure per token). */
function sameBodyAsAny(v: DocView, others: readonly number[], e: number): boolean {
  for (const x of others) if (sameBody(v.entities[x]!, v.entities[e]!)) return true;
  return false;
}

/** Whether two entities are one body: same country and same sector (a country named alone is its government). */
function sameBody(a: Entity, b: Entity): boolean {
  if (twoPeople(a, b)) return false;
  return !!a.actor && !!b.actor && a.actor.country === b.actor.country && bodySector(a) === bodySector(b);
}

/**
 * Whether two entities are different people: two people of one government may act on each other
 * ("the prime minister dismissed the president's claims"), where a country never acts on itself.
 */
export function twoPeople(a: Entity, b: Entity): boolean {
  return a.kind === "PERSON" && b.kind === "PERSON" && a.actor?.name !== b.actor?.name;
}

function bodySector(e: Entity): string | undefined {
  return e.actor?.sector ?? (e.kind === "PLACE" ? "GOV" : undefined);
}

function sameCountryAndSector(a: Entity["actor"], b: Entity["actor"]): boolean {
  return !!a && !!b && a.country === b.country && (!a.sector || !b.sector || a.sector === b.sector);
}

/** The first token after entity e. */
function tokenAfter(v: DocView, e: number): number {
  const end = v.entities[e]!.end;
  let k = 0;
  let hi = v.n;
  while (k < hi) {
    const mid = (k + hi) >> 1;
    if (v.start[mid]! < end) k = mid + 1;
    else hi = mid;
  }
  return k;
}

/** Skips an opening adverbial ("In retort, ", "After recognizing X yesterday, ") and relative words. */
function subjectStart(v: DocView, c: Clause, trigger: number): number {
  let s = c.first;
  if (isCue(v.low[s]!, CUE.relative) || v.low[s] === "that" || isCue(v.lemma[s]!, CUE.subordinator)) s++;
  // Repeatedly: "In the short update, televised on state TV, Putin ..." has two openers.
  for (;;) {
    const p = v.pos[s];
    const w = v.low[s]!;
    if (!(p === "ADP" || p === "SCONJ" || p === "ADV" || (p === "VERB" && (w.endsWith("ing") || w.endsWith("ed")))))
      return s;
    let comma = -1;
    for (let k = s; k < trigger && comma < 0; k++) if (v.low[k] === ",") comma = k;
    if (comma < 0) return s;
    s = comma + 1;
  }
}

/** The entity right before the clause's first verb ("In his speech to the nation President X said"), or -1. */
function entityBeforeVerb(v: DocView, from: number, trigger: number): number {
  let vb = from;
  while (vb < trigger && v.verb[vb] !== 1 && v.pos[vb] !== "AUX") vb++;
  let k = vb - 1;
  while (k >= from && (v.pos[k] === "ADV" || v.low[k] === ",")) k--;
  return k >= from ? v.entityAt[k]! : -1;
}

/**
 * The subject before the trigger: the first noun phrase of the clause. Its head decides: an entity
 * (with any entities coordinated to it), a pronoun, an agentive noun whose "of" phrase names the
 * actor ("the leaders of X"), or a thing ("Putin's backing ...") that cannot act.
 */
export function findSubject(v: DocView, c: Clause, trigger: number, speaker: number): Subject {
  const none: Subject = { actors: [], how: "none", possessor: -1 };
  let k = subjectStart(v, c, trigger);
  if (v.pos[k] === "ADP") {
    // An opening phrase without a comma: the subject is what stands right before the verb.
    const e = entityBeforeVerb(v, k, trigger);
    if (e >= 0) return { actors: [e], how: "entity", possessor: -1 };
  }
  while (k < trigger && !isNominal(v, k) && v.pos[k] !== "PRON") {
    if (v.verb[k] === 1) return none;
    k++;
  }
  if (k >= trigger) return none;
  // A quote's speaker written as a pronoun ("He said") is already an entity.
  if (SUBJECT_PRONOUNS.has(v.low[k]!) && v.entityAt[k]! >= 0)
    return { actors: [v.entityAt[k]!], how: "pronoun", possessor: -1 };
  // The tagger sometimes calls a sentence-initial "He" a proper noun. A possessive before a noun
  // ("its soldiers") owns the subject and is read with the noun phrase below.
  const owns = POSSESSIVES.has(v.low[k]!) && k + 1 < trigger && isNominal(v, k + 1) && v.verb[k + 1] !== 1;
  if (!owns && (v.pos[k] === "PRON" || SUBJECT_PRONOUNS.has(v.low[k]!)) && v.entityAt[k]! < 0) {
    const e = resolvePronoun(v, k, speaker);
    return e >= 0 ? { actors: [e], how: "pronoun", possessor: -1 } : { ...none, how: "inanimate" };
  }
  // The noun phrase runs to the first verb, auxiliary or preposition other than "of".
  let end = k;
  while (
    end < trigger &&
    (isNominal(v, end) ||
      v.low[end] === "-" ||
      v.low[end] === "and" ||
      v.low[end] === "," ||
      v.low[end] === "of" ||
      v.pos[end] === "PRON")
  ) {
    if (v.verb[end] === 1) break;
    end++;
  }
  // Head: the last noun before "of" / "and" / ","; the possessor: an entity before "'s".
  let headEnd = k;
  let possessor = -1;
  let headStart = k;
  for (let j = k; j < end; j++) {
    const w = v.low[j]!;
    if (w === "of" || w === "and" || w === ",") break;
    if (w === "'s" || w === "'") {
      possessor = v.entityAt[j - 1]!;
      if (possessor < 0 && v.pos[j - 1] === "PRON") possessor = resolvePronoun(v, j - 1, speaker);
      headStart = j + 1;
      continue;
    }
    if (NONPERSONAL.has(w) || PERSONAL.has(w) || SPEAKER.has(w)) {
      possessor = resolvePronoun(v, j, speaker);
      headStart = j + 1;
      continue;
    }
    headEnd = j;
  }
  const head = v.entityAt[headEnd]!;
  if (head >= 0 && headEnd >= headStart)
    return { actors: coordinatedRight(v, head, trigger), how: "entity", possessor };
  // "Tom Brandt, the defence minister of Norland, said": a name nobody linked, introduced by its role.
  if (v.pos[headEnd] === "PROPN" && v.low[headEnd + 1] === "," && headEnd + 1 < end) {
    const a = appositionActor(v, headEnd + 2, trigger);
    if (a) return a;
  }
  // "its soldiers", "Norland's parliament": a role noun owned by an actor is that actor's country in the role's sector.
  const sector = possessor >= 0 && headEnd >= headStart ? roleSector(v, headEnd) : undefined;
  if (sector) return { actors: [possessor], how: "possessor", possessor, role: { sector, token: headEnd } };
  // An entity modifying the head inside the phrase ("Ukrainian servicemen" when only "Ukrainian" is linked).
  for (let j = headStart; j <= headEnd; j++) {
    const e = v.entityAt[j]!;
    if (e >= 0 && isCue(v.lemma[headEnd]!, CUE.agentive)) return { actors: [e], how: "entity", possessor };
  }
  if (isCue(v.lemma[headEnd]!, CUE.agentive) || v.pos[headEnd] === "NUM") {
    for (let j = headEnd + 1; j < end; j++) {
      const e = v.entityAt[j]!;
      if (e >= 0) return { actors: coordinatedRight(v, e, trigger), how: "of-phrase", possessor };
      if (v.pos[j] === "PRON" && j > headEnd + 1 && v.low[j - 1] === "of") break;
    }
    if (possessor >= 0) return { actors: [possessor], how: "of-phrase", possessor };
  }
  let modifier = -1;
  for (let j = k; j < end && modifier < 0; j++) modifier = v.entityAt[j]!;
  return { actors: [], how: "inanimate", possessor, modifier: possessor >= 0 ? possessor : modifier };
}

/**
 * The actor an apposition starting at `from` names ("the defence minister of Norland," or "Norland's
 * defence minister,"): a person the entities stage linked, else a role noun and the actor that owns
 * it, before the closing comma; or null.
 */
function appositionActor(v: DocView, from: number, limit: number): Subject | null {
  let role = -1;
  let e = -1;
  for (let j = from; j < limit; j++) {
    if (v.low[j] === ",") {
      if (e < 0) return null;
      // The apposition linked as a person ("Norland's army chief") is the actor itself.
      if (v.entities[e]!.kind === "PERSON") return { actors: [e], how: "apposition", possessor: -1 };
      if (role < 0) return null;
      const sector = roleSector(v, role)!;
      return { actors: [e], how: "apposition", possessor: e, role: { sector, token: role } };
    }
    if (v.verb[j] === 1) return null;
    if (e < 0 && v.entityAt[j]! >= 0) e = v.entityAt[j]!;
    else if (role < 0 && v.entityAt[j]! < 0 && roleSector(v, j) && v.pos[j] === "NOUN") role = j;
  }
  return null;
}

/** Whether the trigger at i is a passive participle ("were imposed by", "recognized by X as"). */
export function isPassive(v: DocView, c: Clause, i: number): boolean {
  if (v.verb[i] !== 1 || v.low[i]!.endsWith("ing")) return false;
  // "were imposed by X", but not "spoke by phone" or "seized by force": "by" and a means say how.
  if (v.low[i + 1] === "by") return !byInstrument(v, i + 1, c.last) && !isCue(v.lemma[i]!, CUE.byParticle);
  for (let k = i - 1; k >= c.first && k >= i - 3; k--) {
    if (v.pos[k] === "AUX" && (v.lemma[k] === "be" || v.lemma[k] === "get")) return true;
    if (v.pos[k] !== "ADV" && v.pos[k] !== "AUX") return false;
  }
  return false;
}

/** Whether the "by" at k introduces a means ("by phone", "by the sea road") rather than an agent. */
function byInstrument(v: DocView, k: number, last: number): boolean {
  let j = k + 1;
  while (j < last && (v.pos[j] === "DET" || v.pos[j] === "ADJ")) j++;
  return j < last && v.entityAt[j]! < 0 && isCue(v.lemma[j]!, CUE.instrument);
}

/** The entity after "by" (or "from") to the right of i within the clause ("launched by separatists"). */
export function agentAfter(v: DocView, c: Clause, i: number, words: ReadonlySet<string>): number[] {
  for (let k = i + 1; k < c.last - 1; k++) {
    if (!words.has(v.low[k]!)) continue;
    let j = k + 1;
    while (j < c.last && (v.pos[j] === "DET" || v.pos[j] === "ADJ")) j++;
    const e = v.entityAt[j]!;
    if (e >= 0) return coordinatedRight(v, e, c.last);
  }
  return [];
}

/** The entity that owns noun trigger i: "Russia's recognition", "the Duma's request". */
export function possessorOf(v: DocView, c: Clause, i: number): number {
  let k = i - 1;
  while (k > c.first && (v.pos[k] === "ADJ" || v.pos[k] === "NOUN" || v.low[k] === "-")) k--;
  if (k > c.first && (v.low[k] === "'s" || v.low[k] === "'")) return v.entityAt[k - 1]!;
  if (k >= c.first && v.entityAt[k]! >= 0 && v.pos[i - 1] !== "ADP") return v.entityAt[k]!;
  return -1;
}

/**
 * The recipient: the first actor after the trigger introduced by one of the pattern's prepositions,
 * else (with "obj") the first actor after it; actors already coded as the actor are skipped.
 */
export function findRecipient(
  v: DocView,
  c: Clause,
  i: number,
  preps: readonly string[],
  exclude: readonly number[],
  speaker: number,
): number[] {
  if (!preps.length) return [];
  let firstAny = -1;
  for (let k = i + 1; k < c.last; k++) {
    let e = v.entityAt[k]!;
    // An entity is judged once, at its first token: "by US citizens" must see "by", not "US".
    if (e >= 0 && k > i + 1 && v.entityAt[k - 1] === e) continue;
    if (e < 0 && v.pos[k] === "PRON" && k <= i + 4) e = resolvePronoun(v, k, speaker);
    // The actor's own party named again ("by Norland's upper house, the Council,") is not the recipient.
    if (e < 0 || exclude.includes(e) || sameBodyAsAny(v, exclude, e)) continue;
    let j = k - 1;
    while (j > i && (v.pos[j] === "DET" || v.pos[j] === "ADJ" || v.pos[j] === "NUM")) j--;
    const prep = v.low[j]!;
    if (prep === "by") continue;
    if (preps.includes(prep)) return coordinatedRight(v, e, c.last).filter((x) => !exclude.includes(x));
    if (firstAny < 0 && (v.pos[j] !== "ADP" || prep === "of")) firstAny = e;
  }
  if (firstAny >= 0 && preps.includes("obj"))
    return coordinatedRight(v, firstAny, c.last).filter((x) => !exclude.includes(x));
  return [];
}

/** The actors of entity indexes, without duplicates. */
export function actorsOf(v: DocView, idx: readonly number[]): Entity[] {
  // One index (or none) has no duplicates: no keys to build.
  if (idx.length < 2) {
    const ent = idx.length ? v.entities[idx[0]!] : undefined;
    return ent?.actor ? [ent] : [];
  }
  const seen = new Set<string>();
  const out: Entity[] = [];
  for (const e of idx) {
    const ent = v.entities[e];
    if (!ent?.actor) continue;
    const key = `${ent.actor.name}|${ent.actor.country}|${ent.actor.sector ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(ent);
  }
  return out;
}

/**
 * Verbal attacks: "Senator X attacked her rival", "the campaign slammed the plan", "we will strike
 * back" are campaign talk, not material conflict (GDELT's classic false ASSAULT). An ASSAULT verb is
 * read as criticism when its actor is a person, party or campaign, its recipient is no place, state,
 * armed force or civilians, and nothing in the sentence speaks of violence. Word lists: data/events/verbal-attack.tsv.
 */
import { dataRecords, listCell } from "../data/data-files.js";
import type { Entity } from "../model/schema.js";
import type { DocView } from "./doc-view.js";
import { parsePatterns, type Pattern } from "./patterns.js";

interface Lists {
  trigger: ReadonlySet<string>;
  person: ReadonlySet<string>;
  violence: ReadonlySet<string>;
  sector: ReadonlySet<string>;
}

let lists: Lists | undefined;

function load(): Lists {
  if (lists) return lists;
  const byName = new Map(dataRecords("events/verbal-attack.tsv").map((r) => [r.list, new Set(listCell(r.words))]));
  const get = (name: string) => byName.get(name) ?? new Set<string>();
  lists = { trigger: get("trigger"), person: get("person"), violence: get("violence"), sector: get("sector") };
  return lists;
}

/** Parties and campaigns named as organisations ("the Democratic Party", "the Smith campaign"). */
const PARTY_NAME = /\b(party|campaign|committee|caucus|democrats|republicans)\b/i;

/** Parts of speech that open a direct object right after the verb ("attacked her rival", "attacked socialism"). */
const OBJECT_START = new Set(["DET", "PRON", "NOUN", "PROPN", "ADJ", "NUM"]);

/** Tokens after the verb that can hold its object's head ("attacked the northern town"). */
const OBJECT_WINDOW = 3;

const has = (set: ReadonlySet<string>, v: DocView, k: number) => set.has(v.lemma[k]!) || set.has(v.low[k]!);

/** The pattern an ASSAULT verb is recoded to: CAMEO 111, criticize or denounce. */
let accuse: Pattern | undefined;
function accusePattern(): Pattern {
  accuse ??= parsePatterns([["verbal-attack", "attack", "V", "-", "111", "-", "disapprove", "-", "obj", "-"]])[0]!;
  return accuse;
}

/**
 * What an ASSAULT verb at `token` really is: `null` when it stays an assault, an ACCUSE pattern when it
 * is a verbal attack on someone or something, and "none" when it is a figure with no target at all
 * ("fought to push the bill through", "we will strike back").
 */
export function verbalAttack(
  v: DocView,
  token: number,
  clause: { first: number; last: number },
  sentence: readonly [number, number],
  roles: { actor: readonly number[]; recipient: readonly number[] },
  mentions: readonly Entity[],
): Pattern | "none" | null {
  const l = load();
  if (!has(l.trigger, v, token)) return null;
  const clauseLast = clause.last;
  const recipients = roles.recipient;
  // The actor: the coded actors, else the last mention before the verb (names not linked to an
  // actor, "Senator Jane Doe"), else a person's title as the subject ("the speaker fought ...").
  const from = v.start[clause.first]!;
  const to = v.start[token]!;
  const named = mentions.filter((e) => e.start >= from && e.end <= to);
  const actors: Entity[] = roles.actor.length
    ? roles.actor.map((a) => v.entities[a]!)
    : named.length
      ? [named[named.length - 1]!]
      : [];
  if (!actors.length) {
    const title = (k: number) => (v.pos[k] === "NOUN" || v.pos[k] === "PROPN") && has(l.person, v, k);
    let person = false;
    for (let k = clause.first; k < token; k++) if (title(k)) person = true;
    // "We will strike back, the candidate said": a pronoun for a politician the sentence names, and
    // only for a verb without object ("he attacked his neighbour, the mayor said" stays an assault).
    if (!person && v.pos[clause.first] === "PRON" && !recipients.length && !hasObject(v, token, clauseLast)) {
      for (let k = sentence[0]; k < sentence[1]; k++) if (title(k)) person = true;
    }
    if (!person) return null;
  }
  for (const e of actors) {
    const sector = e.actor?.sector;
    if (sector && l.sector.has(sector)) return null;
    const party = sector === "PTY" || sector === "OPP" || (e.kind === "ORG" && PARTY_NAME.test(e.text));
    if (e.kind !== "PERSON" && !party) return null;
  }
  // A place as the object ("attacked the town", "attacked Kharkiv"); "in a speech in Iowa" is only where.
  const objectEnd = Math.min(clauseLast, token + 1 + OBJECT_WINDOW);
  const after = v.end[objectEnd - 1] ?? to;
  if (mentions.some((e) => e.start > to && e.start < after && e.kind === "PLACE")) return null;
  for (const r of recipients) {
    const e = v.entities[r];
    if (!e || e.kind === "PLACE") return null;
    const sector = e.actor?.sector;
    if (sector && l.sector.has(sector)) return null;
  }
  for (let k = sentence[0]; k < sentence[1]; k++) if (k !== token && has(l.violence, v, k)) return null;
  for (let k = token + 1; k < objectEnd; k++) if (v.placeAt[k]! >= 0) return null;
  if (recipients.length) return accusePattern();
  return hasObject(v, token, clauseLast) ? accusePattern() : "none";
}

/** Whether a direct object follows the verb ("attacked her rival"), not a particle or preposition ("fought to ..."). */
function hasObject(v: DocView, token: number, clauseLast: number): boolean {
  let k = token + 1;
  while (k < clauseLast && v.pos[k] === "ADV") k++;
  return k < clauseLast && OBJECT_START.has(v.pos[k]!);
}

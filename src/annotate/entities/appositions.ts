import type { KnowledgeBase } from "../../kb/knowledge-base.js";
import type { ContextWordType, RoleRecord } from "../../kb/records.js";
import { type ArticleWords, lowerIs } from "./article-words.js";
import { type WordKeys, wordMap, wordSet } from "./word-keys.js";
import { entryOf, type Atom } from "./atoms.js";
import type { Draft } from "./draft.js";

/** Words that open an apposition: "X, the defence minister of Y", "X, a spokesman for Y". */
const APPOSITION_OPENERS = wordSet(["the", "a", "an"]);
/** Prepositions that name whose office it is: "minister of Norway", "spokesman for the army", "ambassador to". */
const OWNER_PREPOSITIONS = wordSet(["of", "for", "at", "to"]);
/** An apposition is at most this many words ("the rebel head of the self-proclaimed X People's Republic"). */
const MAX_APPOSITION_WORDS = 12;
/** Names introduced by an apposition are two to four words: a lone surname is a later mention. */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 4;

/**
 * People unknown to the knowledge base introduced by an apposition: "Tom Brandt, the defence
 * minister of Norway, said", "Ana Mara, Norland's foreign minister,", "Piet Adams, a spokesman for
 * the army,". Each name becomes a PERSON draft whose actor is decided once the owner's is known
 * (resolve.ts); the role phrase then refers to the same person. Returns the drafts, sorted.
 */
export function addAppositions(
  aw: ArticleWords,
  atoms: Atom[],
  atomStartingAt: Int32Array,
  drafts: Draft[],
  kb: KnowledgeBase,
): Draft[] {
  const { capital, propn, starts, ends, sentence, count: n } = aw;
  let read: ApposContext | undefined;
  let added = false;
  for (let e = 2; e < n; e++) {
    // The cheap test first: a capitalised proper noun followed by ", ".
    if (!capital[e - 1] || !propn[e - 1] || starts[e]! - ends[e - 1]! !== 2) continue;
    if (aw.text.charCodeAt(ends[e - 1]!) !== 0x2c || sentence[e] !== sentence[e - 1]) continue;
    if (!APPOSITION_OPENERS.has(aw, e) && atomStartingAt[e]! < 0) continue;
    read ??= {
      aw,
      atoms,
      atomStartingAt,
      drafts,
      draftAt: indexDrafts(drafts, n),
      contextWords: wordMap(kb.contextWords),
    };
    const draftAt = read.draftAt;
    // The name: capitalised words joined by spaces, none of them a phrase other than a place or surname.
    let s = e - 1;
    while (
      s > 0 &&
      e - s < MAX_NAME_WORDS &&
      aw.capital[s - 1] &&
      aw.joinable[s] &&
      aw.sentence[s - 1] === aw.sentence[s]
    )
      s--;
    if (e - s < MIN_NAME_WORDS || !aw.propn[s]) continue;
    if (s > 0 && read.contextWords.get(aw, s - 1) === "locative") continue;
    let nameOk = true;
    let onlyPlaces = true;
    for (let w = s; w < e && nameOk; w++) {
      const d = draftAt[w]!;
      if (d >= 0 && !drafts[d]!.surnameOf && !drafts[d]!.places) nameOk = false;
      const k = atomStartingAt[w]!;
      if (k >= 0 && !atoms[k]!.entries.every((x) => x.type === "place" || x.type === "surname")) nameOk = false;
      if (k < 0 || !atoms[k]!.entries.every((x) => x.type === "place")) onlyPlaces = false;
    }
    if (!nameOk || onlyPlaces) continue;
    const appos = readApposition(read, e);
    if (!appos) continue;
    // A surname or place phrase inside the name was a guess; the name replaces it.
    for (let w = s; w < e; w++) if (draftAt[w]! >= 0) drafts[draftAt[w]!]!.from = -1;
    drafts.push({ from: s, to: e, kind: "PERSON", via: "intro", classes: appos.classes, appos });
    added = true;
  }
  if (!added) return drafts;
  const out = drafts.filter((d) => d.from >= 0);
  out.sort((a, b) => a.from - b.from);
  return out;
}

/** What readApposition reads of the article: module-level rather than a closure made per article. */
interface ApposContext {
  aw: ArticleWords;
  atoms: Atom[];
  atomStartingAt: Int32Array;
  drafts: Draft[];
  draftAt: Int32Array;
  contextWords: WordKeys<ContextWordType>;
}

/** The role phrase after the comma at word w, and whose role it is. */
function readApposition(c: ApposContext, w: number): Draft["appos"] {
  const { aw, atoms, atomStartingAt, drafts, draftAt, contextWords } = c;
  const n = aw.count;
  const end = Math.min(n, w + MAX_APPOSITION_WORDS);
  const heads: RoleRecord[] = [];
  let roleDraft: Draft | undefined;
  let j = w;
  if (APPOSITION_OPENERS.has(aw, j)) j++;
  while (j < end && aw.sentence[j] === aw.sentence[w] && (j === w || aw.joinable[j])) {
    const d = draftAt[j]!;
    // "Norland's foreign minister", "the Kenyan opposition leader": a role with its owner already read.
    if (d >= 0 && drafts[d]!.kind === "PERSON" && drafts[d]!.via === "role" && drafts[d]!.actor && !heads.length)
      return { heads, owner: drafts[d], roleDraft: drafts[d], classes: drafts[d]!.classes };
    const k = atomStartingAt[j]!;
    const role = k >= 0 ? entryOf(atoms[k]!, "role") : undefined;
    if (role && role.role.kind === "PERSON") {
      heads.push(role.role);
      if (d >= 0 && drafts[d]!.role) roleDraft = drafts[d];
      j = atoms[k]!.to;
      continue;
    }
    if (k < 0 && !heads.length && contextWords.get(aw, j) === "modifier") {
      j++; // "senior", "top", "former"
      continue;
    }
    break;
  }
  if (!heads.length) return undefined;
  const classes = heads.flatMap((h) => h.classes);
  if (j < end && OWNER_PREPOSITIONS.has(aw, j) && aw.joinable[j]) {
    let o = j + 1;
    if (lowerIs(aw, o, "the")) o++;
    const d = o < n ? draftAt[o]! : -1;
    if (d >= 0 && aw.sentence[o] === aw.sentence[w]) return { heads, owner: drafts[d], roleDraft, classes };
  }
  return { heads, roleDraft, classes };
}

/** Per word, the index of the draft that starts or covers it, or -1. */
function indexDrafts(drafts: Draft[], n: number): Int32Array {
  const at = new Int32Array(n + 1).fill(-1);
  for (let i = 0; i < drafts.length; i++) at.fill(i, drafts[i]!.from, drafts[i]!.to);
  return at;
}

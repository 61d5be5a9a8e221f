import type { ArticleWords } from "./article-words.js";
import type { Atom } from "./atoms.js";
import type { Draft } from "./draft.js";

/**
 * The party-and-state mark American news puts after a member of Congress or of a state
 * legislature: "Stephen Lynch (D-Mass.)", "Sen. Ann Lee (R-Texas)", "Bernie Sanders (I-Vt.)".
 * Whoever carries it is a United States legislator, whatever else the article names.
 */
const PARTY_MARK = /^ \([DRI]-[A-Z][A-Za-z.]{1,13}(?: [A-Z][A-Za-z.]{1,13})?\)/;
/** Names before a mark are two to four words: a lone capitalised word may be a surname already read. */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 4;

/**
 * Gives the name before a party mark a US legislator's actor: a person draft already there (from a
 * title, "Rep. X") gets it when it has none; otherwise the capitalised words become one. Returns
 * the drafts, sorted.
 */
export function addPartyMarks(
  aw: ArticleWords,
  atoms: readonly Atom[],
  atomStartingAt: Int32Array,
  drafts: Draft[],
): Draft[] {
  const { text, ends, capital, count: n } = aw;
  let added = false;
  for (let e = 1; e <= n; e++) {
    const end = ends[e - 1]!;
    // The cheap test first: " (" and a party letter right after a capitalised word.
    if (!capital[e - 1] || text.charCodeAt(end) !== 32 || text.charCodeAt(end + 1) !== 40) continue;
    const mark = PARTY_MARK.exec(text.slice(end, end + 32));
    if (!mark) continue;
    const covering = drafts.find((d) => d.from >= 0 && d.from < e && e <= d.to);
    // A surname or place read inside the name was a guess ("Lynch" as another person's surname).
    const guess = covering && (covering.surnameOf !== undefined || covering.places !== undefined);
    if (covering && !guess) {
      if (covering.kind === "PERSON" && !covering.actor)
        covering.actor = { name: nameOf(aw, covering.from, covering.to), country: "USA", sector: "LEG" };
      continue;
    }
    let s = e - 1;
    while (
      s > 0 &&
      e - s < MAX_NAME_WORDS &&
      aw.capital[s - 1] &&
      aw.propn[s - 1] &&
      aw.joinable[s] &&
      aw.sentence[s - 1] === aw.sentence[s]
    )
      s--;
    if (e - s < MIN_NAME_WORDS || !aw.propn[s]) continue;
    // Words that are phrases of their own (a place, an organisation) make no name.
    let free = true;
    for (let w = s; w < e && free; w++)
      if (atomStartingAt[w]! >= 0 && !atoms[atomStartingAt[w]!]!.entries.every((x) => x.type === "surname"))
        free = false;
    if (!free) continue;
    if (covering) covering.from = -1;
    const actor = { name: nameOf(aw, s, e), country: "USA", sector: "LEG" };
    drafts.push({ from: s, to: e, kind: "PERSON", via: "intro", classes: ["lawmaker"], actor });
    added = true;
  }
  if (!added) return drafts;
  return drafts.filter((d) => d.from >= 0).sort((a, b) => a.from - b.from);
}

function nameOf(aw: ArticleWords, from: number, to: number): string {
  return aw.text.slice(aw.starts[from], aw.ends[to - 1]);
}

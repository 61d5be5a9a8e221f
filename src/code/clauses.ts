import { CUE, isCue } from "./cues.js";
import { isNominal, type DocView } from "./doc-view.js";

/**
 * How a clause relates to the one before it in its sentence:
 * main (own subject), coord ("and imposed ...": shares the subject), participial (", accusing X of":
 * shares the subject), relative (", which X denied": subject inside or the antecedent), complement
 * (what a speech verb or fear introduces), protasis (an "if" / "should X" condition), tail (", X said").
 */
export type ClauseKind = "main" | "coord" | "participial" | "relative" | "complement" | "protasis" | "adjunct" | "tail";

/** A clause: a token range of one sentence and how it attaches. */
export interface Clause {
  first: number;
  last: number;
  kind: ClauseKind;
  sentence: number;
  /** For complements: the token of the speech verb or fear word that introduces it. */
  head?: number;
  /** For complements of fear words, attempts and the like: what follows only might happen. */
  fear?: boolean;
}

/** Maximum distance, in tokens, between a clause opener and the verb that confirms it. */
const VERB_LOOKAHEAD = 8;

const QUOTE_MARKS = new Set(['"', "\u201c", "\u201d", "'", "\u2019"]);

const PUNCT_STOP = new Set([",", ";", ":", "(", ")", "\u2014", "\u2013", '"', "\u201c", "\u201d"]);

/**
 * Whether a token is one of a set of single characters: tested on its length first, so that words
 * (most tokens, in strings not yet hashed) skip the set look-up.
 */
function isOneOf(marks: ReadonlySet<string>, w: string): boolean {
  return w.length === 1 && marks.has(w);
}

/** The first verb after i before a stop (punctuation or conjunction), within the lookahead, or -1. */
function verbAhead(v: DocView, i: number, last: number, auxOk = false): number {
  for (let j = i; j < last && j < i + VERB_LOOKAHEAD; j++) {
    if (v.verb[j] === 1 || (auxOk && v.pos[j] === "AUX")) return j;
    if (v.pos[j] === "CCONJ" || isOneOf(PUNCT_STOP, v.low[j]!)) return -1;
  }
  return -1;
}

/** Whether tokens (i, j) are a subject noun phrase (or pronoun) followed by its auxiliaries. */
function subjectThenVerb(v: DocView, i: number, j: number): boolean {
  let sawNoun = false;
  for (let k = i; k < j; k++) {
    // "partners should Russia invade": an inverted condition, not a subject and its verb.
    if (v.low[k] === "should" && k + 1 < j && (isNominal(v, k + 1) || v.pos[k + 1] === "PRON")) return false;
    if (isNominal(v, k) || v.pos[k] === "PRON") sawNoun = true;
    else if (
      v.pos[k] !== "AUX" &&
      v.pos[k] !== "ADV" &&
      (v.pos[k] !== "PART" || v.low[k] === "to") &&
      v.low[k] !== "of" &&
      v.low[k] !== "-"
    )
      return false;
  }
  return sawNoun;
}

const isIng = (v: DocView, i: number) => v.verb[i] === 1 && v.low[i]!.endsWith("ing");

/** Whether the clause [from, i) has a verb of its own. */
function hasVerb(v: DocView, from: number, i: number): boolean {
  for (let k = from; k < i; k++) if (v.verb[k] === 1) return true;
  return false;
}

/** The last speech verb in [from, i), skipping back over time words, or -1. */
function speechBefore(v: DocView, from: number, i: number): number {
  for (let k = i - 1; k >= from && k >= i - 5; k--) {
    if (v.verb[k] === 1 && isCue(v.lemma[k]!, CUE.speech)) return k;
    if (isCue(v.lemma[k]!, CUE.fear)) return k;
  }
  return -1;
}

/** The clause being cut and those already cut, passed around instead of captured by a closure. */
interface Cutter {
  clauses: Clause[];
  from: number;
  kind: ClauseKind;
  head: number | undefined;
  fear: boolean;
  sentence: number;
}

/** Ends the clause being cut at token `at` and opens the next one, of kind `next`. */
function cut(st: Cutter, at: number, next: ClauseKind, nextHead?: number, nextFear = false): void {
  if (at > st.from) {
    const { head, fear } = st;
    st.clauses.push({
      first: st.from,
      last: at,
      kind: st.kind,
      sentence: st.sentence,
      ...(head !== undefined ? { head, fear } : {}),
    });
  }
  st.from = at;
  st.kind = next;
  st.head = nextHead;
  st.fear = nextFear;
}

/** Whether "and" at i joins two names ("Donetsk and Luhansk"): one phrase, never two clauses. */
function namesJoined(v: DocView, i: number): boolean {
  return (v.pos[i - 1] === "PROPN" || v.entityAt[i - 1]! >= 0) && (v.pos[i + 1] === "PROPN" || v.entityAt[i + 1]! >= 0);
}

/** Whether token j can open a subject or a participle, as after a subordinator ("as independent" cannot). */
function opensClause(v: DocView, j: number): boolean {
  const p = v.pos[j];
  return p === "DET" || p === "PRON" || p === "PROPN" || p === "NOUN" || p === "NUM" || v.verb[j] === 1;
}

/**
 * Splits one sentence (token range) into clauses. Numbered steps match the comments below.
 */
export function splitClauses(v: DocView, first: number, last: number, sentence: number): Clause[] {
  const st: Cutter = { clauses: [], from: first, kind: "main", head: undefined, fear: false, sentence };
  // 0. A sentence opening with "After ...," / "If ...," (after any opening quote mark) starts with an adjunct or a condition.
  let lead = first;
  while (lead < last - 1 && v.pos[lead] === "PUNCT") lead++;
  // A quote mark may open the adjunct's words: After "recognising the vote", X ordered ...
  let body = lead + 1;
  while (body < last - 1 && isOneOf(QUOTE_MARKS, v.low[body]!)) body++;
  if (isCue(v.lemma[lead]!, CUE.subordinator) && verbAhead(v, body, last) > lead) {
    st.kind = isCue(v.lemma[lead]!, CUE.conditional) ? "protasis" : "adjunct";
  }
  for (let i = first + 1; i < last; i++) {
    const low = v.low[i]!;
    const lemma = v.lemma[i]!;
    const prev = v.low[i - 1]!;
    // 1. Semicolons and colons end a clause; after "X said:" what follows is the speech.
    if (low === ";" || low === ":") {
      const s = speechBefore(v, st.from, i);
      cut(st, i + 1, s >= 0 ? "complement" : "main", s >= 0 ? s : undefined);
      continue;
    }
    // 2. "and" + verb shares the subject; "and" + subject + verb starts a main clause (not "and to ...").
    // Names joined by "and" ("Donetsk and Luhansk") are one phrase, never two clauses.
    if (v.pos[i] === "CCONJ" && !namesJoined(v, i) && hasVerb(v, st.from, i) && v.low[i + 1] !== "to") {
      const j = verbAhead(v, i + 1, last);
      if (j > i && subjectThenVerb(v, i + 1, j)) cut(st, i + 1, "main");
      else if (j > i && (j === i + 1 || (subjectThenVerb(v, i + 1, j) === false && onlyAdverbs(v, i + 1, j))))
        cut(st, i + 1, "coord");
      continue;
    }
    if (low === "," && st.from === first && (st.kind === "adjunct" || st.kind === "protasis")) {
      cut(st, i + 1, "main");
      continue;
    }
    if (low === ",") {
      // 3. ", accusing X of ..." — a participial clause shares the subject.
      // A closing quote mark may stand between the comma and the participle: ...," accusing X of.
      let k = i + 1;
      while (k < last && isOneOf(QUOTE_MARKS, v.low[k]!)) k++;
      if (v.pos[k] === "ADV") k++;
      if (k < last && isIng(v, k) && hasVerb(v, st.from, i)) {
        cut(st, i + 1, "participial");
        continue;
      }
      // 4a. "X, which includes Y, reaffirmed ..." — the main clause resumes after a relative clause.
      if ((st.kind as ClauseKind) === "relative" && v.verb[i + 1] === 1 && !isIng(v, i + 1)) {
        cut(st, i + 1, "coord");
        continue;
      }
      // 4. ", which X denied" / ", who ..." — a relative clause; so is ", a charge X denied", whose
      // relative pronoun is left out: what X denied is the charge, not the clause before.
      if (i + 1 < last && (isCue(v.low[i + 1]!, CUE.relative) || asideNoun(v, i + 1, last))) {
        cut(st, i + 1, "relative");
        continue;
      }
      // 5. ", President X said" — the clause before is what X said.
      const j = verbAhead(v, i + 1, last);
      if (j > i + 1 && isCue(v.lemma[j]!, CUE.speech) && subjectThenVerb(v, i + 1, j)) {
        cut(st, i + 1, "tail");
        continue;
      }
    }
    // 6. "said (Monday) that ...", "fears that ..." — a complement clause.
    if (low === "that" && i > st.from) {
      const s = speechBefore(v, st.from, i);
      if (s >= 0) {
        cut(st, i + 1, "complement", s, isCue(v.lemma[s]!, CUE.fear));
        continue;
      }
    }
    // 7. "officials say Russian troops have entered" — a speech verb followed by a subject and verb.
    if (
      v.verb[i - 1] === 1 &&
      isCue(v.lemma[i - 1]!, CUE.speech) &&
      i - 1 > st.from &&
      (isNominal(v, i) || v.pos[i] === "PRON") &&
      low !== "that"
    ) {
      const j = verbAhead(v, i, last, true);
      if (j > i && subjectThenVerb(v, i, j) && v.pos[i] !== "ADP") {
        cut(st, i, "complement", i - 1);
        continue;
      }
    }
    // 8. Subordinators ("after", "if", "while") open an adjunct or a condition when a verb follows.
    // The next word must open a subject or a participle: "as independent" is not a clause.
    if (
      (v.pos[i] === "SCONJ" || v.pos[i] === "ADP" || v.pos[i] === "ADV") &&
      opensClause(v, i + 1) &&
      isCue(lemma, CUE.subordinator) &&
      prev !== "such"
    ) {
      const j = verbAhead(v, i + 1, last);
      if (j > i) {
        cut(st, i, isCue(lemma, CUE.conditional) ? "protasis" : "adjunct");
        continue;
      }
    }
    // 9. "... should Putin invade" — inverted conditional.
    // "should" directly followed by a subject can only be the inverted condition.
    const subj = v.pos[i + 1];
    if (
      low === "should" &&
      i > st.from &&
      (subj === "PROPN" || subj === "DET" || subj === "PRON" || v.entityAt[i + 1]! >= 0)
    ) {
      if (hasVerb(v, st.from, i)) {
        cut(st, i, "protasis");
        continue;
      }
    }
  }
  cut(st, last, "main");
  return st.clauses;
}

/**
 * The clauses of sentence `si` of the view, split once per view: the coder and the dating of its
 * events read the same split. Callers must not change the returned clauses.
 */
export function sentenceClauses(v: DocView, si: number): readonly Clause[] {
  let clauses = v.clauses[si];
  if (!clauses) {
    const [first, last] = v.sentences[si]!;
    v.clauses[si] = clauses = splitClauses(v, first, last, si);
  }
  return clauses;
}

function onlyAdverbs(v: DocView, i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (v.pos[k] !== "ADV" && v.pos[k] !== "AUX" && v.pos[k] !== "PART") return false;
  return true;
}

/** Whether tokens from k open a noun of reference to what was just said: ", a charge ...", ", an accusation ...". */
function asideNoun(v: DocView, k: number, last: number): boolean {
  if (v.pos[k] !== "DET") return false;
  let j = k + 1;
  while (j < last && v.pos[j] === "ADJ") j++;
  return j < last && isCue(v.lemma[j]!, CUE.aside);
}

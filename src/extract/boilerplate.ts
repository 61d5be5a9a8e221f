/**
 * Named predicates for page furniture that is not the article: each reads the phrase lists of
 * data/extract/boilerplate.tsv or a general shape (tag runs, headline-like lines).
 */
import { dataRows } from "../data/data-files.js";
import { groupEnd, topAlternatives } from "../data/regex-source.js";
import { anchoredTable, mayOpenWith, openingTable, openings, type OpeningTable } from "./openings.js";

type Kind = "line" | "strong" | "weak" | "cut" | "list" | "related";

const SOURCES: Record<Kind, string[]> = { line: [], strong: [], weak: [], cut: [], list: [], related: [] };
for (const [kind, pattern] of dataRows("extract/boilerplate.tsv")) SOURCES[kind as Kind]?.push(pattern!);
/**
 * Per kind, matched against the lower-cased paragraph (V8 runs case-insensitive Unicode patterns
 * with \b many times slower): the patterns anchored at the start as one alternation with the `^`
 * taken out in front (`^(?:a|b)`), which V8 tries at the first position only; the others, when
 * they all need literal text (found in the patterns by `requiredLiterals`), each only when the
 * paragraph holds its text. Every regular expression keeps the flags the whole kind would have, so
 * a paragraph matches exactly when one pattern does.
 */
interface KindMatcher {
  anchored: RegExp | null;
  /**
   * How a match of an anchored pattern can open (its first characters, found by `openings`), or
   * null when it cannot be told: a paragraph opening otherwise is not tried (most do, and even a
   * failed call costs more than these look-ups).
   */
  opens: OpeningTable | null;
  /**
   * The unanchored patterns, for kinds without `keys`: those opening with `\b` as one alternation
   * with the `\b` taken out in front (`\b(?:a|b)`), the rest as another. V8 scans for the factored
   * alternation several times faster than for one in which every branch has its own `\b`, and one
   * branch of another shape in the same alternation loses that.
   */
  loose: Loose[];
  /** Literal texts the unanchored patterns need, none holding another; null when it would not pay. */
  keys: RegExp | null;
  /** The unanchored patterns that need each key. */
  byKey: Map<string, RegExp[]>;
}

/** An unanchored alternation, and literal texts of which a paragraph it matches holds one (null: not told). */
interface Loose {
  re: RegExp;
  needs: string[] | null;
}

/** A search for a few literal texts costs less than an alternation run at every position; more do not. */
const MAX_NEEDS = 4;

/** The alternation of a few unanchored patterns, tried only on paragraphs holding one of their literal texts. */
function looseOf(ps: string[], flags: string): Loose | null {
  const re = alternation(ps, flags);
  if (!re) return null;
  const lits = ps.map(requiredLiterals);
  const needs = lits.every((l) => l) ? [...new Set(lits.flat() as string[])] : null;
  return { re, needs: needs && needs.length <= MAX_NEEDS ? needs : null };
}

/** Escapes that stand for one character as written (`\.`, `\(`); letters and digits are classes or specials. */
const LITERAL_ESCAPE_RE = /^[^\p{L}\p{N}]$/u;

const alternation = (ps: string[], flags: string) =>
  ps.length ? new RegExp(ps.map((p) => `(?:${p})`).join("|"), flags) : null;
/** A numbered back-reference: a pattern holding one cannot be put in a group of others. */
const BACKREF_RE = /\\[1-9]/;
/**
 * The patterns that all open with `lead` (`^`, `\b`) as one alternation with the lead in front:
 * `lead(?:a|b)` matches where `(?:lead a)|(?:lead b)` does. Returns the patterns left out.
 */
function factorLead(ps: string[], lead: string, flags: string): { re: RegExp | null; rest: string[] } {
  const led = ps.filter((p) => p.startsWith(lead) && topAlternatives(p).length === 1 && !BACKREF_RE.test(p));
  const rest = ps.filter((p) => !led.includes(p));
  if (!led.length) return { re: null, rest };
  return { re: new RegExp(`${lead}(?:${led.map((p) => `(?:${p.slice(lead.length)})`).join("|")})`, flags), rest };
}
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

function kindMatcher(ps: string[]): KindMatcher {
  const flags = /\\p\{/.test(ps.join("|")) ? "u" : "";
  const anchored = ps.filter((p) => p.startsWith("^") && topAlternatives(p).length === 1);
  const loose = ps.filter((p) => !anchored.includes(p));
  const needs = loose.map(requiredLiterals);
  const start = factorLead(anchored, "^", flags);
  const word = factorLead(loose, "\\b", flags);
  const opens = anchored.map((p) => openings(p.slice(1)));
  const m: KindMatcher = {
    anchored: start.rest.length ? alternation(anchored, flags) : start.re,
    opens: opens.every((o) => o) ? openingTable(opens.flatMap((o) => [...o!])) : null,
    loose: [word.re ? { re: word.re, needs: null } : null, looseOf(word.rest, flags)].filter((l) => l !== null),
    keys: null,
    byKey: new Map(),
  };
  if (needs.some((n) => !n)) return m;
  // A key that holds another key adds nothing: the shorter one stands for it.
  const all = [...new Set(needs.flat() as string[])];
  const keys = all.filter((k) => !all.some((o) => o !== k && k.includes(o)));
  // The check pays only when it is a shorter alternation than the patterns it guards.
  if (keys.length >= loose.length) return m;
  loose.forEach((p, i) => {
    const re = new RegExp(p, flags);
    for (const k of keys) if (needs[i]!.some((l) => l.includes(k))) m.byKey.set(k, [...(m.byKey.get(k) ?? []), re]);
  });
  m.keys = new RegExp(keys.map(escapeRegExp).join("|"), "g");
  return m;
}

const MATCHERS = Object.fromEntries(Object.entries(SOURCES).map(([kind, ps]) => [kind, kindMatcher(ps)])) as Record<
  Kind,
  KindMatcher
>;

/** Whether one of the unanchored patterns matches, trying only those whose text the paragraph holds. */
function looseByKeys(m: KindMatcher, keys: RegExp, s: string): boolean {
  // No key is a prefix of another, so stepping one character past each hit finds every one.
  keys.lastIndex = 0;
  let tried: Set<string> | null = null;
  for (let hit = keys.exec(s); hit; hit = keys.exec(s)) {
    keys.lastIndex = hit.index + 1;
    const k = hit[0];
    if (tried?.has(k)) continue;
    (tried ??= new Set()).add(k);
    for (const re of m.byKey.get(k) ?? []) if (re.test(s)) return true;
  }
  return false;
}

function holdsOne(s: string, texts: readonly string[]): boolean {
  for (const t of texts) if (s.includes(t)) return true;
  return false;
}

// The predicates ask about the same paragraph in turn: its lower-cased form is kept for the next.
let lastText = "";
let lastLower = "";
const any = (kind: Kind, s: string) => {
  if (s !== lastText) [lastText, lastLower] = [s, s.toLowerCase()];
  const m = MATCHERS[kind];
  if (m.anchored && mayOpenWith(m.opens, lastLower) && m.anchored.test(lastLower)) return true;
  if (m.keys) return looseByKeys(m, m.keys, lastLower);
  for (const l of m.loose) if ((!l.needs || holdsOne(lastLower, l.needs)) && l.re.test(lastLower)) return true;
  return false;
};

/**
 * Texts of which a match of the pattern holds at least one, each a run of literal characters the
 * pattern (or each alternative of a group it needs) requires; null when none can be told. The
 * longest such requirement is taken (by its shortest text).
 */
export function requiredLiterals(p: string): string[] | null {
  // Surrogate pairs count as two characters without the Unicode flag: not worth reading.
  if (/[\ud800-\udfff]/.test(p)) return null;
  const alts = topAlternatives(p);
  if (alts.length > 1) {
    const parts = alts.map(requiredLiterals);
    return parts.every((x) => x) ? (parts.flat() as string[]) : null;
  }
  let best: string[] | null = null;
  const consider = (c: string[] | null) => {
    if (
      c &&
      c.length &&
      c.every((x) => x) &&
      (!best || Math.min(...c.map((x) => x.length)) > Math.min(...best.map((x) => x.length)))
    )
      best = c;
  };
  let run = "";
  const end = () => {
    consider(run ? [run] : null);
    run = "";
  };
  for (let i = 0; i < p.length;) {
    const c = p[i]!;
    let atom: string | null = null;
    let group: string | null = null;
    let next: number;
    if (c === "\\") {
      const e = p[i + 1] ?? "";
      next = i + 2;
      if (e === "b" || e === "B") {
        // A word boundary takes no characters: the run goes on across it.
        i = next;
        continue;
      }
      if (LITERAL_ESCAPE_RE.test(e)) atom = e;
      else if ((e === "p" || e === "P" || e === "u") && p[next] === "{") next = p.indexOf("}", next) + 1 || p.length;
    } else if (c === "(") {
      next = groupEnd(p, i);
      const inner = p.slice(i + 1, next - 1);
      if (!inner.startsWith("?")) group = inner;
      else if (inner.startsWith("?:")) group = inner.slice(2);
    } else if (c === "[") next = groupEnd(p, i);
    else if ("^$.|".includes(c)) next = i + 1;
    else {
      atom = c;
      next = i + 1;
    }
    // A quantifier after the atom: optional ones drop it, repeats end the run after it.
    const q = p[next];
    const optional = q === "?" || q === "*" || (q === "{" && /^\{0*[,}]|^\{0+,/.test(p.slice(next)));
    const repeated = q === "+" || (q === "{" && !optional);
    if (q === "{") next = p.indexOf("}", next) + 1 || p.length;
    else if (optional || repeated) next++;
    if (p[next] === "?" && (optional || repeated)) next++;
    if (atom !== null && !optional) {
      run += atom;
      if (repeated) end();
    } else {
      end();
      if (group !== null && !optional) consider(requiredLiterals(group));
    }
    i = next;
  }
  end();
  return best;
}

/** Eight keywords fit in this. */
const MAX_KEYWORD_LINE_CHARS = 100;
/** Lines longer than this are sentences of prose, not markers, headings or list items. */
const MAX_MARKER_CHARS = 160;
/** A glued tag run ("armybombingsDonetsk...") has words far longer than any prose average. */
const GLUED_MEAN_WORD_CHARS = 12;
/** No English word of letters alone is this long; a glued pair of tags easily is. */
const GLUED_WORD_CHARS = 18;

const CLOSERS = new Set(['"', "'", "”", "’", "»", ")", "]"]);
const TERMINALS = new Set([".", "!", "?", "…", ":", ";"]);
const TAGS_LABEL_RE = /^(tags?|topics?|keywords?|filed under|categories|themen|schlagwörter|mots-clés|etiquetas)\s*:/i;
const TAGS_LABEL_OPENS = anchoredTable(TAGS_LABEL_RE.source, TAGS_LABEL_RE.flags);
const GLUE_RE = /\p{Ll}\p{Lu}/gu;

/** Ends like a sentence (terminal punctuation, possibly inside closing quotes or brackets). */
export function endsSentence(s: string): boolean {
  // Read from the end: an anchored-at-end pattern would scan the whole paragraph.
  let i = s.length - 1;
  while (i >= 0 && CLOSERS.has(s[i]!)) i--;
  return i >= 0 && TERMINALS.has(s[i]!);
}

/** A whole-line marker or short notice: "ADVERTISEMENT", "Read more", "Support X!", "Share". */
export function isMarkerLine(s: string): boolean {
  return s.length <= MAX_MARKER_CHARS && any("line", s);
}

/** Cookie, copyright and sign-up text: boilerplate wherever it stands. */
export const isStrongBoilerplate = (s: string) => any("strong", s);

/**
 * Words of newsletter and donation boxes ("newsletter", "privacy policy") that ordinary news can
 * also use, so they only count beside other boilerplate (the Moscow Times-style sign-up box whose
 * second paragraph is a full sentence about the newsletter).
 */
export const hasWeakBoilerplate = (s: string) => any("weak", s);

/** Opens a section that runs to the end of the page: a donation appeal or reader comments. */
export function isCutLine(s: string): boolean {
  return s.length <= MAX_MARKER_CHARS && any("cut", s);
}

/** A heading over a list of links to other articles ("RELATED STORIES", "Most read"). */
export function isListHeading(s: string): boolean {
  return s.length <= 60 && !endsSentence(s.replace(FINAL_COLON_RE, "")) && any("list", s);
}
const FINAL_COLON_RE = /:$/;

/** A one-line pointer to another article: "Related article: ...", "Read also: ...". */
export function isRelatedLine(s: string): boolean {
  return s.length <= MAX_MARKER_CHARS * 1.5 && any("related", s);
}

/**
 * A headline of another article in a related list: short, capitalised, no full stop. A question
 * mark is allowed ("Freeze or invasion?") since headlines ask questions; quotes are not, since a
 * quoted line in the body is prose.
 */
export function isHeadlineLike(s: string): boolean {
  if (s.length < 12 || s.length > 140) return false;
  if (!HEADLINE_START_RE.test(s)) return false;
  // Three words or more: two spaces (found without cutting the words out).
  const space = s.indexOf(" ");
  if (space < 0 || s.indexOf(" ", space + 1) < 0) return false;
  return !HEADLINE_STOP_RE.test(s) && !QUOTE_START_RE.test(s);
}
const HEADLINE_START_RE = /^[\p{Lu}\d"“‘']/u;
const HEADLINE_STOP_RE = /[.!:;…]["'”’]*$/;
const QUOTE_START_RE = /^["“]/;

/** A tag list: "TAGS: a, b, c", or a run of tags glued together by the scraper ("armyconvoyDonetsk"). */
export function isTagLine(s: string): boolean {
  if (mayOpenWith(TAGS_LABEL_OPENS, s) && TAGS_LABEL_RE.test(s)) return true;
  if (endsSentence(s) || s.length > 300) return false;
  // Most lines have no join: that is asked before any words are cut out.
  const glued = s.match(GLUE_RE)?.length ?? 0;
  if (!glued) return false;
  const words = s.split(SPACES_RE);
  // One join inside a "word" longer than any real word ("floodsriversMarrow"), or several joins
  // in a line of overlong words.
  const longest = Math.max(...words.map((w) => w.length));
  const meanWord = s.replace(ALL_SPACES_RE, "").length / words.length;
  return (
    (longest >= GLUED_WORD_CHARS && LETTERS_AND_SPACES_RE.test(s)) || (glued >= 2 && meanWord >= GLUED_MEAN_WORD_CHARS)
  );
}
const SPACES_RE = /\s+/;
const ALL_SPACES_RE = /\s+/g;
const LETTERS_AND_SPACES_RE = /^[\p{L}\p{N} ]+$/u;

/**
 * A short all-lower-case keyword line ("lorem ipsum dolor") with no punctuation: prose has capitals
 * or stops. Only asked outside the prose (before the first paragraph, after the last), because a
 * paragraph broken mid-sentence can also leave a lower-case piece.
 */
export function isKeywordLine(s: string): boolean {
  if (s.length > MAX_KEYWORD_LINE_CHARS) return false;
  const words = s.split(" ").length;
  return words >= 2 && words <= 8 && KEYWORDS_RE.test(s);
}
const KEYWORDS_RE = /^[\p{Ll}\p{N} -]+$/u;

/** Bios are a few sentences; a longer paragraph is the article's own prose. */
const MAX_BIO_CHARS = 700;
/** The role words of an author box, in the languages of data/extract/boilerplate.tsv. */
const BIO_ROLE_RE =
  /\b(writer|author|journalist|reporter|editor|correspondent|columnist|blogger|founder|co-founder|consultant|contributor|photographer|expert|autor(in)?|redakteur(in)?|journalistin|korrespondent(in)?|gründ(er|erin|ungspartner)|fotograf(in)?|herausgeber(in)?|experte|expertin|rédact(eur|rice)|journaliste|periodista|redactor(a)?|escritor(a)?|giornalista|dziennikarz|dziennikarka)\b/u;
/** A name (one to four capitalised words, a title before it) and the verb that opens a bio. */
const BIO_OPEN_RE =
  /^(?:(?:[Dd]r|[Pp]rof)\.\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s+(?:is|was|ist|war|est|es|é|è|jest|writes|schreibt|covers|lives|lebt|has been|hat)\b/u;
/** A bio that starts with the role: "Freier Autor in Berlin ...", "Freelance writer based in ...". */
const BIO_ROLE_OPEN_RE =
  /^(freie[rs]?|freiberufliche[rs]?|freelance|independent|staff) (autor(in)?|journalist(in)?|writer|reporter|fotograf(in)?|photographer)\b/iu;
const BIO_ROLE_OPENS = anchoredTable(BIO_ROLE_OPEN_RE.source, BIO_ROLE_OPEN_RE.flags);

/**
 * An author box's bio: "Ana Pereira is a reporter covering ...", "Dr. X ist Gründungspartner ...".
 * Only asked of the last paragraphs, where templates put the author box.
 */
export function isAuthorBio(s: string): boolean {
  if (s.length > MAX_BIO_CHARS) return false;
  if (mayOpenWith(BIO_ROLE_OPENS, s) && BIO_ROLE_OPEN_RE.test(s)) return true;
  return BIO_OPEN_RE.test(s) && BIO_ROLE_RE.test(s.slice(0, 200).toLowerCase());
}

/** "About Jane Doe", "Über Tilde Amsel": the heading of an author box, a name after "about". */
const AUTHOR_HEADING_RE =
  /^(?:[Aa]bout|ABOUT|[Üü]ber|ÜBER|[Àà] propos de|[Ss]obre|O) \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’-]+){1,2}$/u;

/** The heading of an author box: the box and what follows it are not the article. */
export const isAuthorHeading = (s: string) => AUTHOR_HEADING_RE.test(s);

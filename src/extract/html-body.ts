/**
 * The article body of an HTML page, as a cascade over the light tree (html-tree.ts):
 *   1. mark what is never body: controls, navigation, hidden elements and, in the strict pass,
 *      elements whose class or id names page furniture (data/extract/html-noise.txt), unless they
 *      wrap most of the page's paragraphs; a header (or a box only named "header"/"widget") inside
 *      an article that holds prose is the article's own and stays, less its short labels;
 *   2. take the best marked container: itemprop=articleBody first, then a content class
 *      (data/extract/html-content.txt), <article>, <main>, scored by their paragraph text;
 *   3. else score each paragraph's parent and grandparent by text (Readability's idea), weighted
 *      by link density and class names, take the best (or the ancestor that holds several of
 *      its near-equal rivals) with its siblings of similar score;
 *   4. (html-blocks.ts) read blocks from it.
 */
import { dataLines } from "../data/data-files.js";
import { namesOf, type El } from "./html-tree.js";
import { isSpaceCode } from "../text/space.js";

const edge = (alts: string[]) => new RegExp(`(?:^|[\\s_-])(?:${alts.join("|")})(?=$|[\\s_-])`, "i");
const NOISE_LINES = dataLines("extract/html-noise.txt");
const NOISE_RE = edge(NOISE_LINES);
/**
 * Names that also wrap prose: an article's own header holds its standfirst, and page builders
 * call every box a widget. An element named only by these is furniture unless it holds prose.
 */
const SOFT_NOISE = ["header", "widget"];
const HARD_NOISE_RE = edge(NOISE_LINES.filter((l) => !SOFT_NOISE.includes(l)));
const CONTENT_RE = edge(dataLines("extract/html-content.txt"));

/** Never body, whatever they wrap. */
const CONTROLS = new Set(["button", "select", "input", "textarea", "option", "dialog", "embed", "head", "title"]);
/** Usually not body; a page wrapper when they hold most of its paragraphs (ASP.NET's page <form>). */
const NOISE_TAGS = new Set(["nav", "aside", "footer", "header", "form", "menu"]);
/** Elements the class test never removes: article containers. */
const KEEP_TAGS = new Set(["html", "body", "article", "main"]);
export const BLOCK_TAGS = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "ul",
  "ol",
  "li",
  "figure",
  "figcaption",
  "table",
  "tbody",
  "thead",
  "tfoot",
  "tr",
  "td",
  "th",
  "pre",
  "dl",
  "dd",
  "dt",
  "hr",
  "address",
  "center",
  "header",
  "footer",
  "nav",
  "aside",
  "form",
  "details",
  "summary",
  "caption",
]);
export const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
/** Elements whose text the fallback scoring reads as one paragraph. */
const PARAGRAPH_TAGS = new Set(["p", "pre", "td", "blockquote"]);
const LOOSE_PARAGRAPH_TAGS = new Set(["div", "section", "td", "article", "span", "font", "center"]);

/** A marked container with less paragraph text than this is a teaser box, not the body. */
const MIN_CONTAINER_CHARS = 250;
/** Paragraphs shorter than this say little about where the body is (Readability uses 25). */
const MIN_SCORED_P_CHARS = 25;
/** A wrapper may add this share of paragraph text (a standfirst, a caption) and still be the body. */
const WRAPPER_EXTRA = 1.15;
/** A furniture-named element holding this share of the page's paragraph text wraps the page. */
const WRAPPER_SHARE = 0.4;
/** A page with less <p> text than this writes its body in other elements. */
const FEW_P_CHARS = 250;
/** ... or, on a page with little <p> text, this share of its plain text. */
const WRAPPER_TEXT_SHARE = 0.6;
/** A header with this much text outside links is the article's own (headline, standfirst, lede). */
const LEDE_CHARS = 100;
/** ... when at most this share of its text is links (a site header is a menu). */
const LEDE_LINK_SHARE = 0.25;
/** A sibling of the best container scoring this share of it continues the body (Readability's rule). */
const SIBLING_SHARE = 0.2;

/** Candidates scoring this share of the top one are its rivals ... */
const RIVAL_SHARE = 0.75;
/** ... and this many of them under one ancestor make it the body (Readability's numbers). */
const MIN_RIVALS = 3;

/** Which furniture a pass removes. */
export interface PassOptions {
  /** Class and id names count (the first pass); later passes keep them for pages that misname. */
  classNames: boolean;
  /** Marked containers are preferred to scoring. */
  marked: boolean;
}

/** Per-element sums, computed once per pass. */
interface Stats {
  /** Text characters, links included. */
  chars: number;
  /** Characters of link text. */
  linkChars: number;
  /** Characters of text inside <p>-like elements, less their link text. */
  pChars: number;
  /** A block element is somewhere below. */
  hasBlock: boolean;
}

const ZERO: Stats = { chars: 0, linkChars: 0, pChars: 0, hasBlock: false };
/** The code units `\s` matches, as a table: read for every character of a page's text. */
const IS_SPACE = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c)) IS_SPACE[c] = 1;

/**
 * The length of `s` with each run of white space (`\s`) counted as one character: a white space
 * character right after another does not count. Read by a loop: a regular expression's matches
 * would each allocate, and page text is mostly runs of indentation.
 */
export function trimLen(s: string): number {
  let n = 0;
  let prev = 0;
  for (let i = 0; i < s.length; i++) {
    const ws = IS_SPACE[s.charCodeAt(i)]!;
    if (!(ws & prev)) n++;
    prev = ws;
  }
  return n;
}

const HIDDEN_STYLE_RE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Per-element sums of a body, the same for every pass: computed once per tree. */
const STATS = new WeakMap<El, Map<El, Stats>>();

function isHidden(el: El): boolean {
  const a = el.attrs;
  if ("hidden" in a || a["aria-hidden"] === "true") return true;
  const style = a.style;
  return !!style && HIDDEN_STYLE_RE.test(style);
}

/** One pass over the body: stats bottom-up, then the furniture marked dead. */
export class Pass {
  readonly stats: Map<El, Stats>;
  readonly dead = new Set<El>();
  /** Headers (and soft-named boxes) kept for their prose: their short lines (dates, section labels) are not read. */
  readonly ledeHeaders = new Set<El>();

  constructor(
    readonly body: El,
    readonly opts: PassOptions,
  ) {
    const known = STATS.get(body);
    if (known) this.stats = known;
    else {
      this.stats = new Map();
      this.count(body, false, false);
      STATS.set(body, this.stats);
    }
    const page = this.stats.get(body)!.pChars;
    this.mark(body, page);
  }

  private count(el: El, inLink: boolean, inP: boolean): Stats {
    const s: Stats = { chars: 0, linkChars: 0, pChars: 0, hasBlock: false };
    const link = inLink || el.tag === "a";
    const para = inP || el.tag === "p";
    for (const k of el.kids) {
      if (typeof k === "string") {
        const n = trimLen(k);
        s.chars += n;
        if (link) s.linkChars += n;
        else if (para) s.pChars += n;
      } else {
        const c = this.count(k, link, para);
        s.chars += c.chars;
        s.linkChars += c.linkChars;
        s.pChars += c.pChars;
        s.hasBlock ||= c.hasBlock || BLOCK_TAGS.has(k.tag);
      }
    }
    this.stats.set(el, s);
    return s;
  }

  private mark(el: El, page: number): void {
    for (const k of el.kids) {
      if (typeof k === "string") continue;
      if (this.isNoise(k, page)) this.dead.add(k);
      else this.mark(k, page);
    }
  }

  private isNoise(el: El, page: number): boolean {
    if (CONTROLS.has(el.tag) || isHidden(el)) return true;
    if (NOISE_TAGS.has(el.tag)) return !this.wraps(el, page) && !(el.tag === "header" && this.isLede(el));
    if (!this.opts.classNames || KEEP_TAGS.has(el.tag)) return false;
    const names = namesOf(el);
    if (names.length < 3 || !NOISE_RE.test(names) || CONTENT_RE.test(names)) return false;
    if (!HARD_NOISE_RE.test(names) && this.isLede(el)) return false;
    return el.attrs.itemprop !== "articleBody" && !this.wraps(el, page);
  }

  /** A furniture element that wraps the page: most of its paragraph text, or of its plain text. */
  private wraps(el: El, page: number): boolean {
    const st = this.stats.get(el) ?? ZERO;
    if (page > 0 && st.pChars >= page * WRAPPER_SHARE) return true;
    // Pages without <p> (text in <div>s and <br>s) are judged by their plain text.
    const all = this.stats.get(this.body) ?? ZERO;
    return page < FEW_P_CHARS && st.chars - st.linkChars >= (all.chars - all.linkChars) * WRAPPER_TEXT_SHARE;
  }

  /** An article's header: prose (a standfirst, a lede) rather than a menu. */
  private isLede(el: El): boolean {
    const st = this.stats.get(el) ?? ZERO;
    const lede = st.chars - st.linkChars >= LEDE_CHARS && st.linkChars <= st.chars * LEDE_LINK_SHARE && inArticle(el);
    if (lede) this.ledeHeaders.add(el);
    return lede;
  }

  hasBlock(el: El): boolean {
    return (this.stats.get(el) ?? ZERO).hasBlock;
  }

  /** Live elements under `root` (itself included), in document order. */
  live(root: El, out: El[] = []): El[] {
    if (this.dead.has(root)) return out;
    out.push(root);
    for (const k of root.kids) if (typeof k !== "string") this.live(k, out);
    return out;
  }

  /** Paragraph text of a live element, less its dead parts. */
  pChars(el: El): number {
    let n = (this.stats.get(el) ?? ZERO).pChars;
    for (const d of this.dead) if (contains(el, d)) n -= (this.stats.get(d) ?? ZERO).pChars;
    return n;
  }
}

/** Inside an article container, or heading one (its headline is in it). */
function inArticle(el: El): boolean {
  for (let e = el.parent; e; e = e.parent)
    if (e.tag === "article" || e.tag === "main" || e.attrs.role === "main") return true;
  return hasH1(el);
}

function hasH1(e: El): boolean {
  for (const k of e.kids) if (typeof k !== "string" && (k.tag === "h1" || hasH1(k))) return true;
  return false;
}

function contains(outer: El, inner: El): boolean {
  for (let e: El | null = inner; e; e = e.parent) if (e === outer) return true;
  return false;
}

/** The roots to read the body from (one container, or a run of sibling containers). */
export function findBodyRoots(pass: Pass): El[] {
  if (pass.opts.marked) {
    const marked = markedRoot(pass);
    if (marked) return [marked];
  }
  return scoredRoots(pass);
}

/** 2. The best marked container, widened to a marked wrapper that adds little. */
function markedRoot(pass: Pass): El | null {
  const scoreOf = new Map<El, number>();
  let best: El | null = null;
  let bestScore = MIN_CONTAINER_CHARS;
  let bestIsBody = false;
  for (const el of pass.live(pass.body)) {
    const a = el.attrs;
    const isMarked =
      a.itemprop === "articleBody" ||
      el.tag === "article" ||
      el.tag === "main" ||
      a.role === "main" ||
      ((a.class || a.id) && CONTENT_RE.test(namesOf(el)));
    if (!isMarked) continue;
    const s = (pass.stats.get(el) ?? ZERO).pChars;
    scoreOf.set(el, s);
    // The schema.org article body is named by the page itself: it beats bigger containers
    // (a comment list in a <main>), and only another article body beats it.
    const body = a.itemprop === "articleBody" && s >= MIN_CONTAINER_CHARS;
    if (bestIsBody && !body) continue;
    if ((body && !bestIsBody) || s > bestScore * 1.2 || (best === null && s >= bestScore)) {
      [best, bestScore, bestIsBody] = [el, s, body];
    }
  }
  if (!best) return null;
  // Dead parts (a comment list inside <article>) do not count for the choice made above only
  // when they are big: recompute the chosen one's live text.
  let root: El = best;
  const live = pass.pChars(best);
  for (let el = best.parent; el; el = el.parent) {
    if (!scoreOf.has(el)) continue;
    // Compared by live text: a comment list or newsletter box inside the wrapper is dead.
    if (pass.pChars(el) <= Math.max(live, bestScore) * WRAPPER_EXTRA) root = el;
  }
  return root;
}

/** 3. Readability's scoring: paragraphs credit their parent and grandparent. */
function scoredRoots(pass: Pass): El[] {
  const scores = new Map<El, number>();
  for (const el of pass.live(pass.body)) {
    const isPara = PARAGRAPH_TAGS.has(el.tag) || (LOOSE_PARAGRAPH_TAGS.has(el.tag) && !pass.hasBlock(el));
    if (!isPara) continue;
    const st = pass.stats.get(el) ?? ZERO;
    const text = st.chars - st.linkChars;
    if (text < MIN_SCORED_P_CHARS) continue;
    const commas = countCommas(el);
    const s = 1 + commas + Math.min(3, Math.floor(text / 100));
    const parent = el.parent;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + s);
    const grand = parent?.parent;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + s / 2);
  }
  let top: El | null = null;
  let topScore = 0;
  for (const [el, raw] of scores) {
    const st = pass.stats.get(el) ?? ZERO;
    const s = raw * (1 - st.linkChars / (st.chars || 1)) * classWeight(el);
    scores.set(el, s);
    if (s > topScore) [top, topScore] = [el, s];
  }
  if (!top) return [pass.body];
  top = commonAncestor(top, topScore, scores);
  topScore = Math.max(topScore, scores.get(top) ?? 0);
  const parent = top.parent;
  if (!parent) return [top];
  const roots: El[] = [];
  for (const k of parent.kids) {
    if (typeof k === "string" || pass.dead.has(k)) continue;
    if (k === top || (scores.get(k) ?? 0) >= topScore * SIBLING_SHARE) roots.push(k);
  }
  return roots;
}

/**
 * Readability's widening: when several of the best candidates, each nearly as good as the top one,
 * sit under one ancestor of it (an article split into one box per paragraph), that ancestor is
 * the body.
 */
function commonAncestor(top: El, topScore: number, scores: ReadonlyMap<El, number>): El {
  const rivals: El[] = [];
  for (const [el, s] of scores) if (el !== top && s >= topScore * RIVAL_SHARE) rivals.push(el);
  if (rivals.length < MIN_RIVALS) return top;
  for (let anc = top.parent; anc && anc.tag !== "body"; anc = anc.parent) {
    let inside = 0;
    for (const r of rivals) if (contains(anc, r)) inside++;
    if (inside >= MIN_RIVALS) return anc;
  }
  return top;
}

function classWeight(el: El): number {
  const names = namesOf(el);
  if (names.length < 3) return 1;
  if (CONTENT_RE.test(names)) return 1.5;
  if (NOISE_RE.test(names)) return 0.5;
  return 1;
}

function countCommas(el: El): number {
  let n = 0;
  for (const k of el.kids) {
    if (typeof k !== "string") n += countCommas(k);
    else for (let i = k.indexOf(","); i >= 0; i = k.indexOf(",", i + 1)) n++;
  }
  return n;
}

/**
 * The article body of an HTML page, as a cascade:
 *   1. remove what is never body: scripts, forms, navigation, and elements whose class or id
 *      names page furniture (data/extract/html-noise.txt);
 *   2. take the best marked container: itemprop=articleBody, a content class
 *      (data/extract/html-content.txt), <article>, <main>, scored by their paragraph text;
 *   3. else score each paragraph's parent and grandparent by text (Readability's idea) and take
 *      the best;
 *   4. read blocks from it: <p>, headings, <blockquote>, <li>, <figcaption> (captions), and runs of
 *      loose text in containers.
 */
import { block, type Block, type BlockKind } from "./block.js";
import { dataLines } from "../data/data-files.js";

const edge = (alts: string[]) => new RegExp(`(?:^|[\\s_-])(?:${alts.join("|")})(?=$|[\\s_-])`, "i");
const NOISE_RE = edge(dataLines("extract/html-noise.txt"));
const CONTENT_RE = edge(dataLines("extract/html-content.txt"));

const NEVER_BODY =
  "script,style,noscript,template,svg,iframe,form,button,select,input,textarea,nav,aside,footer,header,object,embed,canvas,dialog";
/** Elements the furniture test never removes: the body itself and article containers. */
const KEEP_TAGS = new Set(["HTML", "BODY", "ARTICLE", "MAIN"]);
const BLOCK_TAGS = new Set([
  "P",
  "DIV",
  "SECTION",
  "ARTICLE",
  "MAIN",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "BLOCKQUOTE",
  "UL",
  "OL",
  "LI",
  "FIGURE",
  "FIGCAPTION",
  "TABLE",
  "TBODY",
  "THEAD",
  "TR",
  "TD",
  "TH",
  "PRE",
  "DL",
  "DD",
  "DT",
  "HR",
  "ADDRESS",
  "CENTER",
  "HEADER",
  "FOOTER",
]);
const HEADING: Record<string, BlockKind> = {
  H1: "heading",
  H2: "heading",
  H3: "heading",
  H4: "heading",
  H5: "heading",
  H6: "heading",
};

/** A marked container with less paragraph text than this is a teaser box, not the body. */
const MIN_CONTAINER_CHARS = 250;
/** Paragraphs shorter than this say little about where the body is (Readability uses 25). */
const MIN_SCORED_P_CHARS = 25;

/** A wrapper may add this share of paragraph text (a standfirst, a caption) and still be the body. */
const WRAPPER_EXTRA = 1.15;

/** A furniture-named element holding this share of the page's paragraphs wraps the page. */
const WRAPPER_SHARE = 0.4;
const MIN_WRAPPER_PARAGRAPHS = 3;

type El = Element;

/** 1. Removes never-body elements and furniture named by class or id. */
export function removeNoise(root: El): void {
  for (const el of [...root.querySelectorAll(NEVER_BODY)]) el.remove();
  const pageParagraphs = root.querySelectorAll("p").length;
  for (const el of [...root.querySelectorAll("[class],[id]")]) {
    if (KEEP_TAGS.has(el.tagName) || !el.isConnected) continue;
    const names = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
    if (!NOISE_RE.test(names) || CONTENT_RE.test(names)) continue;
    // An element that holds the marked body, or most of the page's paragraphs, is a page
    // wrapper whatever its class says ("has-sidebar", "cookies-not-set").
    if (el.querySelector('[itemprop="articleBody"]')) continue;
    const ps = el.querySelectorAll("p").length;
    if (ps >= MIN_WRAPPER_PARAGRAPHS && ps >= pageParagraphs * WRAPPER_SHARE) continue;
    el.remove();
  }
}

/** Paragraph text of an element, without the text of its links. */
function paragraphScore(el: El): number {
  let score = 0;
  for (const p of el.querySelectorAll("p")) {
    const text = (p.textContent ?? "").trim().length;
    let links = 0;
    for (const a of p.querySelectorAll("a")) links += (a.textContent ?? "").length;
    score += Math.max(0, text - links);
  }
  return score;
}

/** 2 and 3: the element that holds the article body. */
export function findBodyRoot(body: El): El {
  const marked = [
    ...body.querySelectorAll('[itemprop="articleBody"]'),
    ...[...body.querySelectorAll("[class],[id]")].filter((el) =>
      CONTENT_RE.test(`${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`),
    ),
    ...body.querySelectorAll("article,main,[role=main]"),
  ];
  let best: El | null = null;
  let bestScore = MIN_CONTAINER_CHARS;
  const scoreOf = new Map<El, number>();
  for (const el of marked) {
    const s = paragraphScore(el);
    scoreOf.set(el, s);
    if (s > bestScore * 1.2 || (best === null && s >= bestScore)) [best, bestScore] = [el, s];
  }
  if (best) return widen(best, bestScore, scoreOf);
  const scores = new Map<El, number>();
  for (const p of body.querySelectorAll("p,pre,td")) {
    const text = (p.textContent ?? "").trim();
    if (text.length < MIN_SCORED_P_CHARS) continue;
    const s = 1 + (text.match(/[,،、]/g)?.length ?? 0) + Math.min(3, Math.floor(text.length / 100));
    const parent = p.parentElement;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + s);
    const grand = parent?.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + s / 2);
  }
  let top: El = body;
  let topScore = 0;
  for (const [el, s] of scores) if (s > topScore) [top, topScore] = [el, s];
  return top;
}

/**
 * A marked container that wraps the chosen one and adds little paragraph text holds its
 * photo captions and subheads too (an <article> around an articleBody): take it instead.
 */
function widen(best: El, score: number, scoreOf: Map<El, number>): El {
  let root = best;
  for (let el = best.parentElement; el; el = el.parentElement) {
    const s = scoreOf.get(el);
    if (s !== undefined && s <= score * WRAPPER_EXTRA) root = el;
  }
  return root;
}

const norm = (s: string) => s.replace(/\s+/g, " ").trim();

function linkChars(el: El): number {
  let n = 0;
  for (const a of el.querySelectorAll("a")) n += norm(a.textContent ?? "").length;
  return el.tagName === "A" ? norm(el.textContent ?? "").length : n;
}

/** 4. Reads the blocks of the body root in document order. */
export function readBlocks(root: El): Block[] {
  const out: Block[] = [];
  let loose = "";
  let looseLinks = 0;
  const flush = () => {
    const t = norm(loose);
    if (t) out.push(block(t, "p", { linkChars: looseLinks }));
    loose = "";
    looseLinks = 0;
  };
  const leaf = (el: El, kind: BlockKind) => {
    flush();
    const t = norm(el.textContent ?? "");
    if (t) out.push(block(t, kind, { linkChars: linkChars(el) }));
  };
  const walk = (el: El) => {
    for (const node of el.childNodes) {
      if (node.nodeType === 3) {
        loose += node.textContent ?? "";
        continue;
      }
      if (node.nodeType !== 1) continue;
      const child = node as El;
      const tag = child.tagName;
      if (tag === "BR") {
        // Two line breaks in a row separate paragraphs in pages that do not use <p>.
        if (child.nextElementSibling?.tagName === "BR" || /\n\s*$/.test(loose)) flush();
        else loose += "\n";
      } else if (!BLOCK_TAGS.has(tag) && !hasBlockChild(child)) {
        loose += child.textContent ?? "";
        if (tag === "A") looseLinks += norm(child.textContent ?? "").length;
      } else if (tag === "P" || tag === "PRE" || tag === "DT" || tag === "DD") leaf(child, "p");
      else if (HEADING[tag]) leaf(child, "heading");
      else if (tag === "FIGCAPTION") leaf(child, "caption");
      else if ((tag === "LI" || tag === "BLOCKQUOTE") && !hasBlockChild(child))
        leaf(child, tag === "LI" ? "li" : "quote");
      else {
        flush();
        walk(child);
        flush();
      }
    }
  };
  walk(root);
  flush();
  return out;
}

function hasBlockChild(el: El): boolean {
  for (const c of el.children) if (BLOCK_TAGS.has(c.tagName) || hasBlockChild(c)) return true;
  return false;
}

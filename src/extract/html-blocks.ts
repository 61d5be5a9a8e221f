/**
 * Blocks read from the light tree (html-tree.ts) under one pass of html-body.ts: <p>, headings,
 * <blockquote>, <li>, <figcaption> (captions), and runs of loose text in containers, in document
 * order; then the container's blocks widened to their good neighbours (html-extend.ts).
 */
import { block, type Block, type BlockKind } from "./block.js";
import { endsSentence } from "./boilerplate.js";
import { BLOCK_TAGS, findBodyRoots, HEADINGS, Pass, type PassOptions } from "./html-body.js";
import { extendBody, goodRuns } from "./html-extend.js";
import type { El } from "./html-tree.js";

const WS_RE = /\s+/g;
/** Soft hyphens and zero-width characters are invisible and break words for every later stage. */
const INVISIBLE_RE = /\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/g;
/** In an article's header, a line shorter than this that is not a sentence is a label or a date. */
const MAX_HEADER_LABEL = 80;

const norm = (s: string) => s.replace(INVISIBLE_RE, "").replace(WS_RE, " ").trim();

/** 4. Reads the blocks of the roots in document order, skipping dead elements. */
export function readBlocks(pass: Pass, roots: readonly El[]): Block[] {
  return readMarkedBlocks(pass, roots, new Set()).blocks;
}

/** Blocks in document order, each with whether it lies inside one of `inside`. */
export interface MarkedBlocks {
  blocks: Block[];
  inside: boolean[];
  /** The element each block was read from the children of (its paragraph's parent). */
  boxes?: El[];
}

/** Reads the blocks of `tops`, marking those that lie inside one of the `inside` elements. */
export function readMarkedBlocks(pass: Pass, tops: readonly El[], inside: ReadonlySet<El>): MarkedBlocks {
  const out: Block[] = [];
  const flags: boolean[] = [];
  const boxes: El[] = [];
  let box: El = tops[0] ?? pass.body;
  let depth = 0;
  let inHeader = 0;
  /** Links around blocks (a teaser card wrapped in one <a>): their text is link text too. */
  let linkDepth = 0;
  let loose = "";
  let looseLinks = 0;
  const emit = (b: Block) => {
    if (inHeader && b.kind !== "heading" && b.text.length < MAX_HEADER_LABEL && !endsSentence(b.text)) return;
    out.push(b);
    flags.push(depth > 0);
    boxes.push(box);
  };
  const flush = () => {
    const t = norm(loose);
    if (t) emit(block(t, "p", { linkChars: looseLinks }));
    loose = "";
    looseLinks = 0;
  };
  const leaf = (el: El, kind: BlockKind) => {
    flush();
    const parts = { text: "", links: 0 };
    inline(el, parts, linkDepth > 0);
    const t = norm(parts.text);
    if (t) emit(block(t, kind, { linkChars: Math.min(t.length, parts.links) }));
  };
  const inline = (el: El, parts: { text: string; links: number }, inLink: boolean) => {
    for (const k of el.kids) {
      if (typeof k === "string") {
        parts.text += k;
        if (inLink || el.tag === "a") parts.links += norm(k).length;
      } else if (pass.dead.has(k)) continue;
      else if (k.tag === "br") parts.text += "\n";
      else {
        // Block children inside a leaf (a <div> in a <p>) still separate words.
        if (BLOCK_TAGS.has(k.tag)) parts.text += " ";
        inline(k, parts, inLink || el.tag === "a");
      }
    }
  };
  const walk = (el: El) => {
    const outer = box;
    box = el;
    walkIn(el);
    box = outer;
  };
  const walkIn = (el: El) => {
    for (let i = 0; i < el.kids.length; i++) {
      const k = el.kids[i]!;
      if (typeof k === "string") {
        loose += k;
        if (linkDepth) looseLinks += norm(k).length;
        continue;
      }
      if (pass.dead.has(k)) continue;
      if (inside.has(k)) {
        flush();
        depth++;
        visit(el, k, i);
        flush();
        depth--;
      } else visit(el, k, i);
    }
  };
  const visit = (el: El, k: El, i: number) => {
    const header = pass.ledeHeaders.has(k);
    if (header) {
      flush();
      inHeader++;
    }
    visitIn(el, k, i);
    if (header) {
      flush();
      inHeader--;
    }
  };
  const visitIn = (el: El, k: El, i: number) => {
    const tag = k.tag;
    if (tag === "br") {
      // Two line breaks in a row separate paragraphs in pages that do not use <p>.
      const next = nextElement(el, i);
      if (next?.tag === "br" || /\n\s*$/.test(loose)) flush();
      else loose += "\n";
    } else if (!BLOCK_TAGS.has(tag) && !pass.hasBlock(k)) {
      const parts = { text: "", links: 0 };
      const link = tag === "a" || linkDepth > 0;
      inline(k, parts, link);
      loose += parts.text;
      looseLinks += link ? norm(parts.text).length : parts.links;
    } else if (tag === "p" || tag === "pre" || tag === "dt" || tag === "dd") leaf(k, "p");
    else if (HEADINGS.has(tag)) leaf(k, "heading");
    else if (tag === "figcaption") leaf(k, "caption");
    else if ((tag === "li" || tag === "blockquote") && !pass.hasBlock(k)) leaf(k, tag === "li" ? "li" : "quote");
    else {
      flush();
      if (tag === "a") linkDepth++;
      walk(k);
      if (tag === "a") linkDepth--;
      flush();
    }
  };
  for (const r of tops) {
    if (inside.has(r)) depth++;
    walk(r);
    flush();
    if (inside.has(r)) depth--;
  }
  return { blocks: out, inside: flags, boxes };
}

/** The next element sibling after kid `i`, across whitespace-only text. */
function nextElement(el: El, i: number): El | null {
  for (let j = i + 1; j < el.kids.length; j++) {
    const k = el.kids[j]!;
    if (typeof k !== "string") return k;
    if (k.trim()) return null;
  }
  return null;
}

/** The body's blocks under the options of one pass. */
export function bodyBlocks(body: El, opts: PassOptions): Block[] {
  const pass = new Pass(body, opts);
  return extendBody(readMarkedBlocks(pass, [body], new Set(findBodyRoots(pass))));
}

/** The good paragraphs of the whole body, read with the last pass's furniture removed. */
export function goodBodyBlocks(body: El): Block[] {
  const pass = new Pass(body, PASSES[PASSES.length - 1]!);
  return goodRuns(readBlocks(pass, [body]));
}

/** The strict pass first; looser ones when it finds too little (pages that misname their parts). */
export const PASSES: readonly PassOptions[] = [
  { classNames: true, marked: true },
  { classNames: true, marked: false },
  { classNames: false, marked: false },
];

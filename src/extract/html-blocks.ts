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
import { isSpaceCode } from "../text/space.js";
import { collapseSpaces } from "./collapse-spaces.js";

/** Soft hyphens and zero-width characters are invisible and break words for every later stage. */
const INVISIBLE_RE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** In an article's header, a line shorter than this that is not a sentence is a label or a date. */
const MAX_HEADER_LABEL = 80;

/** Invisible characters removed, white space runs as one space, trimmed. */
function norm(s: string): string {
  // Most texts read are white space alone (the indentation between blocks): trimming tells them.
  if (!s.trim()) return "";
  return collapseSpaces(s.replace(INVISIBLE_RE, "")).trim();
}

/** Code units that `\s` and `trim` take for white space, and the invisible ones `norm` removes. */
const SPACE = 1;
const INVISIBLE = 2;
const CHAR_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c)) CHAR_CLASS[c] = SPACE;
for (const c of [0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]) CHAR_CLASS[c] = INVISIBLE;

/** `norm(s).length`, counted without building the strings (link text is only measured). */
export function normLength(s: string): number {
  let n = 0;
  let gap = false;
  for (let i = 0; i < s.length; i++) {
    const k = CHAR_CLASS[s.charCodeAt(i)];
    if (k === INVISIBLE) continue;
    if (k === SPACE) gap = true;
    else {
      if (gap && n > 0) n++;
      gap = false;
      n++;
    }
  }
  return n;
}

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
  const r = new BlockReader(pass, inside, tops[0] ?? pass.body);
  for (const top of tops) {
    if (inside.has(top)) r.depth++;
    r.walk(top);
    r.flush();
    if (inside.has(top)) r.depth--;
  }
  return { blocks: r.out, inside: r.flags, boxes: r.boxes };
}

/** Inline text read from a leaf and how much of it is link text. */
interface Parts {
  text: string;
  links: number;
}

/** The state of one read of blocks (methods rather than closures: one allocation per read). */
class BlockReader {
  readonly out: Block[] = [];
  readonly flags: boolean[] = [];
  readonly boxes: El[] = [];
  depth = 0;
  inHeader = 0;
  /** Links around blocks (a teaser card wrapped in one <a>): their text is link text too. */
  linkDepth = 0;
  loose = "";
  looseLinks = 0;

  constructor(
    readonly pass: Pass,
    readonly inside: ReadonlySet<El>,
    /** The element the blocks being read are children of. */
    public box: El,
  ) {}

  emit(b: Block): void {
    if (this.inHeader && b.kind !== "heading" && b.text.length < MAX_HEADER_LABEL && !endsSentence(b.text)) return;
    this.out.push(b);
    this.flags.push(this.depth > 0);
    this.boxes.push(this.box);
  }

  flush(): void {
    if (!this.loose) {
      this.looseLinks = 0;
      return;
    }
    const t = norm(this.loose);
    if (t) this.emit(block(t, "p", { linkChars: this.looseLinks }));
    this.loose = "";
    this.looseLinks = 0;
  }

  leaf(el: El, kind: BlockKind): void {
    this.flush();
    const parts: Parts = { text: "", links: 0 };
    this.inline(el, parts, this.linkDepth > 0);
    const t = norm(parts.text);
    if (t) this.emit(block(t, kind, { linkChars: Math.min(t.length, parts.links) }));
  }

  inline(el: El, parts: Parts, inLink: boolean): void {
    const link = inLink || el.tag === "a";
    for (const k of el.kids) {
      if (typeof k === "string") {
        parts.text += k;
        if (link) parts.links += normLength(k);
      } else if (this.pass.dead.has(k)) continue;
      else if (k.tag === "br") parts.text += "\n";
      else {
        // Block children inside a leaf (a <div> in a <p>) still separate words.
        if (BLOCK_TAGS.has(k.tag)) parts.text += " ";
        this.inline(k, parts, link);
      }
    }
  }

  walk(el: El): void {
    const outer = this.box;
    this.box = el;
    this.walkIn(el);
    this.box = outer;
  }

  walkIn(el: El): void {
    for (let i = 0; i < el.kids.length; i++) {
      const k = el.kids[i]!;
      if (typeof k === "string") {
        this.loose += k;
        if (this.linkDepth) this.looseLinks += normLength(k);
        continue;
      }
      if (this.pass.dead.has(k)) continue;
      if (this.inside.has(k)) {
        this.flush();
        this.depth++;
        this.visit(el, k, i);
        this.flush();
        this.depth--;
      } else this.visit(el, k, i);
    }
  }

  visit(el: El, k: El, i: number): void {
    const header = this.pass.ledeHeaders.has(k);
    if (header) {
      this.flush();
      this.inHeader++;
    }
    this.visitIn(el, k, i);
    if (header) {
      this.flush();
      this.inHeader--;
    }
  }

  visitIn(el: El, k: El, i: number): void {
    const tag = k.tag;
    if (tag === "br") {
      // Two line breaks in a row separate paragraphs in pages that do not use <p>.
      const next = nextElement(el, i);
      if (next?.tag === "br" || endsInLineBreak(this.loose)) this.flush();
      else this.loose += "\n";
    } else if (!BLOCK_TAGS.has(tag) && !this.pass.hasBlock(k)) {
      const parts: Parts = { text: "", links: 0 };
      const link = tag === "a" || this.linkDepth > 0;
      this.inline(k, parts, link);
      this.loose += parts.text;
      this.looseLinks += link ? normLength(parts.text) : parts.links;
    } else if (tag === "p" || tag === "pre" || tag === "dt" || tag === "dd") this.leaf(k, "p");
    else if (HEADINGS.has(tag)) this.leaf(k, "heading");
    else if (tag === "figcaption") this.leaf(k, "caption");
    else if ((tag === "li" || tag === "blockquote") && !this.pass.hasBlock(k))
      this.leaf(k, tag === "li" ? "li" : "quote");
    else {
      this.flush();
      if (tag === "a") this.linkDepth++;
      this.walk(k);
      if (tag === "a") this.linkDepth--;
      this.flush();
    }
  }
}

/** Whether the text ends in a line break and white space only (`/\n\s*$/`, read from the end). */
function endsInLineBreak(s: string): boolean {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s[i]!;
    if (c === "\n") return true;
    if (!SPACE_RE.test(c)) return false;
  }
  return false;
}
const SPACE_RE = /\s/;

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

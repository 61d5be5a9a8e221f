/**
 * A light element tree of an HTML page, built by htmlparser2's tokenizer in one pass: only what
 * extraction reads (tag, attributes, children, text). A full DOM (linkedom) costs five times as
 * much to build and its selectors are slow; script, style and SVG content never enters the tree,
 * and JSON-LD and other JSON state scripts are kept aside as text. Truncated pages give the tree
 * read so far.
 */
import { Parser } from "htmlparser2";

/** One element. Text children are strings with entities decoded. */
export interface El {
  tag: string;
  attrs: Record<string, string>;
  /** Class and id together (see {@link namesOf}), read once at parse time: every walk asks for them. */
  names: string;
  kids: (El | string)[];
  parent: El | null;
}

/** The tree and what the head holds. */
export interface HtmlTree {
  root: El;
  /** The <body>, or the root when the page has none. */
  body: El;
  hasBody: boolean;
  /** Text of each JSON-LD script. */
  ldJson: string[];
  /**
   * Text of each JSON state script (`type="application/json"`, Next.js's `__NEXT_DATA__`), its
   * first {@link MAX_STATE_CHARS} characters only.
   */
  stateJson: string[];
}

/** How much of a JSON state script is kept: frameworks put whole page states there, megabytes. */
export const MAX_STATE_CHARS = 200_000;
/** Script types of JSON state data (JSON-LD apart). */
const STATE_TYPE_RE = /^\s*(?:application|text)\/json\s*(?:;|$)/i;

/** Content never read as text (ruby readings among it); JSON-LD scripts are the exception, kept aside. */
const SKIP = new Set([
  "rt",
  "rp",
  "script",
  "style",
  "svg",
  "noscript",
  "template",
  "math",
  "iframe",
  "object",
  "canvas",
]);

/** Elements that only a body holds: one opening inside an unclosed <head> ends the head. */
const FLOW_TAGS = new Set(["div", "p", "article", "main", "section", "table", "ul", "ol", "h1", "h2", "h3", "form"]);

/** Parses `html` into a tree. */
export function parseTree(html: string): HtmlTree {
  const root: El = { tag: "#root", attrs: {}, names: " ", kids: [], parent: null };
  let cur = root;
  let body: El | null = null;
  let head: El | null = null;
  let skipDepth = 0;
  let skipTag = "";
  let ld: string | null = null;
  const ldJson: string[] = [];
  let state: string | null = null;
  const stateJson: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (skipDepth) {
          if (name === skipTag) skipDepth++;
          return;
        }
        if (SKIP.has(name)) {
          skipDepth = 1;
          skipTag = name;
          if (name === "script" && /ld\+json/i.test(attrs.type ?? "")) ld = "";
          else if (name === "script" && (STATE_TYPE_RE.test(attrs.type ?? "") || attrs.id === "__NEXT_DATA__"))
            state = "";
          return;
        }
        // A page that never closes its <head> still shows what follows as its body.
        if (head && (name === "body" || FLOW_TAGS.has(name))) {
          for (let e: El | null = cur; e; e = e.parent)
            if (e === head) {
              cur = head.parent ?? root;
              break;
            }
          head = null;
        }
        const el: El = { tag: name, attrs, names: namesIn(attrs), kids: [], parent: cur };
        if (name === "head" && !head) head = el;
        cur.kids.push(el);
        if (name === "body" && !body) body = el;
        cur = el;
      },
      ontext(text) {
        if (skipDepth) {
          if (ld !== null) ld += text;
          else if (state !== null && state.length < MAX_STATE_CHARS)
            state += text.slice(0, MAX_STATE_CHARS - state.length);
          return;
        }
        const last = cur.kids.length - 1;
        if (last >= 0 && typeof cur.kids[last] === "string") cur.kids[last] += text;
        else cur.kids.push(text);
      },
      onclosetag(name) {
        if (skipDepth) {
          if (name === skipTag && --skipDepth === 0) {
            if (ld !== null) ldJson.push(ld);
            if (state) stateJson.push(state);
            ld = state = null;
          }
          return;
        }
        // htmlparser2 closes what the tag implies; walk up to the element it closes.
        for (let el: El | null = cur; el && el !== root; el = el.parent)
          if (el.tag === name) {
            cur = el.parent ?? root;
            break;
          }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return { root, body: body ?? root, hasBody: body !== null, ldJson, stateJson };
}

/** Class and id together; most elements have neither, and share one " " instead of a new string each. */
function namesIn(attrs: Record<string, string>): string {
  const cls = attrs.class;
  const id = attrs.id;
  return cls === undefined && id === undefined ? " " : `${cls ?? ""} ${id ?? ""}`;
}

/** Elements of `root` (itself included) in document order. */
export function* elements(root: El): Generator<El> {
  // An explicit stack: nested generators would cost each element the depth of the tree.
  const stack: El[] = [root];
  for (let el = stack.pop(); el; el = stack.pop()) {
    yield el;
    for (let i = el.kids.length - 1; i >= 0; i--) {
      const k = el.kids[i]!;
      if (typeof k !== "string") stack.push(k);
    }
  }
}

/** The first element with this tag, in document order. */
export function firstTag(root: El, tag: string): El | null {
  if (root.tag === tag) return root;
  for (const k of root.kids) {
    if (typeof k === "string") continue;
    const found = firstTag(k, tag);
    if (found) return found;
  }
  return null;
}

/** The text of an element, its descendants' text joined as written. */
export function textOf(el: El): string {
  return addText(el, "");
}

function addText(e: El, out: string): string {
  for (const k of e.kids) {
    if (typeof k === "string") out += k;
    else if (k.tag === "br") out += "\n";
    else out = addText(k, out);
  }
  return out;
}

/** Class and id together, the names page templates give their parts: " " when it has neither. */
export const namesOf = (el: El) => el.names;

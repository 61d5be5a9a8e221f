/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item an article, with the feed's title as outlet.
 * Items are cut apart before they are parsed, so one malformed item (an unclosed tag, a stray
 * "<") is an error of its own and cannot swallow the items after it.
 */
import { DOMParser } from "linkedom";
import { newArticle } from "../model/article.js";
import type { Raw } from "../model/schema.js";
import { decodeBytes, guessedCharsetMessage } from "./decode.js";
import { contentId } from "./document-id.js";
import { feedDate } from "./feed-date.js";
import type { Parsed } from "./parse-input.js";

/** The root element of an RSS or Atom document, after the XML declaration, comments and doctype. */
const FEED_ROOT = /^(?:\s|<\?[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*<(rss|rdf:RDF|feed)\b/i;
const TAG_LIKE = /<\/?[a-z][\w:-]*[\s/>]|<!--|&lt;\/?[a-z]/i;

/** Whether a document's first characters are those of an RSS or Atom feed. */
export function looksLikeFeed(head: string): boolean {
  return FEED_ROOT.test(head);
}

type El = Element;

/** Where a feed came from: its path when read from a file, its URL when fetched. */
export interface FeedOrigin {
  path?: string;
  url?: string;
}

/** Parses a feed's bytes into one document per item; broken items are errors naming the item. */
export function parseFeed(bytes: Uint8Array, origin: FeedOrigin, headerCharset?: string | null): Parsed[] {
  const name = origin.path ?? origin.url ?? "<feed>";
  const decoded = decodeBytes(bytes, "xml", headerCharset);
  if ("problem" in decoded) return [{ error: { path: name, message: decoded.problem } }];
  const xml = decoded.text;
  const root = FEED_ROOT.exec(xml)?.[1]?.toLowerCase();
  if (!root) return [{ error: { path: name, message: "XML, but not an RSS or Atom feed" } }];
  const itemTag = root === "feed" ? "entry" : "item";
  const chunks = itemChunks(xml, itemTag);
  const headEnd = chunks[0]?.start ?? xml.length;
  const outlet = channelTitle(xml.slice(0, headEnd));
  const out: Parsed[] = [];
  const warning = decoded.via === "guessed" ? guessedCharsetMessage(decoded.charset) : null;
  chunks.forEach((chunk, i) => {
    const n = i + 1;
    const fail = (why: string): void => void out.push({ error: { path: name, message: `item ${n}: ${why}` } });
    if (!chunk.closed) return fail(`not closed (no </${itemTag}>)`);
    let item: El | null;
    try {
      item = new DOMParser().parseFromString(chunk.text, "text/xml").documentElement as unknown as El | null;
    } catch (err) {
      return fail(`unreadable XML (${(err as Error).message})`);
    }
    if (!item) return fail("unreadable XML");
    const fields = root === "feed" ? atomEntry(item) : rssItem(item);
    if (!fields.body?.trim())
      return fail(fields.title ? `no content, only a title ("${short(fields.title)}")` : "no content");
    const given: NonNullable<Raw["given"]> = {};
    if (fields.title) given.title = fields.title;
    if (fields.link) given.url = fields.link;
    const published = fields.date ? feedDate(fields.date) : null;
    if (published) given.published = published;
    if (outlet) given.outlet = outlet;
    const raw: Raw = { format: fields.format, body: fields.body, given };
    const id = contentId(`${fields.link ?? ""}\n${fields.title ?? ""}\n${fields.body}`);
    const source = {
      ...(origin.path ? { path: origin.path } : {}),
      ...(fields.link ? { url: fields.link } : {}),
      feed: origin.url ?? origin.path ?? name,
      item: n,
    };
    const article = newArticle(id, source, raw);
    if (warning) article.issues.push({ code: "charset-guessed", stage: "ingest", message: warning });
    out.push({ article });
  });
  if (!chunks.length) out.push({ error: { path: name, message: `a feed without any <${itemTag}>` } });
  return out;
}

interface ItemFields {
  title?: string;
  link?: string;
  date?: string;
  body?: string;
  format: "text" | "html";
}

function rssItem(item: El): ItemFields {
  const body = text(child(item, "encoded")) || text(child(item, "description"));
  const guid = child(item, "guid");
  const permalink = guid && guid.getAttribute("isPermaLink") !== "false" ? text(guid) : "";
  return {
    title: text(child(item, "title")) || undefined,
    link: text(child(item, "link")) || (/^https?:\/\//i.test(permalink) ? permalink : undefined),
    date: text(child(item, "pubDate", "date", "published", "updated")) || undefined,
    body,
    format: TAG_LIKE.test(body) ? "html" : "text",
  };
}

function atomEntry(entry: El): ItemFields {
  let link: string | undefined;
  for (const c of children(entry, "link")) {
    const rel = c.getAttribute("rel") ?? "alternate";
    if (rel === "alternate" && c.getAttribute("href")) {
      link = c.getAttribute("href")!.trim();
      break;
    }
  }
  const content = child(entry, "content");
  const summary = child(entry, "summary");
  const chosen = content && !content.getAttribute("src") && text(content) ? content : summary;
  let body = "";
  let format: "text" | "html" = "text";
  if (chosen) {
    const type = (chosen.getAttribute("type") ?? "text").toLowerCase();
    if (type === "xhtml") {
      const div = child(chosen, "div");
      body = (div ?? chosen).innerHTML.trim();
      format = "html";
    } else {
      body = text(chosen);
      format = type === "html" || type.includes("html") || TAG_LIKE.test(body) ? "html" : "text";
    }
  }
  return {
    title: text(child(entry, "title")) || undefined,
    link,
    date: text(child(entry, "published", "issued", "date", "updated", "modified")) || undefined,
    body,
    format,
  };
}

/** The feed's own title, from what comes before its first item. */
function channelTitle(head: string): string | null {
  try {
    const doc = new DOMParser().parseFromString(head, "text/xml");
    const root = doc.documentElement as unknown as El | null;
    if (!root) return null;
    const channel = child(root, "channel") ?? root;
    return text(child(channel, "title")) || null;
  } catch {
    return null;
  }
}

/** The children of an element with one of these names, prefix ignored ("content:encoded" is "encoded"). */
function children(el: El, name: string): El[] {
  const out: El[] = [];
  for (const c of Array.from(el.children)) if (localName(c) === name.toLowerCase()) out.push(c);
  return out;
}

/** The first child with the first of the names that occurs. */
function child(el: El, ...names: string[]): El | null {
  for (const n of names) {
    const found = children(el, n)[0];
    if (found) return found;
  }
  return null;
}

function localName(el: El): string {
  const t = el.tagName.toLowerCase();
  const i = t.indexOf(":");
  return i >= 0 ? t.slice(i + 1) : t;
}

function text(el: El | null): string {
  return el?.textContent?.trim() ?? "";
}

function short(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** One item's XML, and whether its closing tag was found before the next item began. */
interface Chunk {
  start: number;
  text: string;
  closed: boolean;
}

/**
 * Cuts the items out of a feed's text. CDATA sections are skipped over, so markup inside them
 * cannot end an item early; an item whose closing tag never comes is cut at the next one.
 */
export function itemChunks(xml: string, tag: string): Chunk[] {
  const open = new RegExp(`<${tag}[\\s>/]|<!\\[CDATA\\[|</${tag}\\s*>`, "gi");
  const chunks: Chunk[] = [];
  let start = -1;
  let m: RegExpExecArray | null;
  while ((m = open.exec(xml))) {
    const tok = m[0];
    if (tok.startsWith("<![")) {
      const end = xml.indexOf("]]>", open.lastIndex);
      if (end < 0) break;
      open.lastIndex = end + 3;
    } else if (tok.startsWith("</")) {
      if (start >= 0) chunks.push({ start, text: xml.slice(start, open.lastIndex), closed: true });
      start = -1;
    } else {
      if (start >= 0) chunks.push({ start, text: xml.slice(start, m.index), closed: false });
      start = m.index;
    }
  }
  if (start >= 0) chunks.push({ start, text: xml.slice(start), closed: false });
  return chunks;
}

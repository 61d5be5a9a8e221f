/**
 * Metadata from an HTML page's head and markup: JSON-LD (NewsArticle and kin), meta tags
 * (Open Graph, article:*, Dublin Core, Parse.ly), <title>, <h1>, <time datetime>, canonical link
 * and the page language.
 */
import { dataLines } from "../data/data-files.js";
import { findDate, parseDateValue } from "./dates.js";
import { namesOf, textOf, type El, type HtmlTree } from "./html-tree.js";
import { languageCode } from "./language.js";

/** The metadata a page states, before the outlet suffix is taken off the title. */
export interface HtmlMeta {
  title: string | null;
  /** The <title> element, which usually carries the site's name. */
  pageTitle: string | null;
  published: string | null;
  url: string | null;
  outlet: string | null;
  byline: string[];
  language: string | null;
}

type Json = Record<string, unknown>;

const ARTICLE_TYPES =
  /^(?:News|Reportage|Analysis|Opinion|Review|Background|Blog|Satirical|Scholarly|Tech)?Article$|^BlogPosting$|^LiveBlogPosting$|^WebPage$/;
/** Meta tags that state the publication date, most specific first. */
const DATE_KEYS = [
  "article:published_time",
  "og:article:published_time",
  "datepublished",
  "pubdate",
  "publishdate",
  "publish-date",
  "parsely-pub-date",
  "sailthru.date",
  "dc.date.issued",
  "dc.date",
  "dcterms.date",
  "dcterms.created",
  "date",
  "article.published",
  "published_time",
  "og:published_time",
  "citation_publication_date",
];
const TITLE_KEYS = ["og:title", "twitter:title", "parsely-title", "dc.title", "title"];
const SITE_KEYS = ["og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site"];
const AUTHOR_KEYS = ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl"];

const clean = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();

/** What one walk over the page collects for the metadata rules. */
interface HeadParts {
  /** Meta tags by lower-case name, property or itemprop (first value wins). */
  tags: Map<string, string>;
  title: El | null;
  h1: El | null;
  canonical: string | null;
  lang: string | null;
  contentLanguage: string | null;
  /** <time datetime> and itemprop=datePublished values, those marked as publication first. */
  times: string[];
  /** Headings that name the article: <h1> and headline-classed h1/h2, in document order. */
  headlines: string[];
  /** Texts of the <h1> elements outside comments, in document order. */
  h1s: string[];
  /** Short texts of date-classed elements outside comments ("Posted on 12. März 2019"), in order. */
  dateTexts: string[];
  /** Short visible text pieces outside comments and footers, in order, and where the first <h1> is. */
  shortTexts: string[];
  h1At: number;
}

/** Class or id names of the element holding the publication date. */
const DATE_CLASS_RE = /date|time|datum|zeit|posted|publi|meta|byline|fecha|entry-?info|article-?info/i;
/** Comment sections, whose dates are the readers', not the article's. */
const COMMENT_CLASS_RE = /comment|kommentar|respond|reply|discussion|disqus/i;
const HEADLINE_CLASS_RE = /headline|entry-?title|post-?title|article-?title|title/i;
const MAX_DATE_TEXT = 120;
/** Date texts that name another moment: the server's clock, a thread's last reply, a document's date. */
const NOT_PUBLISHED_RE = new RegExp(dataLines("extract/date-not-published.txt").join("|"), "i");
const MIN_DATE_TEXT = 6;
/** How far from the headline, in short text pieces, a visible date line is looked for. */
const AFTER_HEADLINE = 60;
const BEFORE_HEADLINE = 15;
const MAX_HEADLINE = 300;

function addHeadline(parts: HeadParts, el: El): void {
  const t = clean(textOf(el));
  if (t && t.length <= MAX_HEADLINE) parts.headlines.push(t);
}

function headParts(tree: HtmlTree): HeadParts {
  const parts: HeadParts = {
    tags: new Map(),
    title: null,
    h1: null,
    canonical: null,
    lang: null,
    contentLanguage: null,
    times: [],
    headlines: [],
    h1s: [],
    dateTexts: [],
    shortTexts: [],
    h1At: -1,
  };
  const marked: string[] = [];
  const other: string[] = [];
  const walk = (el: El, inComment: boolean) => {
    const names = namesOf(el);
    const comment = inComment || el.tag === "footer" || (names.length > 2 && COMMENT_CLASS_RE.test(names));
    visit(el, comment, names);
    if (el.tag === "h1" && parts.h1At < 0) parts.h1At = parts.shortTexts.length;
    for (const k of el.kids) {
      if (typeof k !== "string") walk(k, comment);
      else if (!comment && el.tag !== "title" && el.tag !== "head") {
        const t = k.trim();
        if (t.length >= MIN_DATE_TEXT && t.length <= MAX_DATE_TEXT && !NOT_PUBLISHED_RE.test(t))
          parts.shortTexts.push(t);
      }
    }
  };
  const visit = (el: El, inComment: boolean, names: string) => {
    const a = el.attrs;
    switch (el.tag) {
      case "meta": {
        const key = (a.property ?? a.name ?? a.itemprop ?? "").toLowerCase();
        const value = clean(a.content);
        if (key && value && !parts.tags.has(key)) parts.tags.set(key, value);
        if (a["http-equiv"]?.toLowerCase() === "content-language") parts.contentLanguage = a.content ?? null;
        break;
      }
      case "title":
        parts.title ??= el;
        break;
      case "h1":
        parts.h1 ??= el;
        if (!inComment) {
          addHeadline(parts, el);
          const t = clean(textOf(el));
          if (t.length >= MIN_H1_CHARS && t.length <= MAX_HEADLINE) parts.h1s.push(t);
          // A kicker and a headline set as two children of one <h1>: each is a candidate too.
          const kids = el.kids.filter((k): k is El => typeof k !== "string" && k.tag !== "br");
          if (kids.length > 1)
            for (const k of kids) {
              const part = clean(textOf(k));
              if (part.length >= MIN_H1_CHARS && part.length < t.length) parts.h1s.push(part);
            }
        }
        break;
      case "h2":
        if (!inComment && HEADLINE_CLASS_RE.test(names)) addHeadline(parts, el);
        break;
      case "link":
        if (a.rel?.toLowerCase() === "canonical") parts.canonical ??= a.href ?? null;
        break;
      case "html":
        parts.lang ??= a.lang ?? a["xml:lang"] ?? null;
        break;
    }
    if (a.itemprop === "datePublished" || (el.tag === "time" && "pubdate" in a)) {
      const v = a.datetime ?? a.content ?? clean(textOf(el));
      if (v) marked.push(v);
    } else if (el.tag === "time" && a.datetime && !inComment) other.push(a.datetime);
    if (!inComment && names.length > 2 && DATE_CLASS_RE.test(names) && parts.dateTexts.length < 8) {
      const t = clean(textOf(el));
      if (t && t.length <= MAX_DATE_TEXT && !NOT_PUBLISHED_RE.test(t)) parts.dateTexts.push(t);
    }
  };
  walk(tree.root, false);
  parts.times = [...marked, ...other];
  return parts;
}

/** Every object in the page's JSON-LD, @graph and arrays flattened; broken JSON is skipped. */
function jsonLd(scripts: readonly string[]): Json[] {
  const out: Json[] = [];
  const visit = (x: unknown) => {
    if (Array.isArray(x)) x.forEach(visit);
    else if (x && typeof x === "object") {
      out.push(x as Json);
      if ("@graph" in x) visit((x as Json)["@graph"]);
    }
  };
  for (const script of scripts) {
    try {
      visit(JSON.parse(script));
    } catch {
      // A page's broken JSON-LD is common and says nothing: the other sources remain.
    }
  }
  return out;
}

const types = (o: Json) => [o["@type"]].flat().map(String);
const str = (x: unknown): string | null => (typeof x === "string" && x.trim() ? clean(x) : null);
const nameOf = (x: unknown): string | null => str(x) ?? (x && typeof x === "object" ? str((x as Json).name) : null);

function names(x: unknown): string[] {
  return [x]
    .flat()
    .map(nameOf)
    .filter((n): n is string => !!n && !/^https?:/.test(n));
}

/** Reads the metadata of a parsed page. */
export function readHtmlMeta(tree: HtmlTree): HtmlMeta {
  const parts = headParts(tree);
  const tags = parts.tags;
  const ld = jsonLd(tree.ldJson);
  const article =
    ld.find((o) => types(o).some((t) => ARTICLE_TYPES.test(t) && t !== "WebPage")) ??
    ld.find((o) => types(o).includes("WebPage"));
  const first = (keys: string[]) => keys.map((k) => tags.get(k)).find(Boolean) ?? null;
  const h1 = parts.h1 ? clean(textOf(parts.h1)) : "";
  const pageTitle = (parts.title && clean(textOf(parts.title))) || null;
  const statedRaw = str(article?.headline) ?? first(TITLE_KEYS) ?? pageTitle;
  const stated = statedRaw && decodeLeftEntities(statedRaw);
  const title = visibleHeadline(stated, parts.h1s) ?? headlineOf(stated, parts.headlines) ?? stated ?? (h1 || null);
  // Site builders give every page a WebPage object with a date; only an article object's is a
  // publication date.
  const dated = article && !types(article).every((t) => t === "WebPage") ? article : undefined;
  const published =
    [
      str(dated?.datePublished),
      ...DATE_KEYS.map((k) => tags.get(k)),
      ...parts.times,
      str(dated?.dateCreated),
      ...parts.dateTexts,
      visibleDate(parts),
    ]
      .map((v) => (v ? parseDateValue(v) : null))
      .find(Boolean) ?? null;
  const url =
    [parts.canonical, tags.get("og:url"), str(article?.url)].map(clean).find((u) => /^https?:\/\//.test(u)) ?? null;
  const publisher = article ? nameOf(article.publisher) : null;
  const site = first(SITE_KEYS);
  const outlet = publisher ?? (site && !site.startsWith("@") ? site : null);
  const fromLd = article ? names(article.author) : [];
  const byline = fromLd.length
    ? fromLd
    : AUTHOR_KEYS.map((k) => tags.get(k))
        .filter((a): a is string => !!a && !/^https?:/.test(a))
        .slice(0, 1);
  const language =
    languageCode(parts.lang) ??
    languageCode(tags.get("content-language") ?? parts.contentLanguage) ??
    languageCode(tags.get("og:locale")) ??
    languageCode(str(article?.inLanguage));
  return { title, pageTitle, published, url, outlet, byline, language };
}

/**
 * The page's own headline when the stated title wraps it ("Headline › Site", "Site: Headline
 * (12345)"): the site's additions are then whatever the heading leaves out.
 */
function headlineOf(stated: string | null, headlines: readonly string[]): string | null {
  if (!stated) return null;
  const s = stated.toLowerCase();
  for (const h of headlines.slice(0, 3)) {
    const l = h.toLowerCase();
    if (l.length >= MIN_HEADLINE_CHARS && l.length < s.length && s.includes(l)) return h;
  }
  return null;
}
const MIN_HEADLINE_CHARS = 4;
const MIN_H1_CHARS = 3;

const WORD_RE = /[\p{L}\p{N}]+/gu;
const wordsOf = (s: string) => new Set(s.toLowerCase().match(WORD_RE) ?? []);
/** Share of the shorter text's words an <h1> must share with the stated title to be its visible form. */
const H1_OVERLAP = 0.5;

/**
 * The <h1> that shows the stated title on the page: the stated title often carries the site's name,
 * a kicker or plain quotes where the page's own heading has typographic ones, and a page's first
 * <h1> is often its logo. Of the <h1>s (and the parts of a two-part <h1>) sharing at least half
 * their words with the stated title, the closest to it.
 */
function visibleHeadline(stated: string | null, h1s: readonly string[]): string | null {
  if (!stated) return null;
  const ref = wordsOf(stated);
  let best: string | null = null;
  let bestScore = 0;
  for (const h of h1s) {
    const words = wordsOf(h);
    let shared = 0;
    for (const w of words) if (ref.has(w)) shared++;
    // Shared words over the larger set: the candidate closest to the stated title, neither a
    // fragment of it nor a heading with a kicker it leaves out.
    const score = shared / Math.max(words.size, ref.size);
    if (score > bestScore && shared >= H1_OVERLAP * Math.min(words.size, ref.size)) [best, bestScore] = [h, score];
  }
  return best;
}

const NAMED_ENTITIES: Record<string, string> = { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", nbsp: " " };
const ENTITY_RE = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|quot|apos|lt|gt|nbsp));/gi;
/** Meta values that CMSs escape twice ("&#8217;" left after the parser's decoding). */
function decodeLeftEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(ENTITY_RE, (m, dec?: string, hex?: string, name?: string) => {
    const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : -1;
    if (name) return NAMED_ENTITIES[name.toLowerCase()] ?? m;
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** The first date written in a short text near the headline (after it first, then before it). */
function visibleDate(parts: HeadParts): string | null {
  const texts = parts.shortTexts;
  const at = Math.max(0, parts.h1At);
  for (let i = at; i < Math.min(texts.length, at + AFTER_HEADLINE); i++) {
    const d = findDate(texts[i]!);
    if (d) return d.iso;
  }
  for (let i = at - 1; i >= Math.max(0, at - BEFORE_HEADLINE); i--) {
    const d = findDate(texts[i]!);
    if (d) return d.iso;
  }
  return null;
}

/**
 * Metadata from an HTML page's head and markup: JSON-LD (NewsArticle and kin), meta tags
 * (Open Graph, article:*, Dublin Core, Parse.ly), <title>, <h1>, <time datetime>, canonical link
 * and the page language.
 */
import { dataLines } from "../data/data-files.js";
import {
  dateLine,
  findDate,
  inLocalTime,
  parseDateValue,
  publishedDateIn,
  slashOrderIn,
  slashOrderOf,
  type SlashOrder,
} from "./dates.js";
import { namesOf, textOf, type El, type HtmlTree } from "./html-tree.js";
import { languageCode } from "./language.js";
import { collapseSpaces } from "./collapse-spaces.js";
import { topAlternatives } from "../data/regex-source.js";

/** The metadata a page states, before the outlet suffix is taken off the title. */
export interface HtmlMeta {
  title: string | null;
  /** The <title> element, which usually carries the site's name. */
  pageTitle: string | null;
  /** Whether the title is the text of a heading on the page, which carries no site name. */
  titleShown: boolean;
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
  // Publishing plugins' and indexers' names for the same value.
  "prism.publicationdate",
  "article:published",
  "cxenseparse:recs:publishtime",
  "shareaholic:article_published_time",
];
const TITLE_KEYS = ["og:title", "twitter:title", "parsely-title", "dc.title", "title"];
const SITE_KEYS = ["og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site"];
const AUTHOR_KEYS = ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl"];

/** Whitespace that collapsing changes: a run, or one character other than a plain space. */
const UNCLEAN_SPACE_RE = /[^\S ]| {2}/;
/**
 * Whitespace runs as one space, ends trimmed. Trimming first is the same (trim and `\s` know the
 * same characters), and most texts then hold only single spaces: the replace is skipped for them.
 */
function clean(s: string | null | undefined): string {
  const t = (s ?? "").trim();
  return UNCLEAN_SPACE_RE.test(t) ? collapseSpaces(t) : t;
}

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
  times: Placed[];
  /** Headings that name the article: <h1> and headline-classed h1/h2, in document order. */
  headlines: string[];
  /** Texts of the <h1> elements outside comments, in document order. */
  h1s: string[];
  /** Short texts of date-classed elements outside comments ("Posted on 12. März 2019"), in order. */
  dateTexts: Placed[];
  /** Short visible text pieces outside comments and footers, in order, and where the first <h1> is. */
  shortTexts: string[];
  h1At: number;
  /** Which short texts sit in an element whose class names an update (`<span class="updated">`). */
  updatedTexts: Set<number>;
  /** Headings (h1 to h3) outside comments, with where they sit among the short texts. */
  headings: Placed[];
  /** Where the heading that shows the article's title sits (the first <h1> when none does). */
  anchor: number;
}

/** A text and where it sits: the number of short text pieces before it. */
interface Placed {
  text: string;
  at: number;
  /** Whether its element's class names it a later update ("updated", "last-modified"). */
  updated?: boolean;
}

/** Class or id names of the element holding the publication date. */
const DATE_CLASS_RE = /date|time|datum|zeit|posted|publi|meta|byline|fecha|entry-?info|article-?info/i;
/** A dateline's place before its date: "Bern, ", "NEW YORK (AP) ". */
const DATELINE_PLACE_RE = /^(?:\p{Lu}[\p{L}.' /-]{0,25}(?:\([\p{L} ]{1,12}\))?,?\s+)?$/u;
/** How far into a paragraph a dateline's date may end. */
const DATELINE_CHARS = 60;

/**
 * The dateline opening a paragraph ("Bern, 17.08.2007 – The council…", "27.1.2022 - At the
 * memorial…"): a date, after at most a place, set off from the text by a dash, a bar or a colon.
 */
function datelineOf(text: string): string | null {
  const d = findDate(text.slice(0, DATELINE_CHARS));
  if (!d || !DATELINE_PLACE_RE.test(text.slice(0, d.index))) return null;
  const end = d.index + d.length;
  return /^\s*[-–—|:]\s/.test(text.slice(end)) ? text.slice(0, end) : null;
}

/** Class names of an element holding the date of a later update (hAtom's "updated"). */
const UPDATE_CLASS_RE = /updat|modif|aktualisiert/i;
/**
 * Class names of the publication date, which themes often set beside "updated" on one element
 * (WordPress's `<time class="entry-date published updated">`).
 */
const PUBLISHED_CLASS_RE = /publi|entry-?date|post-?date|created|posted/i;
/** Microdata and RDFa properties of a later change's date. */
const MODIFIED_PROP_RE = /^(?:[a-z]+:)?dateModified$/i;
const isUpdateClass = (names: string) => UPDATE_CLASS_RE.test(names) && !PUBLISHED_CLASS_RE.test(names);

/** RDFa properties that state the publication: `<span property="schema:datePublished" content="…">`. */
const RDFA_DATE_RE = /^(?:[a-z]+:)?(?:datePublished|dateCreated)$/i;
/** Attributes of a date-classed element that may hold its date. */
const DATE_ATTR_RE = /^(?:title|content|data-[\w-]*(?:date|time|publi)[\w-]*)$/i;

/** The value of the first attribute of a date-classed element that holds a date. */
function dateAttribute(attrs: Record<string, string>): string | null {
  for (const [k, v] of Object.entries(attrs))
    if (DATE_ATTR_RE.test(k) && !/modif|updat/i.test(k) && v.length <= MAX_DATE_TEXT && parseDateValue(v)) return v;
  return null;
}

/** Comment sections, whose dates are the readers', not the article's. */
const COMMENT_CLASS_RE = /comment|kommentar|respond|reply|discussion|disqus/i;
/**
 * Class names that mention comments without being a comment box: a CMS's labels for the post's
 * category or tags ("category-kommentar"), its settings ("hidecomments", "comments-open").
 */
const NOT_COMMENT_BOX_RE =
  /^(?:category|tag|post|postid|has|hide|no|front|single|page|type|format)[-_]|hidecomment|comments?[-_](?:open|closed|count|link)/i;

/** A comment section: an element (not the page's <html> or <body>) whose class or id names one. */
function isCommentBox(el: El, names: string): boolean {
  if (names.length <= 2 || el.tag === "body" || el.tag === "html" || !COMMENT_CLASS_RE.test(names)) return false;
  return names.split(/\s+/).some((n) => COMMENT_CLASS_RE.test(n) && !NOT_COMMENT_BOX_RE.test(n));
}
const HEADLINE_CLASS_RE = /headline|entry-?title|post-?title|article-?title|title/i;
const MAX_DATE_TEXT = 120;
/** How many date-classed texts are kept, in page order. */
const MAX_DATE_TEXTS = 8;
/** Date texts that name another moment: the server's clock, a thread's last reply, a document's date. */
const NOT_PUBLISHED = dataLines("extract/date-not-published.txt");
const NOT_PUBLISHED_RE = new RegExp(NOT_PUBLISHED.join("|"), "iu");
/** The patterns among those that can match a text without a digit (most texts are such). */
const NOT_PUBLISHED_WORDS_RE = new RegExp(NOT_PUBLISHED.filter((p) => !needsDigit(p)).join("|") || "(?!)", "iu");

/** Whether a text names some other moment than the publication (NOT_PUBLISHED_RE, tried in two parts). */
const notPublished = (t: string) => (/\d/.test(t) ? NOT_PUBLISHED_RE : NOT_PUBLISHED_WORDS_RE).test(t);

/**
 * Whether a pattern matches only a text with a digit: it opens with a required `\d` and has no
 * alternative of its own outside parentheses.
 */
export function needsDigit(pattern: string): boolean {
  return /^\\d(?![?*]|\{0)/.test(pattern) && topAlternatives(pattern).length === 1;
}
const MIN_DATE_TEXT = 6;
/** How far from the headline, in short text pieces, a visible date line is looked for. */
const AFTER_HEADLINE = 30;
const BEFORE_HEADLINE = 15;
const MAX_HEADLINE = 300;
const HEADING_TAGS = new Set(["h1", "h2", "h3"]);
const MAX_HEADINGS = 200;

function addHeadline(parts: HeadParts, el: El): void {
  const t = clean(textOf(el));
  if (t && t.length <= MAX_HEADLINE) parts.headlines.push(t);
}

/** The state of one walk over a page: what it collects, and the dated values in two ranks. */
interface Walk {
  parts: HeadParts;
  /** Values marked as the publication date (itemprop, pubdate, RDFa). */
  marked: Placed[];
  /** Other <time datetime> values and dates in the attributes of date-classed elements. */
  other: Placed[];
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
    updatedTexts: new Set(),
    headings: [],
    anchor: -1,
  };
  const w: Walk = { parts, marked: [], other: [] };
  walk(w, tree.root, false, false, false);
  parts.times = [...w.marked, ...w.other];
  return parts;
}

/** A text placed after the short texts read so far. */
const placed = (parts: HeadParts, text: string, updated = false): Placed => ({
  text,
  at: parts.shortTexts.length,
  updated,
});

function walk(w: Walk, el: El, inComment: boolean, inArticle: boolean, inUpdated: boolean): void {
  const parts = w.parts;
  const names = namesOf(el);
  // Read once here and handed to visit: attribute objects come in many shapes, their reads are slow.
  const itemprop = el.attrs.itemprop;
  const property = el.attrs.property;
  const prop = itemprop ?? property;
  // Most elements have no class, id or property: the patterns are tried only on those that do.
  const updated =
    inUpdated || (names.length > 1 && isUpdateClass(names)) || (prop !== undefined && MODIFIED_PROP_RE.test(prop));
  // An article's own <footer> holds its date line; the page's footer holds the site's.
  const comment = inComment || (el.tag === "footer" && !inArticle) || isCommentBox(el, names);
  const article = inArticle || el.tag === "article";
  visit(w, el, comment, names, updated, itemprop, property);
  if (el.tag === "h1" && parts.h1At < 0) parts.h1At = parts.shortTexts.length;
  if (!comment && HEADING_TAGS.has(el.tag) && parts.headings.length < MAX_HEADINGS) {
    const t = clean(textOf(el));
    if (t.length >= MIN_H1_CHARS && t.length <= MAX_HEADLINE)
      parts.headings.push({ text: t, at: parts.shortTexts.length });
  }
  for (const k of el.kids) {
    if (typeof k !== "string") walk(w, k, comment, article, updated);
    else if (!comment && el.tag !== "title" && el.tag !== "head") {
      const t = k.trim();
      if (t.length >= MIN_DATE_TEXT && t.length <= MAX_DATE_TEXT && !notPublished(t)) {
        if (updated) parts.updatedTexts.add(parts.shortTexts.length);
        parts.shortTexts.push(t);
      } else if (t.length > MAX_DATE_TEXT) {
        const lead = datelineOf(t);
        if (lead) parts.shortTexts.push(lead);
      }
    }
  }
}

function visit(
  w: Walk,
  el: El,
  inComment: boolean,
  names: string,
  updated: boolean,
  itemprop: string | undefined,
  property: string | undefined,
): void {
  const parts = w.parts;
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
        const headline = headlineWithoutKicker(el);
        if (headline && headline.length >= MIN_H1_CHARS) {
          parts.h1s.push(headline);
          break;
        }
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
  const dateClassed = !inComment && names.length > 2 && DATE_CLASS_RE.test(names);
  if (
    itemprop === "datePublished" ||
    (el.tag === "time" && "pubdate" in a) ||
    (property !== undefined && RDFA_DATE_RE.test(property))
  ) {
    const v = a.datetime ?? a.content ?? clean(textOf(el));
    if (v) w.marked.push(placed(parts, v));
  } else if (el.tag === "time" && a.datetime && !inComment) w.other.push(placed(parts, a.datetime, updated));
  else if (dateClassed && el.tag !== "meta") {
    // A date-classed element may give its date in an attribute only: `<abbr class="published"
    // title="2013-04-04T18:52">`, `<span class="updated" title="…">`, `<div class="date" data-date="…">`.
    const v = dateAttribute(a);
    if (v) w.other.push(placed(parts, v, updated));
  }
  if (dateClassed && parts.dateTexts.length < MAX_DATE_TEXTS) {
    const t = clean(textOf(el));
    if (t && t.length <= MAX_DATE_TEXT && !notPublished(t)) parts.dateTexts.push(placed(parts, t, updated));
  }
}

/** Class names of the kicker set above a headline inside its <h1> ("Klimaschutz", "Tunesien"). */
const KICKER_CLASS_RE =
  /kicker|dachzeile|roof|top-?title|top-?line|over-?line|over-?title|sub-?title|sub-?heading|label|topic|eyebrow|spitzmarke|rubri|small|category|super-?title|pre-?title/i;
/** Class names of text only screen readers get ("Headline:", a ":" between kicker and headline). */
const HIDDEN_CLASS_RE = /visually-?hidden|sr-only|screen-?reader|invisible|aural|offscreen|\bhidden\b/i;
/** Class names of the headline part of an <h1> that also holds a kicker. */
const HEADLINE_PART_RE = /headline|title/i;

interface Piece {
  text: string;
  el: El | null;
}

/**
 * The headline of an <h1> that also holds a kicker, a line set above it in its own element
 * (`<span class="kicker">Climate</span><span class="title">Drilling on</span>`, `<small>Tunisia</small><br>
 * New cabinet sworn in`), or whose text includes words hidden from sight ("Headline:"); null for
 * a plain heading.
 */
export function headlineWithoutKicker(h1: El): string | null {
  let el = h1;
  let hidden = false;
  for (let depth = 0; depth < 4; depth++) {
    const pieces: Piece[] = [];
    let brAfterFirst = false;
    for (const k of el.kids) {
      if (typeof k === "string") {
        const t = clean(k);
        if (t) pieces.push({ text: t, el: null });
      } else if (k.tag === "br") {
        if (pieces.length === 1) brAfterFirst = true;
      } else if (HIDDEN_CLASS_RE.test(namesOf(k))) hidden = true;
      else {
        const t = clean(textOf(k));
        if (t) pieces.push({ text: t, el: k });
      }
    }
    // One element wrapping the whole heading (a link, a span): look inside it.
    if (pieces.length === 1 && pieces[0]!.el && !hidden) {
      el = pieces[0]!.el;
      continue;
    }
    if (pieces.length < 2) return hidden && pieces[0] ? pieces[0].text : null;
    const named = pieces.findIndex(
      (p, i) => i > 0 && p.el && HEADLINE_PART_RE.test(namesOf(p.el)) && !KICKER_CLASS_RE.test(namesOf(p.el)),
    );
    if (named > 0) return pieces[named]!.text;
    const first = pieces[0]!;
    const kicker = first.el && (brAfterFirst || first.el.tag === "small" || KICKER_CLASS_RE.test(namesOf(first.el)));
    if (kicker)
      return pieces
        .slice(1)
        .map((p) => p.text)
        .join(" ");
    return hidden ? pieces.map((p) => p.text).join(" ") : null;
  }
  return null;
}

/** Every object in the page's JSON-LD, @graph and arrays flattened; broken JSON is skipped. */
function jsonLd(scripts: readonly string[]): Json[] {
  const out: Json[] = [];
  for (const script of scripts) {
    try {
      flattenLd(JSON.parse(script), out);
    } catch {
      // A page's broken JSON-LD is common and says nothing: the other sources remain.
    }
  }
  return out;
}

/** Adds `x`'s objects to `out`: arrays and @graph flattened (a module-level function, not a closure per page). */
function flattenLd(x: unknown, out: Json[]): void {
  if (Array.isArray(x)) for (const y of x) flattenLd(y, out);
  else if (x && typeof x === "object") {
    out.push(x as Json);
    if ("@graph" in x) flattenLd((x as Json)["@graph"], out);
  }
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
  return readMeta(tree).meta;
}

/**
 * The publication-date candidates of a parsed page, the date chosen from them and the title they
 * were placed by: for diagnosis (scripts/explain-dates.ts).
 */
export function explainDate(tree: HtmlTree): {
  candidates: DateCandidate[];
  published: string | null;
  title: string | null;
} {
  const r = readMeta(tree);
  return { candidates: r.candidates, published: r.meta.published, title: r.meta.title };
}

/** The page's metadata and the date candidates it was chosen from. */
function readMeta(tree: HtmlTree): { meta: HtmlMeta; candidates: DateCandidate[] } {
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
  const shown = visibleHeadline(stated, parts.h1s) ?? headlineOf(stated, parts.headlines);
  const title = shown ?? stated ?? (parts.h1s[0] || h1 || null);
  const titleShown = !!shown || (!stated && !!title);
  // Site builders give every page a WebPage object with a date; only an article object's is a
  // publication date.
  const dated = article && !types(article).every((t) => t === "WebPage") ? article : undefined;
  parts.anchor = anchorOf(parts, title);
  const order = slashOrderIn(parts.shortTexts.join("\n")) ?? slashOrderOf(parts.lang);
  // The page's locale with its country when it states one ("de_DE" in og:locale, "pt-BR" as lang).
  const locale = [tags.get("og:locale"), parts.lang].find((l) => l && /[-_]/.test(l)) ?? parts.lang;
  const candidates = dateCandidates(parts, dated, order, locale ?? null);
  // A framework's state script is read last: only when nothing the page states or shows gives a date.
  const published =
    chooseDate(candidates) ?? stateJsonDate(tree.stateJson, order, locale ?? null) ?? lastEdit(parts, order);
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
  return { meta: { title, pageTitle, titleShown, published, url, outlet, byline, language }, candidates };
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

/** One value that may state the publication date, where on the page it was read and its reading. */
export interface DateCandidate {
  source: "ld" | "meta" | "time" | "date-class" | "visible";
  value: string;
  iso: string;
  /** Short text pieces from the article's heading to it (negative before), for visible ones. */
  dist: number | null;
  /** Whether its line names it the publication or an update ("Aktualisiert: 11.04.2020"). */
  cue: "published" | "modified" | null;
  /**
   * Whether it is stated as a date, not within a running sentence: metadata, a date-classed
   * element, a cued or short line, a line with little but the date.
   */
  line: boolean;
}

/** A visible text up to this long stating a date is a date line ("Von Ann Berg | 3. Mai 2021"). */
const SHORT_DATE_LINE = 40;
const isLine = (source: DateCandidate["source"], text: string, cue: DateCandidate["cue"], order: SlashOrder | null) =>
  source !== "visible" || cue === "published" || text.length <= SHORT_DATE_LINE || dateLine(text, order) !== null;

/** Every value that may state the publication date, most trusted first. */
function dateCandidates(
  parts: HeadParts,
  dated: Json | undefined,
  order: SlashOrder | null,
  locale: string | null,
): DateCandidate[] {
  const out: DateCandidate[] = [];
  const anchor = parts.anchor;
  const distOf = (at: number | undefined) => (at === undefined || anchor < 0 ? null : at - anchor);
  const add = (source: DateCandidate["source"], v: string | null | undefined, at?: number, updated = false) => {
    const read = v ? parseDateValue(v, order) : null;
    const iso = read && inLocalTime(read, locale);
    if (v && iso) out.push({ source, value: v, iso, dist: distOf(at), cue: updated ? "modified" : null, line: true });
  };
  const addText = (source: DateCandidate["source"], text: string, at: number, updated = false) => {
    const d = publishedDateIn(text, order);
    if (!d) return;
    // An update-classed element's date is the update's unless its own words say otherwise.
    const cue = d.cue ?? (updated ? "modified" : null);
    out.push({ source, value: text, iso: d.iso, dist: distOf(at), cue, line: isLine(source, text, cue, order) });
  };
  add("ld", str(dated?.datePublished));
  for (const k of DATE_KEYS) add("meta", parts.tags.get(k));
  for (const t of parts.times) add("time", t.text, t.at, t.updated);
  add("ld", str(dated?.dateCreated));
  for (const t of parts.dateTexts) {
    const d = distOf(t.at);
    if (d === null || (d >= -BEFORE_HEADLINE && d < AFTER_HEADLINE)) addText("date-class", t.text, t.at, t.updated);
  }
  const texts = parts.shortTexts;
  const at = Math.max(0, anchor);
  const upd = parts.updatedTexts;
  for (let i = at; i < Math.min(texts.length, at + AFTER_HEADLINE); i++) addText("visible", texts[i]!, i, upd.has(i));
  for (let i = at - 1; i >= Math.max(0, at - BEFORE_HEADLINE); i--) addText("visible", texts[i]!, i, upd.has(i));
  // Further away, only a line that says it gives the publication ("Veröffentlicht am 16.08.2019"
  // under a podcast player).
  for (let i = 0; i < texts.length; i++) {
    if (i >= at - BEFORE_HEADLINE && i < at + AFTER_HEADLINE) continue;
    const d = publishedDateIn(texts[i]!, order);
    if (d?.cue === "published")
      out.push({ source: "visible", value: texts[i]!, iso: d.iso, dist: i - at, cue: d.cue, line: true });
  }
  return out;
}

/**
 * The date a line anywhere on the page names as the last change ("This page was last edited on
 * 3 May 2021", a wiki's footer): the page's own date when it states no other.
 */
function lastEdit(parts: HeadParts, order: SlashOrder | null): string | null {
  for (const t of parts.shortTexts) {
    if (!DIGIT_RE.test(t)) continue;
    const d = publishedDateIn(t, order);
    if (d?.cue === "modified") return d.iso;
  }
  return null;
}
const DIGIT_RE = /\d/;

/** Keys of JSON state data naming the publication, then (after "---") the creation. */
const STATE_DATE_KEYS: string[][] = (() => {
  const lines = dataLines("extract/date-json-keys.txt");
  const cut = lines.indexOf("---");
  return cut < 0 ? [lines] : [lines.slice(0, cut), lines.slice(cut + 1)];
})();
/**
 * What follows a key's name in JSON, escaped JSON within a string too: its closing quote, the
 * colon and a short string value or a Unix time in seconds or milliseconds.
 */
const STATE_VALUE_RE = /^\\?"\s*:\s*(?:\\?"([^"\\]{6,40})\\?"|(\d{10}|\d{13})(?![\d.]))/;
/** How many places of one key in one script are tried before it is given up. */
const STATE_KEY_TRIES = 20;

/**
 * The publication date in a page's JSON state scripts (Next.js's `__NEXT_DATA__`, a shop's
 * article object): the first value in page order of a key naming the publication, else of one
 * naming the creation. Only a raw scan of the text for the listed keys, no JSON parse.
 */
function stateJsonDate(scripts: readonly string[], order: SlashOrder | null, locale: string | null): string | null {
  for (const keys of STATE_DATE_KEYS) {
    for (const text of scripts) {
      let best: { at: number; iso: string } | null = null;
      for (const key of keys) {
        const needle = `"${key}`;
        for (let i = text.indexOf(needle), n = 0; i >= 0 && n < STATE_KEY_TRIES; i = text.indexOf(needle, i + 1), n++) {
          if (best && i >= best.at) break;
          const m = STATE_VALUE_RE.exec(text.slice(i + needle.length, i + needle.length + 80));
          if (!m) continue;
          const value = m[1] ?? new Date(Number(m[2]) * (m[2]!.length === 10 ? 1000 : 1)).toISOString();
          const read = parseDateValue(value, order);
          const iso = read && inLocalTime(read, locale);
          if (iso) {
            best = { at: i, iso };
            break;
          }
        }
      }
      if (best) return best.iso;
    }
  }
  return null;
}

/** How many short text pieces after the heading a date line belongs to the article's header. */
const HEADER_LINES = 5;
/** How many short text pieces above the heading a date line still belongs to its header. */
const ABOVE_HEADLINE = 2;

/**
 * The publication date the candidates give. A date line just under the headline is what the page
 * shows its readers and wins over the head's metadata, which CMSs fill with the first draft's or
 * the last edit's time (the metadata's value is kept when it gives the same day, for its time of
 * day); then the metadata in order of trust; then other visible date lines that are no list's
 * items. Dates a line names as an update come last.
 */
function chooseDate(candidates: readonly DateCandidate[]): string | null {
  const usable = candidates.filter((c) => c.cue !== "modified");
  // The header's date line is the one nearest the heading, under it or just above: those further
  // down may be a list of other posts.
  let header: DateCandidate | undefined;
  const rank = (d: number) => (d >= 0 ? d : 0.5 - d);
  for (const c of usable)
    if (
      (c.source === "visible" || c.source === "date-class") &&
      c.line &&
      c.dist !== null &&
      c.dist >= -ABOVE_HEADLINE &&
      c.dist <= HEADER_LINES &&
      (!header || rank(c.dist) < rank(header.dist!))
    )
      header = c;
  const stated = usable.find((c) => c.source !== "visible" && c.source !== "date-class");
  // The metadata's value, with its time and zone, when it gives the day the header shows.
  if (header && stated && stated.iso.slice(0, 10) === header.iso.slice(0, 10)) return stated.iso;
  // A header date that is the metadata's with day and month swapped ("11/01/2021" on a page whose
  // metadata says 1 November) is the same date written in the order the page's language does not use.
  if (header && stated && SLASHED_RE.test(header.value) && !SLASHED_RE.test(stated.value)) {
    if (swapped(header.iso) === stated.iso.slice(0, 10)) return stated.iso;
  }
  // Dates listed one after another under the heading are a list of other posts, not the header's.
  if (header && stated && stated.source !== "time" && isDateList(usable, header)) return stated.iso;
  if (header && !stated && isDateList(usable, header)) header = undefined;
  // A running sentence's date away from the header tells the story, not the publication; a date
  // among a list of dates is one of some posts' or events'.
  const listed = (c: DateCandidate) =>
    (c.source === "visible" || c.source === "date-class") && c.dist !== null && inDateList(candidates, c);
  const fallback = usable.find(
    (c) => (c.line || (c.dist !== null && c.dist >= -1 && c.dist <= HEADER_LINES)) && !listed(c),
  );
  return (header ?? fallback ?? candidates.find((c) => c.line && !listed(c)))?.iso ?? null;
}

const SLASHED_RE = /\d\/\d/;

/** A date's day with its day and month swapped, when both can be a month ("2021-01-11" → "2021-11-01"). */
function swapped(iso: string): string | null {
  const [y, m, d] = iso.slice(0, 10).split("-");
  return Number(d) <= 12 && m !== d ? `${y}-${d}-${m}` : null;
}

/** How many short text pieces after a header date other dates are counted as a list. */
const LIST_LINES = 8;
/** Distinct other days that make the dates after a header date a list. */
const LIST_DAYS = 2;

/** Whether a date line sits among date lines for other days, before or after it: a list's item. */
function inDateList(candidates: readonly DateCandidate[], item: DateCandidate): boolean {
  const days = new Set<string>();
  for (const c of candidates)
    if (c.source === "visible" && c.line && c.dist !== null && Math.abs(c.dist - item.dist!) <= LIST_LINES)
      days.add(c.iso.slice(0, 10));
  days.delete(item.iso.slice(0, 10));
  return days.size >= LIST_DAYS;
}

/** Whether the header date opens a run of date lines for other days: a list of posts or links. */
function isDateList(candidates: readonly DateCandidate[], header: DateCandidate): boolean {
  const days = new Set<string>();
  for (const c of candidates)
    if (
      c.source === "visible" &&
      c.line &&
      c.dist !== null &&
      c.dist > header.dist! &&
      c.dist <= header.dist! + LIST_LINES
    )
      days.add(c.iso.slice(0, 10));
  days.delete(header.iso.slice(0, 10));
  return days.size >= LIST_DAYS;
}

/**
 * Where the article's heading sits among the short texts: the heading that shows the title (the
 * first <h1> is often the logo or a hidden "Navigation" label), else the first <h1>.
 */
function anchorOf(parts: HeadParts, title: string | null): number {
  const t = title ? letters(title) : "";
  if (t.length >= MIN_HEADLINE_CHARS) {
    // Each heading's letters are read once for both searches.
    const headings = parts.headings;
    const known: (string | undefined)[] = [];
    const lettersAt = (i: number) => (known[i] ??= letters(headings[i]!.text));
    for (let i = 0; i < headings.length; i++) if (lettersAt(i) === t) return headings[i]!.at;
    for (let i = 0; i < headings.length; i++) {
      const l = lettersAt(i);
      if (l.length >= 20 && (t.startsWith(l) || l.startsWith(t) || t.endsWith(l) || l.endsWith(t)))
        return headings[i]!.at;
    }
  }
  return parts.h1At;
}
const NOT_LETTERS_RE = /[^\p{L}\p{N}]+/gu;
const letters = (s: string) => s.toLowerCase().replace(NOT_LETTERS_RE, "");

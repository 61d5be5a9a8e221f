/**
 * Metadata from an HTML page's head and markup: JSON-LD (NewsArticle and kin), meta tags
 * (Open Graph, article:*, Dublin Core, Parse.ly), <title>, <h1>, <time datetime>, canonical link
 * and the page language.
 */
import { parseDateValue } from "./dates.js";
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

type Doc = Document;
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

/** The page's meta tags by lower-case name, property or itemprop (first value wins). */
function metaTags(doc: Doc): Map<string, string> {
  const tags = new Map<string, string>();
  for (const el of doc.querySelectorAll("meta")) {
    const key = (
      el.getAttribute("property") ??
      el.getAttribute("name") ??
      el.getAttribute("itemprop") ??
      ""
    ).toLowerCase();
    const value = clean(el.getAttribute("content"));
    if (key && value && !tags.has(key)) tags.set(key, value);
  }
  return tags;
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

/** Reads the metadata of a parsed page, given the text of its JSON-LD scripts. */
export function readHtmlMeta(doc: Doc, ldScripts: readonly string[]): HtmlMeta {
  const tags = metaTags(doc);
  const ld = jsonLd(ldScripts);
  const article =
    ld.find((o) => types(o).some((t) => ARTICLE_TYPES.test(t) && t !== "WebPage")) ??
    ld.find((o) => types(o).includes("WebPage"));
  const first = (keys: string[]) => keys.map((k) => tags.get(k)).find(Boolean) ?? null;
  const h1 = clean(doc.querySelector("h1")?.textContent);
  const pageTitle = clean(doc.querySelector("title")?.textContent) || null;
  const title = str(article?.headline) ?? first(TITLE_KEYS) ?? (h1 || null) ?? pageTitle;
  const published =
    [str(article?.datePublished), ...DATE_KEYS.map((k) => tags.get(k)), ...timeElements(doc), str(article?.dateCreated)]
      .map((v) => (v ? parseDateValue(v) : null))
      .find(Boolean) ?? null;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href");
  const url = [canonical, tags.get("og:url"), str(article?.url)].map(clean).find((u) => /^https?:\/\//.test(u)) ?? null;
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
    languageCode(doc.documentElement?.getAttribute("lang")) ??
    languageCode(
      tags.get("content-language") ??
        doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute("content"),
    ) ??
    languageCode(tags.get("og:locale")) ??
    languageCode(str(article?.inLanguage));
  return { title, pageTitle, published, url, outlet, byline, language };
}

/** <time datetime> values, those marked as the publication time first. */
function timeElements(doc: Doc): string[] {
  const marked = doc.querySelectorAll('time[itemprop="datePublished"], time[pubdate], [itemprop="datePublished"]');
  const all = doc.querySelectorAll("time[datetime]");
  return [...marked, ...all]
    .map((el) => el.getAttribute("datetime") ?? el.getAttribute("content") ?? "")
    .filter(Boolean);
}

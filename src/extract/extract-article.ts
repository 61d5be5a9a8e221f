/**
 * One article's extraction, outlined:
 *   1. read the page (text scrape or HTML) into blocks and what its head says;
 *   2. clean the blocks (clean-blocks.ts) and assemble the text with its caption spans;
 *   3. settle each metadata field from its sources in order of trust, the caller's values first.
 */
import type { Issue, Meta, Raw, Source, Span } from "../model/schema.js";
import { assemble, type Block } from "./block.js";
import { cleanBlocks, type Findings } from "./clean-blocks.js";
import { dateFromUrl, parseDateValue } from "./dates.js";
import { readHtmlPage } from "./html-page.js";
import { detectLanguage } from "./language.js";
import { outletFromUrl, splitTitleSuffix } from "./outlet.js";
import { readTextScrape, type TextScrape } from "./text-scrape.js";

/** What extraction gives an article. */
export interface Extracted {
  text: string;
  captions: Span[];
  meta: Meta;
  issues: Issue[];
}

/** What a reader found in a page besides its blocks. */
export interface PageHints {
  blocks: Block[];
  title: string | null;
  titleSite: string | null;
  published: string | null;
  url: string | null;
  outlet: string | null;
  byline: string[];
  agencies: string[];
  outletCues: string[];
  language: string | null;
  issues: Issue[];
  /** The blocks already cleaned by the reader (HTML pages clean each pass to choose one), with what cleaning found. */
  cleaned?: { blocks: Block[]; found: Findings };
}

const issue = (code: string, message: string): Issue => ({ code, stage: "extract", message });
const unique = (xs: string[]) => [...new Set(xs.map((x) => x.trim()).filter(Boolean))];

/**
 * A text scrape's hints, field by field: a spread with added fields takes V8's generic copy, which
 * costs more than the rest of this function.
 */
function textHints(t: TextScrape): PageHints {
  return {
    blocks: t.blocks,
    title: t.title,
    titleSite: t.titleSite,
    published: t.published,
    url: t.url,
    outlet: null,
    byline: t.byline,
    agencies: t.agencies,
    outletCues: t.outletCues,
    language: null,
    issues: [],
  };
}

/** Extracts body and metadata from one raw document. */
export function extractArticle(raw: Raw, source: Source): Extracted {
  // 1. Read.
  const page: PageHints = raw.format === "html" ? readHtmlPage(raw.body) : textHints(readTextScrape(raw.body));
  // 2. Clean and assemble.
  const found: Findings = page.cleaned?.found ?? { agencies: [], byline: [], outletCues: [], dates: [] };
  const { text, captions } = assemble(page.cleaned?.blocks ?? cleanBlocks(page.blocks, found));
  const issues = [...page.issues];
  if (!text) issues.push(issue("no-body", "no article body found"));
  // 3. Metadata.
  const given = raw.given ?? {};
  const url = given.url ?? page.url ?? source.url ?? null;
  const pageSource = raw.format === "html" ? "html" : "text";
  let published: string | null = null;
  let publishedSource: Meta["published_source"] = null;
  if (given.published) [published, publishedSource] = [parseDateValue(given.published) ?? given.published, "input"];
  // The date the page states (its header line or metadata) wins over a date in the address: the
  // address keeps the day a CMS first filed the page, which a republished or re-dated page no
  // longer shows its readers.
  else if (page.published) [published, publishedSource] = [page.published, pageSource];
  else {
    // Read only when needed: parsing the address (a URL object) costs more than the steps above.
    const fromUrl = (url && dateFromUrl(url)) || (source.url && dateFromUrl(source.url)) || null;
    // A whole date in the address is the page's own filing date, trusted over a date in the text.
    if (fromUrl && raw.format === "html") [published, publishedSource] = [fromUrl, "url"];
    else if (found.dates[0]) [published, publishedSource] = [found.dates[0], pageSource];
    else if (fromUrl) [published, publishedSource] = [fromUrl, "url"];
  }
  const title = given.title ? splitTitleSuffix(given.title).title : page.title;
  const outlet =
    given.outlet ??
    page.outlet ??
    (url ? outletFromUrl(url) : null) ??
    page.titleSite ??
    [...page.outletCues, ...found.outletCues][0] ??
    null;
  const byline = unique([...page.byline, ...found.byline]);
  const meta: Meta = {
    title: title || null,
    published,
    published_source: publishedSource,
    outlet,
    url,
    byline,
    agencies: unique([...page.agencies, ...found.agencies]),
    language: page.language ?? detectLanguage(text),
  };
  return { text, captions, meta, issues };
}

/**
 * The self-contained HTML report of a corpus: counts, one section per story with its timeline,
 * then every article with its annotations. One file, inline CSS and script, no external assets,
 * so it can be mailed or opened offline.
 */
import type { Article, Corpus, Event } from "../model/schema.js";
import { Anchors } from "./anchors.js";
import { outletOf, QUAD_NAME } from "./describe.js";
import { escapeHtml } from "./escape.js";
import { renderArticle } from "./render-article.js";
import { renderStory, type Lookup } from "./render-timeline.js";
import { REPORT_CSS } from "./report.css.js";
import { REPORT_SCRIPT } from "./report-script.js";

/** Options of {@link renderReport}. */
export interface ReportOptions {
  /** Page title; "Storyline report" when absent. */
  title?: string;
  /** When the report was made, as the caller wants it shown (the renderer reads no clock). */
  generated?: string;
}

/** Renders the whole corpus as one HTML page. */
export function renderReport(corpus: Corpus, options: ReportOptions = {}): string {
  const title = options.title ?? "Storyline report";
  const anchors = new Anchors(corpus.articles);
  const lookup = makeLookup(corpus.articles);
  const inStory = new Set(corpus.stories.flatMap((s) => s.articles));
  const loose = corpus.articles.filter((a) => !inStory.has(a.id));
  const outlets = new Set(corpus.articles.map(outletOf).filter(Boolean));
  const storyEvents = corpus.stories.reduce((n, s) => n + s.events.length, 0);
  const mentions = corpus.articles.reduce((n, a) => n + a.events.length, 0);

  const stats = [
    [corpus.articles.length, "articles"],
    [corpus.stories.length, "stories"],
    [storyEvents, "events"],
    [mentions, "event mentions"],
    [outlets.size, "outlets"],
  ]
    .map(([n, label]) => `<div class="stat"><b>${n}</b><span>${label}</span></div>`)
    .join("");
  const toc = corpus.stories.map((s, i) => `<a href="#s${i}">${escapeHtml(s.title)}</a>`).join("");
  const stories = corpus.stories.map((s, i) => renderStory(s, i, lookup, anchors)).join("\n");
  const storyArticles = corpus.articles.filter((a) => inStory.has(a.id)).map((a) => renderArticle(a, anchors));
  const looseArticles = loose.map((a) => renderArticle(a, anchors));

  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><style>${REPORT_CSS}</style></head>
<body>
<header class="top"><h1>${escapeHtml(title)}</h1>${options.generated ? `<div class="gen">generated ${escapeHtml(options.generated)}</div>` : ""}
<div class="stats">${stats}</div></header>
<main>
<div class="toolbar"><input type="search" id="filter" placeholder="Filter events: type, actor, country, status…" aria-label="Filter events">
${quadToggles()}<span class="shown" id="shown"></span></div>
${toc ? `<nav class="toc">Stories: ${toc}</nav>` : ""}
${legend()}
<h2 class="sec">Stories</h2>
${stories || `<p class="empty">No stories: the link stage has not grouped these articles.</p>`}
<h2 class="sec">Articles</h2>
${storyArticles.join("\n")}
${looseArticles.length ? `<h2 class="sec">Articles in no story</h2>\n${looseArticles.join("\n")}` : ""}
<footer>Made by Storyline. Hover a highlighted word to see what was recognised; click an event to jump to the sentence that reports it.</footer>
</main>
<div id="tip" role="tooltip"></div>
<script>${REPORT_SCRIPT}</script>
</body></html>
`;
}

function makeLookup(articles: readonly Article[]): Lookup {
  const byId = new Map<string, Article>();
  const events = new Map<string, Map<string, Event>>();
  for (const a of articles) {
    if (byId.has(a.id)) continue;
    byId.set(a.id, a);
    events.set(a.id, new Map(a.events.map((e) => [e.id, e])));
  }
  return {
    article: (id) => byId.get(id),
    event: (articleId, eventId) => events.get(articleId)?.get(eventId),
  };
}

const QUAD_SHORT = { 1: "verbal coop.", 2: "material coop.", 3: "verbal conflict", 4: "material conflict" } as const;

function quadToggles(): string {
  return ([1, 2, 3, 4] as const)
    .map(
      (q) =>
        `<label title="${QUAD_NAME[q]}"><input type="checkbox" data-quad="${q}" checked> <span class="badge quad-${q}">${q}</span> ${QUAD_SHORT[q]}</label>`,
    )
    .join("");
}

function legend(): string {
  const kinds = ["PERSON", "ORG", "PLACE", "GROUP"].map((k) => `<span class="ent ent-${k}">${k.toLowerCase()}</span>`);
  return `<div class="legend"><b>Key</b>${kinds.join("")}<span class="ent ent-PERSON unlinked">unlinked name</span><span class="q">direct quote</span><span class="q q-indirect">reported speech</span><span class="tm">time</span>${[1, 2, 3, 4].map((q) => `<span class="ev quad-${q}">event (${QUAD_NAME[q as 1]})</span>`).join("")}</div>`;
}

/**
 * One article of the report: its metadata and its text with entities, times, quotes and event
 * triggers highlighted, each with a tooltip saying what the pipeline made of it.
 */
import type { Article, Entity, Event, Quote, Time } from "../model/schema.js";
import type { Anchors } from "./anchors.js";
import { actorLabel, actorsLabel, count, outletOf, prettyDate, quadOf } from "./describe.js";
import { escapeHtml, safeHref } from "./escape.js";
import { highlight, type Mark } from "./highlight.js";

/** Nesting ranks: a quote encloses the triggers and names inside it, a name encloses a date. */
const LAYER = { caption: 0, quote: 1, event: 2, entity: 3, time: 4 } as const;

/** The `<details>` section of one article. */
export function renderArticle(article: Article, anchors: Anchors): string {
  const id = anchors.article(article.id) ?? "";
  const m = article.meta;
  const title = m.title?.trim() || article.source.path || article.id;
  const summary = [outletOf(article), displayDate(article)].filter(Boolean).join(" · ");
  return `<details class="article" id="${escapeHtml(id)}">
<summary><span class="a-title">${escapeHtml(title)}</span> <span class="a-sub">${escapeHtml(summary)}</span>
<span class="a-counts">${article.entities.length} entities · ${count(article.quotes.length, "quote")} · ${count(article.events.length, "event")}</span></summary>
${renderMeta(article)}
<div class="a-text">${highlight(article.text, articleMarks(article, anchors))}</div>
${renderEventList(article, anchors)}${renderIssues(article)}
</details>`;
}

/** The publication date as shown, flagged when the link stage inferred it. */
export function displayDate(article: Article): string {
  const p = article.meta.published;
  if (!p) return "no date";
  return article.meta.published_source === "inferred" ? `${prettyDate(p)} (inferred)` : prettyDate(p);
}

/** Every highlighted span of the article. */
export function articleMarks(article: Article, anchors: Anchors): Mark[] {
  const marks: Mark[] = [];
  for (const c of article.captions) marks.push({ ...c, cls: "cap", tip: "photo caption", layer: LAYER.caption });
  for (const q of article.quotes) marks.push(quoteMark(q));
  for (const e of article.events) marks.push(eventMark(e, anchors.mention(article.id, e.id)));
  for (const e of article.entities) marks.push(entityMark(e));
  for (const t of article.times) marks.push(timeMark(t));
  return marks;
}

function quoteMark(q: Quote): Mark {
  const who = q.speaker ? q.speaker.text + (q.speaker.actor ? ` — ${actorLabel(q.speaker.actor)}` : "") : "unknown";
  const tip = [`${q.kind} quote`, `speaker: ${who}`, q.cue ? `cue: ${q.cue}` : ""].filter(Boolean).join("\n");
  return { start: q.start, end: q.end, cls: `q q-${q.kind}`, tip, layer: LAYER.quote };
}

function eventMark(e: Event, id: string | null): Mark {
  const quad = quadOf(e.event, e.quad_code);
  const head = [e.event, e.mode, e.cameo ? `CAMEO ${e.cameo}` : ""].filter(Boolean).join(" · ");
  const tip = [
    head,
    `${actorsLabel(e.actor)} → ${actorsLabel(e.recipient)}`,
    `status: ${e.status}` + (e.claimed_by ? ` (claimed by ${actorLabel(e.claimed_by)})` : ""),
    `date: ${e.date ?? "unknown"}` + (e.date_text ? ` (“${e.date_text}”)` : ""),
    e.why ? `why: ${e.why}` : "",
  ]
    .filter(Boolean)
    .join("\n");
  return {
    start: e.text_info.start,
    end: e.text_info.end,
    cls: `ev quad-${quad}`,
    tip,
    layer: LAYER.event,
    ...(id ? { id } : {}),
  };
}

function entityMark(e: Entity): Mark {
  const lines: string[] = [e.kind];
  if (e.actor) lines.push(`actor: ${actorLabel(e.actor)}`);
  if (e.place) lines.push(`place: ${e.place.name} (${e.place.country})`);
  if (e.via) lines.push(`via: ${e.via}`);
  const linked = e.actor || e.place ? "" : " unlinked";
  return { start: e.start, end: e.end, cls: `ent ent-${e.kind}${linked}`, tip: lines.join("\n"), layer: LAYER.entity };
}

function timeMark(t: Time): Mark {
  return { start: t.start, end: t.end, cls: "tm", tip: `${t.type}: ${t.value}`, layer: LAYER.time };
}

function renderMeta(article: Article): string {
  const m = article.meta;
  const rows: [string, string][] = [];
  const outlet = outletOf(article);
  if (outlet) rows.push(["outlet", escapeHtml(outlet)]);
  rows.push([
    "published",
    escapeHtml(displayDate(article) + (m.published && m.published_source ? ` — from ${m.published_source}` : "")),
  ]);
  if (m.byline.length) rows.push(["byline", escapeHtml(m.byline.join(", "))]);
  if (m.agencies.length) rows.push(["agencies", escapeHtml(m.agencies.join(", "))]);
  const href = safeHref(m.url ?? article.source.url);
  if (href) rows.push(["url", `<a href="${href}" rel="noopener noreferrer">${href}</a>`]);
  else if (article.source.path) rows.push(["file", escapeHtml(article.source.path)]);
  return `<dl class="a-meta">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join("")}</dl>`;
}

function renderEventList(article: Article, anchors: Anchors): string {
  if (!article.events.length) return "";
  const items = article.events.map((e) => {
    const id = anchors.mention(article.id, e.id);
    const quad = quadOf(e.event, e.quad_code);
    const label = `${actorsLabel(e.actor)} → ${actorsLabel(e.recipient)}`;
    const text = id ? `<a href="#${id}">${escapeHtml(e.event_text)}</a>` : escapeHtml(e.event_text);
    const st = escapeHtml(e.status);
    return `<li><span class="badge quad-${quad}">${escapeHtml(e.event)}</span> ${escapeHtml(label)} <span class="status st-${st}">${st}</span> “${text}”</li>`;
  });
  return `<ul class="a-events">${items.join("")}</ul>`;
}

function renderIssues(article: Article): string {
  if (!article.issues.length) return "";
  const items = article.issues.map(
    (i) => `<li><b>${escapeHtml(i.stage)}</b> ${escapeHtml(i.code)}: ${escapeHtml(i.message)}</li>`,
  );
  return `<ul class="a-issues">${items.join("")}</ul>`;
}

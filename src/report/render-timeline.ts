/**
 * One story of the report: its articles and the vertical timeline of its merged events, each
 * event showing who did what to whom, how sure the sources are, and the sentence that says it.
 */
import type { Article, Event, Story, StoryEvent } from "../model/schema.js";
import type { Anchors } from "./anchors.js";
import { actorLabel, count, outletOf, prettyDate, quadOf } from "./describe.js";
import { escapeHtml } from "./escape.js";
import { displayDate } from "./render-article.js";

/** Longest snippet of the mention sentence shown under an event; longer ones are cut around the trigger. */
const SNIPPET_MAX = 280;

/** Looks up articles and their events by id. */
export interface Lookup {
  article(id: string): Article | undefined;
  event(articleId: string, eventId: string): Event | undefined;
}

/** The section of one story: header, article list, timeline. */
export function renderStory(story: Story, index: number, lookup: Lookup, anchors: Anchors): string {
  const outlets = new Set(
    story.articles
      .map((id) => {
        const a = lookup.article(id);
        return a && outletOf(a);
      })
      .filter(Boolean),
  );
  const articles = story.articles.map((id) => storyArticle(id, lookup, anchors)).join("");
  return `<section class="story" id="s${index}">
<h2>${escapeHtml(story.title)}</h2>
<p class="story-sub">${count(story.articles.length, "article")} · ${count(story.events.length, "event")} · ${count(outlets.size, "outlet")}</p>
<ol class="story-articles">${articles}</ol>
${renderTimeline(story.events, lookup, anchors)}
</section>`;
}

function storyArticle(id: string, lookup: Lookup, anchors: Anchors): string {
  const a = lookup.article(id);
  if (!a) return `<li class="missing">${escapeHtml(id)} (not in this corpus)</li>`;
  const title = escapeHtml(a.meta.title?.trim() || a.id);
  const anchor = anchors.article(id);
  const link = anchor ? `<a href="#${anchor}">${title}</a>` : title;
  const sub = [outletOf(a), displayDate(a)].filter(Boolean).join(" · ");
  return `<li>${link} <span class="sub">${escapeHtml(sub)}</span></li>`;
}

/** The events of a story, in the order given, with a date heading whenever the date changes. */
export function renderTimeline(events: readonly StoryEvent[], lookup: Lookup, anchors: Anchors): string {
  if (!events.length) return `<p class="empty">No events coded for this story.</p>`;
  const items: string[] = [];
  let lastDate: string | null | undefined;
  for (const ev of events) {
    if (ev.date !== lastDate) {
      const label = ev.date ? prettyDate(ev.date) + (ev.date_inferred ? " (date inferred)" : "") : "undated";
      items.push(`<li class="tl-date${ev.date ? "" : " undated"}">${escapeHtml(label)}</li>`);
      lastDate = ev.date;
    }
    items.push(renderEvent(ev, lookup, anchors));
  }
  return `<ol class="timeline">${items.join("")}</ol>`;
}

function renderEvent(ev: StoryEvent, lookup: Lookup, anchors: Anchors): string {
  const first = ev.mentions.map((m) => lookup.event(m.article, m.event)).find(Boolean);
  const quad = quadOf(ev.event, first?.quad_code);
  const filter = [
    ev.event,
    first?.mode,
    ev.cameo,
    ev.status,
    ...ev.actor.map(actorLabel),
    ...ev.recipient.map(actorLabel),
  ]
    .filter(Boolean)
    .join(" ")
    .toLowerCase();
  const type = escapeHtml(ev.event);
  const status = escapeHtml(ev.status);
  return `<li class="tl-item quad-${quad}" data-quad="${quad}" data-filter="${escapeHtml(filter)}" data-event="${escapeHtml(ev.id)}">
<div class="tl-head"><span class="badge quad-${quad}">${type}</span>${first?.mode ? `<span class="mode">${escapeHtml(first.mode)}</span>` : ""}${ev.cameo ? `<span class="cameo">CAMEO ${escapeHtml(ev.cameo)}</span>` : ""}
<span class="status st-${status}">${status}</span></div>
<div class="tl-actors">${actorsHtml(ev.actor)} <span class="arrow">→</span> ${actorsHtml(ev.recipient)}</div>
${snippet(ev, lookup, anchors)}
<div class="tl-sources">${sourcesLine(ev)}</div>
<div class="tl-mentions">read in: ${mentionLinks(ev, lookup, anchors)}</div>${conflicts(ev, lookup)}
</li>`;
}

function actorsHtml(actors: StoryEvent["actor"]): string {
  if (!actors.length) return `<span class="actor none">—</span>`;
  return actors
    .map((a) => {
      const code = [a.country, a.sector].filter(Boolean).join(" ");
      return `<span class="actor">${escapeHtml(a.name)} <span class="cc">${escapeHtml(code)}</span></span>`;
    })
    .join(" ");
}

/** The sentence of the first mention that can be found, trigger in bold, linked to the article. */
function snippet(ev: StoryEvent, lookup: Lookup, anchors: Anchors): string {
  for (const m of ev.mentions) {
    const a = lookup.article(m.article);
    const e = lookup.event(m.article, m.event);
    if (!a || !e) continue;
    const { start, end } = e.text_info;
    const sent = a.sentences.find((s) => s.start <= start && start < s.end) ?? { start, end };
    let from = Math.min(sent.start, start);
    let to = Math.max(sent.end, end);
    if (to - from > SNIPPET_MAX) {
      from = Math.max(from, start - SNIPPET_MAX / 2);
      to = Math.min(to, Math.max(end, from + SNIPPET_MAX));
    }
    const pre = (from > sent.start ? "…" : "") + a.text.slice(from, start);
    const post = a.text.slice(end, to) + (to < sent.end ? "…" : "");
    const html = `${escapeHtml(pre)}<b>${escapeHtml(a.text.slice(start, end))}</b>${escapeHtml(post)}`;
    const id = anchors.mention(m.article, m.event);
    const body = id ? `<a href="#${id}" class="jump">${html}</a>` : html;
    return `<blockquote class="tl-quote">${body}</blockquote>`;
  }
  return "";
}

function sourcesLine(ev: StoryEvent): string {
  const n = ev.sources.length;
  const indep = ev.independent_sources;
  const names = ev.sources.map(escapeHtml).join(", ");
  const line = `${count(n, "source")}, <b>${indep} independent</b>`;
  return n ? `${line}: ${names}` : line;
}

function mentionLinks(ev: StoryEvent, lookup: Lookup, anchors: Anchors): string {
  return ev.mentions
    .map((m) => {
      const a = lookup.article(m.article);
      const label = escapeHtml((a && (outletOf(a) || a.meta.title)) || m.article);
      const id = anchors.mention(m.article, m.event);
      const tip = a?.meta.title ? ` title="${escapeHtml(a.meta.title)}"` : "";
      return id ? `<a href="#${id}"${tip}>${label}</a>` : `<span${tip}>${label}</span>`;
    })
    .join(" ");
}

function conflicts(ev: StoryEvent, lookup: Lookup): string {
  if (!ev.conflicts?.length) return "";
  const parts = ev.conflicts.map((c) => {
    const a = lookup.article(c.article);
    const outlet = (a && outletOf(a)) ?? c.article;
    return `${escapeHtml(outlet)}: ${escapeHtml(c.status)}`;
  });
  return `\n<div class="tl-conflicts">⚠ sources disagree — ${parts.join("; ")}</div>`;
}

/**
 * Renders text with possibly overlapping annotated spans as properly nested HTML.
 *
 * Entities, quotes, times and event triggers overlap freely (a quote contains entities; a
 * trigger may straddle an entity's edge), so spans cannot simply be wrapped in tags. Instead the
 * text is cut at every span boundary; each piece is wrapped in one tag per span that covers it,
 * outermost first, and all of them are closed before the next piece. Tags are therefore
 * balanced by construction, at the price of a span being split into several elements.
 */
import { escapeHtml } from "./escape.js";

/** One annotated span of the text (UTF-16 offsets) and how to show it. */
export interface Mark {
  start: number;
  end: number;
  /** CSS classes of the wrapping element. */
  cls: string;
  /** Tooltip text; may hold line breaks. */
  tip?: string;
  /** Element id, put on the first piece of the span so links can jump to it. */
  id?: string;
  /** Nesting rank among spans with the same extent: lower wraps higher. */
  layer: number;
}

/** Text with marks as nested `<span>`s; the text itself is HTML-escaped. */
export function highlight(text: string, marks: readonly Mark[]): string {
  const len = text.length;
  const spans = marks
    .map((m) => ({ ...m, start: clamp(m.start, len), end: clamp(m.end, len) }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start);
  if (!spans.length) return escapeHtml(text);

  const cuts = new Set<number>([0, len]);
  for (const m of spans) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((a, b) => a - b);

  const out: string[] = [];
  let active: typeof spans = [];
  let next = 0;
  for (let k = 0; k + 1 < points.length; k++) {
    const from = points[k]!;
    const to = points[k + 1]!;
    // 1. Drop spans that ended at this cut and take in those that start here.
    active = active.filter((m) => m.end > from);
    while (next < spans.length && spans[next]!.start <= from) active.push(spans[next++]!);
    const piece = escapeHtml(text.slice(from, to));
    if (!active.length) {
      out.push(piece);
      continue;
    }
    // 2. Wider spans outside narrower ones, so each span keeps one visual box where it can.
    active.sort(nesting);
    for (const m of active) out.push(openTag(m, m.start === from));
    out.push(piece);
    out.push("</span>".repeat(active.length));
  }
  return out.join("");
}

function nesting(a: Mark, b: Mark): number {
  return a.start - b.start || b.end - a.end || a.layer - b.layer;
}

function openTag(m: Mark, first: boolean): string {
  const id = first && m.id ? ` id="${escapeHtml(m.id)}"` : "";
  const tip = m.tip ? ` data-tip="${escapeHtml(m.tip)}"` : "";
  return `<span class="${escapeHtml(m.cls)}"${id}${tip}>`;
}

function clamp(n: number, len: number): number {
  return Number.isFinite(n) ? Math.max(0, Math.min(len, Math.trunc(n))) : 0;
}

import type { Actor, Article, Story } from "../model/schema.js";

/** How many events of a story the terminal summary lists before saying how many more there are. */
const MAX_EVENTS_SHOWN = 25;

/** The terminal summary: each story with its sources, then its timeline. Plain text, width-aware. */
export function storyTable(stories: readonly Story[], articles: readonly Article[], width = 100): string {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const lines: string[] = [];
  const ordered = [...stories].sort(
    (a, b) => b.articles.length - a.articles.length || b.events.length - a.events.length,
  );
  for (const story of ordered) {
    const outlets = [...new Set(story.articles.map((id) => outletOf(byId.get(id))))];
    lines.push("");
    lines.push(fit(`■ ${story.title}`, width));
    lines.push(fit(`  ${story.articles.length} article(s) from ${outlets.join(", ")}`, width));
    if (!story.events.length) {
      lines.push("  (no coded events)");
      continue;
    }
    const rows = story.events
      .slice(0, MAX_EVENTS_SHOWN)
      .map((e) => [
        e.date ? `${e.date}${e.date_inferred ? " (inferred)" : ""}` : "undated",
        e.event,
        `${actors(e.actor)} → ${actors(e.recipient) || "–"}`,
        e.status,
        `${e.independent_sources}/${e.sources.length} ${e.sources.join(", ")}`,
      ]);
    lines.push(...table(["date", "event", "who → whom", "status", "sources (indep./all)"], rows, width));
    if (story.events.length > MAX_EVENTS_SHOWN)
      lines.push(`  … and ${story.events.length - MAX_EVENTS_SHOWN} more events`);
  }
  return lines.join("\n") + "\n";
}

function outletOf(a: Article | undefined): string {
  if (!a) return "?";
  if (a.meta.outlet) return a.meta.outlet;
  if (a.meta.url) {
    try {
      return new URL(a.meta.url).hostname.replace(/^www\./, "");
    } catch {
      // Not a URL: fall through to the file name.
    }
  }
  return a.source.path?.split("/").pop() ?? a.id;
}

/** The actors' codes, each once: Putin and the Kremlin are both RUS/GOV. */
function actors(list: readonly Actor[]): string {
  return [...new Set(list.map((a) => (a.sector ? `${a.country}/${a.sector}` : a.country)))].join("+");
}

function table(header: string[], rows: string[][], width: number): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  // The last column takes what is left of the terminal, so long source lists do not wrap the table.
  const fixed = widths.slice(0, -1).reduce((s, w) => s + w + 2, 2);
  widths[widths.length - 1] = Math.max(12, Math.min(widths[widths.length - 1]!, width - fixed));
  const line = (cells: string[]) => "  " + cells.map((c, i) => fit(c, widths[i]!).padEnd(widths[i]!)).join("  ");
  return [line(header), "  " + widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)];
}

function fit(s: string, w: number): string {
  return s.length <= w ? s : s.slice(0, Math.max(0, w - 1)) + "…";
}

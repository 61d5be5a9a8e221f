/**
 * A publication date for an article that gives none, read off its story: when the article dates
 * one of its events by a word tied to its own day ("after recognising their independence
 * yesterday") and other, dated articles put that event on a day, the article came out that day plus
 * the word's offset. Every such clue must agree; an article nothing dates stays undated.
 */
import type { Article, StoryEvent } from "../model/schema.js";
import { dataRows } from "../data/data-files.js";
import { dayRange } from "./timeline.js";

const OFFSETS = new Map(dataRows("link/deictic-days.tsv").map(([words, days]) => [words!.toLowerCase(), Number(days)]));
const DAY_MS = 86_400_000;

/** What the inference needs to know of the other articles of the story. */
export interface DatedBy {
  /** Whether the article's publication date is its own (not inferred): only those date others. */
  ownDate(articleId: string): boolean;
  /** The date an article's event carries. */
  eventDate(articleId: string, eventId: string): string | null;
}

/** The inferred publication day (YYYY-MM-DD), or null when no clue dates the article or clues disagree. */
export function inferPublished(a: Article, storyEvents: readonly StoryEvent[], by: DatedBy): string | null {
  const votes = new Set<number>();
  for (const ev of a.events) {
    const offset = OFFSETS.get((ev.date_text ?? "").trim().toLowerCase());
    if (offset === undefined) continue;
    const se = storyEvents.find((s) => s.mentions.some((m) => m.article === a.id && m.event === ev.id));
    if (!se) continue;
    const days = new Set<number>();
    for (const m of se.mentions) {
      if (m.article === a.id || !by.ownDate(m.article)) continue;
      const r = dayRange(by.eventDate(m.article, m.event));
      if (r && r.first === r.last) days.add(r.first);
    }
    // Reports that put the event on different days give no one day to count from.
    if (days.size === 1) votes.add([...days][0]! - offset);
  }
  if (votes.size !== 1) return null;
  return new Date([...votes][0]! * DAY_MS).toISOString().slice(0, 10);
}

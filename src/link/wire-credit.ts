/**
 * Agencies an article credits: those extract found in its metadata, plus the agency code in a wire
 * dateline ("KESSIN, March 2 (WPA) - …"), which outlets keep when they reprint a wire story and
 * which extract leaves in the text.
 */
import type { Article } from "../model/schema.js";

/** A dateline: PLACE, Month Day (CODE) and a dash, at the start of a paragraph near the top. */
const DATELINE = /(?:^|\n)[\p{Lu}][\p{Lu} .'’-]+,\s+[\p{L}]+\.?\s+\d{1,2}\s+\(([\p{Lu}][\p{L}]{1,9})\)\s*[-–—]/u;
/** Datelines sit in the first paragraphs. */
const DATELINE_CHARS = 600;

/** Upper-cased agency names and dateline codes the article credits. */
export function wireCredits(a: Article): string[] {
  const out = new Set(a.meta.agencies.map((x) => x.toUpperCase()));
  const m = DATELINE.exec(a.text.slice(0, DATELINE_CHARS));
  if (m) out.add(m[1]!.toUpperCase());
  return [...out];
}

/**
 * HTML escaping for the report. Every string that comes from a document (text, titles, names,
 * URLs) passes through here, because scraped news routinely contains `<`, `&` and quotes.
 */

const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const SPECIAL = /[&<>"']/g;

/** Escapes text for use between tags or inside a quoted attribute value. */
export function escapeHtml(s: string): string {
  return s.replace(SPECIAL, (c) => ENTITY[c] ?? c);
}

/** A link target that is safe to put in `href`: only http(s) URLs, else null. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  return /^https?:\/\//i.test(url.trim()) ? escapeHtml(url.trim()) : null;
}

import type { Article } from "../model/schema.js";

/** The name a source goes by: the outlet, else the domain of its URL (without "www."), else "unknown". */
export function outletName(a: Article): string {
  if (a.meta.outlet) return a.meta.outlet;
  const url = a.meta.url ?? a.source.url;
  if (url) {
    try {
      return new URL(url).hostname.replace(/^www\./, "");
    } catch {
      // A malformed URL is no source name; fall through.
    }
  }
  return "unknown";
}

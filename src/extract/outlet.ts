/**
 * The outlet's name: from its domain (data/extract/outlets.tsv), from the site suffix of a page
 * title ("Headline | Outlet"), or from boilerplate in which the outlet names itself
 * (data/extract/outlet-cues.tsv: "Support The X!", "A Message from X:", "© 2024 X").
 */
import { dataLines, dataRows } from "../data/data-files.js";
import { anchoredTable, mayOpenWith } from "./openings.js";

const BY_DOMAIN = new Map(dataRows("extract/outlets.tsv").map(([d, n]) => [d!, n!]));
const KNOWN_NAMES = new Set([...BY_DOMAIN.values()].map((n) => n.toLowerCase()));
/** Each cue with how its matches open: most paragraphs open otherwise, and are not tried. */
const CUES = dataLines("extract/outlet-cues.tsv").map((p) => ({ re: new RegExp(p, "u"), opens: anchoredTable(p) }));

/** The host of a URL without "www.", or null when it is not a URL. */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\d?\./, "");
  } catch {
    return null;
  }
}

/** The outlet a URL's domain belongs to, trying the host and then each parent domain. */
export function outletFromUrl(url: string): string | null {
  const host = hostOf(url);
  if (!host) return null;
  const parts = host.split(".");
  for (let i = 0; i < parts.length - 1; i++) {
    const name = BY_DOMAIN.get(parts.slice(i).join("."));
    if (name) return name;
  }
  return null;
}

/** The outlet named by a boilerplate paragraph ("Support The Daily Lantern!"), or null. */
export function outletFromCue(paragraph: string): string | null {
  for (const { re, opens } of CUES) {
    if (!mayOpenWith(opens, paragraph)) continue;
    const name = re.exec(paragraph)?.[1]?.trim().replace(/^the /, "The ");
    if (name && name.split(" ").length <= 6) return name;
  }
  return null;
}

const PIPE_SUFFIX_RE = /\s+[|‖·•]\s+([^|‖·•]{2,60})$/;
const DASH_SUFFIX_RE = /\s+(?:[-–—]|::)\s+([^-–—]{2,60})$/;

/** A page title split into headline and site name ("Headline | Outlet"), when it has a suffix. */
export function splitTitleSuffix(title: string, knownOutlet?: string | null): { title: string; site: string | null } {
  const t = title.trim();
  // A bar always separates the site; a dash only when what follows is a known outlet, since
  // headlines use dashes themselves ("Kyiv - Moscow talks").
  const pipe = PIPE_SUFFIX_RE.exec(t);
  if (pipe && pipe[1]!.split(" ").length <= 6) return { title: t.slice(0, pipe.index).trim(), site: pipe[1]!.trim() };
  const dash = DASH_SUFFIX_RE.exec(t);
  if (dash) {
    const site = dash[1]!.trim();
    const lower = site.toLowerCase();
    const known =
      KNOWN_NAMES.has(lower) || (knownOutlet && sameOutlet(site, knownOutlet)) || /\.[a-z]{2,4}$/.test(lower);
    if (known) return { title: t.slice(0, dash.index).trim(), site };
  }
  return { title: t, site: null };
}

const THE_RE = /^the\s+/;
const NOT_LETTERS_RE = /[^\p{L}\p{N}]+/gu;
const DOMAIN_END_RE = /\.[a-z]{2,4}$/i;
const squash = (s: string) => s.toLowerCase().replace(THE_RE, "").replace(NOT_LETTERS_RE, "");

/** Two spellings of one outlet ("The Daily Lantern", "dailylantern.com", "DAILY LANTERN"). */
export function sameOutlet(a: string, b: string): boolean {
  const x = squash(a.replace(DOMAIN_END_RE, ""));
  const y = squash(b.replace(DOMAIN_END_RE, ""));
  return x.length > 1 && (x === y || x.includes(y) || y.includes(x));
}

/**
 * Photo captions in text scrapes: a caption is a paragraph that ends in a photo credit
 * ("... on Monday. AFP", "... Liz Truss Aaron Chown/TASS", "... [Agency.ru](https://...)").
 * The caption's words are kept (they carry facts); the credit goes.
 */
import { AGENCY_NAMES, AGENCY_PATTERN } from "./agencies.js";
import { dataLines } from "../data/data-files.js";
import { isSpaceCode } from "../text/space.js";

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const PHOTO_CREDITS = dataLines("extract/photo-credits.txt");
const SOURCE = `(?:${AGENCY_PATTERN}|${PHOTO_CREDITS.sort((a, b) => b.length - a.length)
  .map(esc)
  .join("|")})`;
/** Whether a source name ends in a full stop (none does): see {@link mayEndInCredit}. */
const SOURCE_ENDS_IN_STOP = [...AGENCY_NAMES, ...PHOTO_CREDITS].some((n) => n.endsWith("."));
/** An agency's code that the lists do not know ("MPA"): a credit only after the caption's sentence ended. */
const AGENCY_CODE = `\\p{Lu}{2,6}`;
/** A photographer: the two capitalised words before the slash (a longer name loses its first part). */
const NAME = `\\p{Lu}[\\p{L}'’-]+ \\p{Lu}[\\p{L}'’-]+`;
const WORD = `\\p{Lu}[\\p{L}\\p{N}&.'’-]*`;
const AFTER_SLASH = `(?:${SOURCE}|${WORD}(?: (?:via )?${WORD}){0,3})`;
/** "Photo", "Images", "Foto", "PICTURE": capitalised or not (no i flag: it would fold \\p{Lu}). */
const PHOTO = `(?:[Pp]hotos?|PHOTOS?|[Ii]mages?|[Ff]otos?|[Pp]ictures?)`;
/** Terminal punctuation, possibly closed by quotes or brackets. */
const STOP = `[.!?…]["'”’»)]*`;

/** A credit that can only be a credit: "Name Name/AGENCY", "AGENCY/Name Name", "Photo: ...". */
const MARKED_CREDIT_RE = new RegExp(
  `(?:^|\\s)(?:(?:${NAME}|${SOURCE})\\s?/\\s?${AFTER_SLASH}|\\(?${PHOTO}(?: by|:)\\s*[^.()]{2,60}\\)?|(?:[Cc]ourtesy of|[Cc]redit:)\\s*[^.()]{2,60})\\s*$`,
  "u",
);
/** A bare source name ("AFP", "Getty Images"), a credit only after the caption's sentence ended. */
const BARE_CREDIT_RE = new RegExp(
  `(${STOP})\\s+\\(?(?:${SOURCE}|${AGENCY_CODE})(?:\\s?/\\s?${AFTER_SLASH})?\\)?\\s*$`,
  "u",
);

/** A caption's words and the credit removed from its end. */
export interface CaptionSplit {
  caption: string;
  credit: string;
}

/** Splits a trailing photo credit off a paragraph; null when the paragraph has none. */
export function splitCredit(text: string, trailingLink: string | null): CaptionSplit | null {
  // A link that closes a paragraph after its last sentence is the photo's source (markdown scrapes).
  if (trailingLink && trailingLink.split(" ").length <= 4) return { caption: text.trim(), credit: trailingLink };
  // Credits are short: only the paragraph's tail is searched, which keeps long paragraphs cheap.
  const from = Math.max(0, text.length - CREDIT_TAIL_CHARS);
  const tail = text.slice(from);
  if (!mayEndInCredit(tail)) return null;
  const bare = BARE_CREDIT_RE.exec(tail);
  if (bare) {
    const cut = from + bare.index + bare[1]!.length;
    return { caption: text.slice(0, cut).trim(), credit: text.slice(cut).trim() };
  }
  const marked = mayHaveMarkedCredit(tail) ? MARKED_CREDIT_RE.exec(tail) : null;
  // The credit must leave a caption of a few words before it.
  if (marked && from + marked.index >= 8) {
    return { caption: text.slice(0, from + marked.index).trim(), credit: marked[0].trim() };
  }
  return null;
}

/**
 * Whether text has what every marked credit needs: a slash ("Name/AGENCY"), a colon ("Photo:",
 * "Credit:"), " by" ("Photo by") or "ourtesy of". Most paragraphs have none, and the pattern,
 * tried at every position, costs far more than these searches.
 */
function mayHaveMarkedCredit(s: string): boolean {
  return s.includes("/") || s.includes(":") || s.includes(" by") || s.includes("ourtesy of");
}

/**
 * Whether text may end in a credit that either pattern matches. One whose last character (before
 * white space) is a full stop, as most paragraphs, may only when it has a slash: without the
 * slash part, a credit ends in a source name, an agency code, a bracket or, after "Photo:" or
 * "Courtesy of", a character other than a full stop.
 */
function mayEndInCredit(s: string): boolean {
  if (SOURCE_ENDS_IN_STOP || s.includes("/")) return true;
  let i = s.length - 1;
  while (i >= 0 && isSpaceCode(s.charCodeAt(i))) i--;
  return i < 0 || s.charCodeAt(i) !== 0x2e;
}

/** The longest credit looked for, with the stop before it. */
const CREDIT_TAIL_CHARS = 90;

const CREDIT_ONLY_RE = new RegExp(
  `^\\(?(?:${PHOTO}(?: by|:)\\s*[^.]{2,60}|${SOURCE}(?:\\s?/\\s?${AFTER_SLASH})?|${NAME}\\s?/\\s?${AFTER_SLASH})\\)?$`,
  "u",
);

/** A line that is nothing but a photo credit. */
export const isCreditOnly = (s: string) => s.length <= 80 && CREDIT_ONLY_RE.test(s.trim());

/**
 * Markdown left in text scrapes (many scrapers convert pages to markdown): headings, emphasis,
 * links and autolinks are reduced to their words, and what they were is remembered, because a
 * heading, a link-only line or a trailing link (a photo credit such as "[Agency.ru](https://...)")
 * are signals for the cleaning rules.
 */
import { anchoredTable, mayOpenWith } from "./openings.js";
import { collapseSpaces } from "./collapse-spaces.js";

/** One line with its markdown removed, and what the markdown said about it. */
export interface MarkdownLine {
  text: string;
  /** Written as a `#` heading. */
  heading: boolean;
  /** Characters of text that were link text. */
  linkChars: number;
  /** The text of a link that closes the line after the sentence ended (a credit, usually). */
  trailingLink: string | null;
}

/**
 * Most lines carry no markdown at all: two tests spare them the rest (a character class alone
 * scans a line faster than an alternation with an anchored branch).
 */
const MARKDOWN_CHAR_RE = /[[\]*_#<>!]/;
const LIST_MARK_RE = /^(?:[-+•‣◦]|\d{1,2}[.)])\s/;
/** How a list mark opens: most lines open otherwise and are spared the pattern. */
const LIST_MARK_OPENS = anchoredTable(LIST_MARK_RE.source);
/** White space other than single spaces: most lines have none, and testing is cheaper than replacing. */
const UNEVEN_SPACE_RE = /[^\S ]| {2}/;
const HEADING_RE = /^#{1,6}\s+/;
const IMAGE_RE = /!\[([^\]]*)\]\([^)]*\)/g;
const LINK_RE = /\[([^\]]*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+"[^"]*")?\)/g;
const AUTOLINK_RE = /<((?:https?|ftp):\/\/[^>\s]+|mailto:[^>\s]+)>/g;
const BOLD_RE = /(\*\*|__)(?=\S)([^*_]*?\S)\1/g;
const ITALIC_STAR_RE = /(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?![\w*])/g;
const ITALIC_UNDERSCORE_RE = /(^|[^\w])_(?=\S)([^_]*?\S)_(?!\w)/g;
const QUOTE_PREFIX_RE = /^>\s?/;
const BULLET_RE = /^\s*(?:[-*+•‣◦]|\d{1,2}[.)])\s+/;
const TRAILING_LINK_RE = /([.!?…]["”'’)]*)\s*\[([^\]]{1,60})\]\([^)]*\)\s*$/;

/** Strips markdown from one line of a scrape. */
export function stripMarkdown(line: string): MarkdownLine {
  let s = line.trim();
  // Blank lines (every other line of most scrapes) have nothing to strip or squash.
  if (!s) return { text: s, heading: false, linkChars: 0, trailingLink: null };
  if (!MARKDOWN_CHAR_RE.test(s) && !(mayOpenWith(LIST_MARK_OPENS, s) && LIST_MARK_RE.test(s)))
    return { text: squashSpaces(s), heading: false, linkChars: 0, trailingLink: null };
  const heading = HEADING_RE.test(s);
  if (heading) s = s.replace(HEADING_RE, "").replace(/\s+#+\s*$/, "");
  s = s.replace(QUOTE_PREFIX_RE, "").replace(BULLET_RE, "");
  const trailing = TRAILING_LINK_RE.exec(s);
  let trailingLink: string | null = null;
  if (trailing) {
    trailingLink = trailing[2]!.trim();
    s = s.slice(0, trailing.index + trailing[1]!.length);
  }
  let linkChars = 0;
  s = s.replace(IMAGE_RE, "").replace(LINK_RE, (_m, t: string) => {
    linkChars += t.length;
    return t;
  });
  s = s.replace(AUTOLINK_RE, (_m, u: string) => {
    linkChars += u.length;
    return u;
  });
  s = s.replace(BOLD_RE, "$2").replace(ITALIC_STAR_RE, "$1$2").replace(ITALIC_UNDERSCORE_RE, "$1$2");
  return { text: squashSpaces(s).trim(), heading, linkChars, trailingLink };
}

/** Runs of white space to one space. */
function squashSpaces(s: string): string {
  return UNEVEN_SPACE_RE.test(s) ? collapseSpaces(s) : s;
}

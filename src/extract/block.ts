/** The unit both readers (text scrapes, HTML pages) hand to the shared cleaning rules. */
import type { Span } from "../model/schema.js";

/** What a block is, as far as the reader could tell. */
export type BlockKind = "p" | "heading" | "caption" | "quote" | "li";

/** One paragraph-like piece of a page, in reading order. */
export interface Block {
  text: string;
  kind: BlockKind;
  /** A blank line came before it (text scrapes); HTML blocks are always separate paragraphs. */
  gap: boolean;
  /** Characters of text that were link text. */
  linkChars: number;
  /** The text of a link that closed the paragraph after its last sentence (a credit, usually). */
  trailingLink: string | null;
}

/** A paragraph block with defaults for the fields a reader did not see. */
export function block(text: string, kind: BlockKind = "p", extra: Partial<Block> = {}): Block {
  // Field by field: a spread after literal fields takes V8's generic copy, and every block of
  // every page is made here. (The callers give no field as undefined, which the spread would copy.)
  return {
    text: extra.text ?? text,
    kind: extra.kind ?? kind,
    gap: extra.gap ?? true,
    linkChars: extra.linkChars ?? 0,
    trailingLink: extra.trailingLink ?? null,
  };
}

/** A copy of a block with some fields changed (field by field, as {@link block} makes one). */
export function withFields(b: Block, changes: Partial<Block>): Block {
  return block(changes.text ?? b.text, changes.kind ?? b.kind, {
    gap: changes.gap ?? b.gap,
    linkChars: changes.linkChars ?? b.linkChars,
    trailingLink: changes.trailingLink === undefined ? b.trailingLink : changes.trailingLink,
  });
}

/** The article text (paragraphs joined by a blank line) and the spans of its captions. */
export function assemble(blocks: readonly Block[]): { text: string; captions: Span[] } {
  let text = "";
  const captions: Span[] = [];
  for (const b of blocks) {
    if (text) text += "\n\n";
    if (b.kind === "caption") captions.push({ start: text.length, end: text.length + b.text.length });
    text += b.text;
  }
  return { text, captions };
}

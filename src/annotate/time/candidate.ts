/** What the rule files share: a found expression and the context its value is resolved in. */
import type { Span, Time } from "../../model/schema.js";
import type { Day } from "./calendar.js";
import type { Tense } from "./tense.js";
import { groupEnd, topAlternatives } from "../../data/regex-source.js";

export type TimeType = Time["type"];

/** A time expression found by a rule; several may overlap before the longest is kept. */
export interface Candidate {
  start: number;
  end: number;
  type: TimeType;
  value: string;
}

/** What a rule needs to resolve a value: the text, the anchor day and the tense at a span. */
export interface RuleContext {
  text: string;
  anchor: Day | null;
  tense(start: number, end: number): Tense;
  /** The text of the sentence holding a position. */
  sentence(pos: number): string;
  /** The part of speech of the token starting at a position ("" when none starts there). */
  posAt(pos: number): string;
}

/**
 * A pattern and how to turn one of its matches into a type and value (null: not a time). The
 * full pattern only runs over sentences where its `gate`, a cheap keyword regex, matches: the
 * patterns start with optional modifiers, which makes scanning every position of a text costly.
 */
export interface Rule {
  name: string;
  gate: RegExp;
  re: RegExp;
  build(m: RegExpExecArray, ctx: RuleContext): { type: TimeType; value: string } | null;
}

/** How far before and after a gate's keyword an expression may reach ("at least the past 18 months"). */
const REACH_BEFORE = 64;
const REACH_AFTER = 48;

/** The gates of a rule list: one regex for all of them, and each one alone, anchored (sticky). */
interface Gates {
  any: RegExp;
  each: RegExp[];
  /** Per gate, the ASCII characters a match can start with (1 at their codes), or null when unknown. */
  starts: (Uint8Array | null)[];
}

const GATES = new WeakMap<readonly Rule[], Gates>();

function gatesOf(rules: readonly Rule[]): Gates {
  let gates = GATES.get(rules);
  if (!gates) {
    gates = {
      any: unionOf(rules),
      each: rules.map((r) => new RegExp(r.gate.source, r.gate.flags.replace(/[gy]/g, "") + "y")),
      starts: rules.map((r) => firstChars(r.gate.source, r.gate.flags.includes("i"))),
    };
    GATES.set(rules, gates);
  }
  return gates;
}

/**
 * One regex matching wherever some gate matches. Case-insensitive for all: it only finds where to
 * look; each gate then checks with its own flags. The alternatives that open on a word boundary
 * share one `\b` (`\b(?:a|b)` matches where `\ba|\bb` does), which saves the regex engine trying
 * every alternative at every position: about three times faster than the plain union.
 */
function unionOf(rules: readonly Rule[]): RegExp {
  const bounded = new Set<string>();
  const other: string[] = [];
  for (const r of rules)
    for (const alt of topAlternatives(r.gate.source)) {
      if (alt.startsWith("\\b")) bounded.add(alt.slice(2));
      else other.push(`(?:${alt})`);
    }
  const parts = bounded.size ? [`\\b(?:${[...bounded].join("|")})`, ...other] : other;
  return new RegExp(parts.join("|"), "gi");
}

/**
 * The characters a match of `source` can start with, as a table over ASCII, or null when the
 * source opens with anything but word boundaries and then a literal, `\d` or a group of such
 * alternatives (the gate is then tried everywhere). A match never starts on a character outside
 * the table: without the `u` flag, case folding maps no other character to an ASCII one.
 */
function firstChars(source: string, ignoreCase: boolean): Uint8Array | null {
  const table = new Uint8Array(128);
  return addFirstChars(source, ignoreCase, table) ? table : null;
}

function addFirstChars(source: string, ignoreCase: boolean, table: Uint8Array): boolean {
  for (let alt of topAlternatives(source)) {
    while (alt.startsWith("\\b")) alt = alt.slice(2);
    let atomEnd: number;
    if (alt.startsWith("(?:")) {
      // The gates compile, so the group closes: groupEnd is just past its ")".
      atomEnd = groupEnd(alt, 0);
      if (!addFirstChars(alt.slice(3, atomEnd - 1), ignoreCase, table)) return false;
    } else if (alt.startsWith("\\d")) {
      for (let c = 48; c <= 57; c++) table[c] = 1;
      atomEnd = 2;
    } else if (/^[A-Za-z0-9]/.test(alt)) {
      table[alt.charCodeAt(0)] = 1;
      if (ignoreCase) {
        table[alt[0]!.toLowerCase().charCodeAt(0)] = 1;
        table[alt[0]!.toUpperCase().charCodeAt(0)] = 1;
      }
      atomEnd = 1;
    } else return false;
    // An optional first atom lets the match start on what follows it.
    if (/^(?:[?*]|\{0)/.test(alt.slice(atomEnd))) return false;
  }
  return true;
}

/**
 * Where each rule's gate matches: [start, end, start, end, ...] per rule. One scan of the text
 * with the union of the gates finds every position where some gate matches (it restarts one
 * character after each hit, so no gate's match is hidden inside another's); the gates themselves
 * are then tried only there. That is one pass over the text instead of one per rule.
 */
function gateHits(rules: readonly Rule[], text: string): number[][] {
  const { any, each, starts } = gatesOf(rules);
  const hits: number[][] = [];
  for (let r = 0; r < rules.length; r++) hits.push([]);
  any.lastIndex = 0;
  for (let m = any.exec(text); m; m = any.exec(text)) {
    const at = m.index;
    const c = text.charCodeAt(at);
    for (let r = 0; r < each.length; r++) {
      const start = starts[r];
      if (start && (c >= 128 || !start[c])) continue;
      const gate = each[r]!;
      gate.lastIndex = at;
      if (gate.test(text)) hits[r]!.push(at, Math.max(gate.lastIndex, at + 1));
    }
    any.lastIndex = at + 1;
  }
  return hits;
}

/**
 * All candidates of the rules; a match's extent is the whole regex match. Each rule's pattern runs
 * only over windows of the sentences around its gate's keywords, widened to word boundaries.
 */
export function runRules(rules: readonly Rule[], sentences: readonly Span[], ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  const hits = gateHits(rules, text);
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    const at = hits[r]!;
    let k = 0;
    let windowStart = -1;
    let windowEnd = -1;
    for (let h = 0; h < at.length; h += 2) {
      const hitStart = at[h]!;
      const hitEnd = at[h + 1]!;
      while (k < sentences.length && sentences[k]!.end <= hitStart) k++;
      const s = sentences[k];
      if (!s || s.start > hitStart) continue;
      const from = wordStartBefore(text, Math.max(s.start, hitStart - REACH_BEFORE));
      const to = Math.min(s.end, hitEnd + REACH_AFTER);
      if (from >= windowEnd) {
        if (windowEnd > windowStart) matchWindow(rule, ctx, windowStart, windowEnd, out);
        windowStart = from;
      }
      windowEnd = Math.max(windowEnd, to);
    }
    if (windowEnd > windowStart) matchWindow(rule, ctx, windowStart, windowEnd, out);
  }
}

function wordStartBefore(text: string, pos: number): number {
  while (pos > 0 && !/\s/.test(text[pos - 1]!)) pos--;
  return pos;
}

function matchWindow(rule: Rule, ctx: RuleContext, start: number, end: number, out: Candidate[]): void {
  const piece = ctx.text.slice(start, end);
  rule.re.lastIndex = 0;
  for (let m = rule.re.exec(piece); m; m = rule.re.exec(piece)) {
    const next = m.index + Math.max(1, m[0].length);
    // Builders look around the match in the whole text, so they get whole-text offsets.
    m.index += start;
    const found = rule.build(m, ctx);
    if (found) out.push({ start: m.index, end: m.index + m[0].length, type: found.type, value: found.value });
    rule.re.lastIndex = next;
  }
}

/** What the rule files share: a found expression and the context its value is resolved in. */
import type { Span, Time } from "../../model/schema.js";
import type { Day } from "./calendar.js";
import type { Tense } from "./tense.js";

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
}

const GATES = new WeakMap<readonly Rule[], Gates>();

function gatesOf(rules: readonly Rule[]): Gates {
  let gates = GATES.get(rules);
  if (!gates) {
    gates = {
      // Case-insensitive for all: it only finds where to look; each gate then checks with its own flags.
      any: new RegExp(rules.map((r) => `(?:${r.gate.source})`).join("|"), "gi"),
      each: rules.map((r) => new RegExp(r.gate.source, r.gate.flags.replace(/[gy]/g, "") + "y")),
    };
    GATES.set(rules, gates);
  }
  return gates;
}

/**
 * Where each rule's gate matches: [start, end, start, end, ...] per rule. One scan of the text
 * with the union of the gates finds every position where some gate matches (it restarts one
 * character after each hit, so no gate's match is hidden inside another's); the gates themselves
 * are then tried only there. That is one pass over the text instead of one per rule.
 */
function gateHits(rules: readonly Rule[], text: string): number[][] {
  const { any, each } = gatesOf(rules);
  const hits: number[][] = rules.map(() => []);
  any.lastIndex = 0;
  for (let m = any.exec(text); m; m = any.exec(text)) {
    const at = m.index;
    for (let r = 0; r < each.length; r++) {
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
  rules.forEach((rule, r) => {
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
  });
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
    if (found) out.push({ start: m.index, end: m.index + m[0].length, ...found });
    rule.re.lastIndex = next;
  }
}

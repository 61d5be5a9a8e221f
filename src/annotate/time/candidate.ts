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
const GLOBAL_GATES = new WeakMap<Rule, RegExp>();

function globalGate(rule: Rule): RegExp {
  let gate = GLOBAL_GATES.get(rule);
  if (!gate) GLOBAL_GATES.set(rule, (gate = new RegExp(rule.gate.source, rule.gate.flags.replace("g", "") + "g")));
  return gate;
}

/**
 * All candidates of the rules; a match's extent is the whole regex match. Each rule's pattern runs
 * only over windows of the sentences around its gate's keywords, widened to word boundaries.
 */
export function runRules(rules: readonly Rule[], sentences: readonly Span[], ctx: RuleContext, out: Candidate[]): void {
  const { text } = ctx;
  for (const rule of rules) {
    const gate = globalGate(rule);
    gate.lastIndex = 0;
    let k = 0;
    let windowStart = -1;
    let windowEnd = -1;
    for (let hit = gate.exec(text); hit; hit = gate.exec(text)) {
      if (hit[0].length === 0) gate.lastIndex++;
      while (k < sentences.length && sentences[k]!.end <= hit.index) k++;
      const s = sentences[k];
      if (!s || s.start > hit.index) continue;
      const from = wordStartBefore(text, Math.max(s.start, hit.index - REACH_BEFORE));
      const to = Math.min(s.end, hit.index + hit[0].length + REACH_AFTER);
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
    if (found) out.push({ start: m.index, end: m.index + m[0].length, ...found });
    rule.re.lastIndex = next;
  }
}

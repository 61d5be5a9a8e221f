/** What the rule files share: a found expression and the context its value is resolved in. */
import { isSpaceCode } from "../../text/space.js";
import type { Span, Time } from "../../model/schema.js";
import type { Day } from "./calendar.js";
import type { Tense } from "./tense.js";
import { type PrefixTable, opensOnWordStart, prefixHits, prefixTable } from "./gate-prefix.js";

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

/** The gates of a rule list: each one anchored (sticky), and a table of where each may match. */
interface Gates {
  each: RegExp[];
  prefixes: PrefixTable;
  /** Each rule's pattern, with a `\b` in front where that changes no match (see opensOnWordStart). */
  patterns: RegExp[];
}

const GATES = new WeakMap<readonly Rule[], Gates>();

function gatesOf(rules: readonly Rule[]): Gates {
  let gates = GATES.get(rules);
  if (!gates) {
    gates = {
      each: rules.map((r) => new RegExp(r.gate.source, r.gate.flags.replace(/[gy]/g, "") + "y")),
      prefixes: prefixTable(rules.map((r) => r.gate.source)),
      patterns: rules.map((r) =>
        opensOnWordStart(r.re.source) ? new RegExp(`\\b(?:${r.re.source})`, r.re.flags) : r.re,
      ),
    };
    GATES.set(rules, gates);
  }
  return gates;
}

/**
 * Where each rule's gate matches: [start, end, start, end, ...] per rule. One loop over the
 * text's characters finds, by the next three and four characters, where each gate may match (see
 * gate-prefix.ts); the gates themselves are tried only there. That is one cheap pass over the
 * text instead of one regex scan per rule, or one with the union of the gates.
 */
function gateHits(rules: readonly Rule[], text: string): number[][] {
  const { each, prefixes } = gatesOf(rules);
  const hits: number[][] = [];
  for (let r = 0; r < rules.length; r++) hits.push([]);
  const found = prefixHits(prefixes, text);
  const step = prefixes.words + 1;
  for (let i = 0; i < found.length; i += step) {
    const at = found[i]!;
    // Only the set bits (about one a position), lowest first: each rule's hits stay in text order.
    for (let w = 0; w < prefixes.words; w++) {
      for (let bits = found[i + 1 + w]!; bits !== 0; bits &= bits - 1) {
        const r = (w << 5) + 31 - Math.clz32(bits & -bits);
        const gate = each[r]!;
        gate.lastIndex = at;
        if (gate.test(text)) hits[r]!.push(at, Math.max(gate.lastIndex, at + 1));
      }
    }
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
  const { patterns } = gatesOf(rules);
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    const re = patterns[r]!;
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
        if (windowEnd > windowStart) matchWindow(rule, re, ctx, windowStart, windowEnd, out);
        windowStart = from;
      }
      windowEnd = Math.max(windowEnd, to);
    }
    if (windowEnd > windowStart) matchWindow(rule, re, ctx, windowStart, windowEnd, out);
  }
}

function wordStartBefore(text: string, pos: number): number {
  while (pos > 0 && !isSpaceCode(text.charCodeAt(pos - 1))) pos--;
  return pos;
}

function matchWindow(rule: Rule, re: RegExp, ctx: RuleContext, start: number, end: number, out: Candidate[]): void {
  const piece = ctx.text.slice(start, end);
  re.lastIndex = 0;
  for (let m = re.exec(piece); m; m = re.exec(piece)) {
    const next = m.index + Math.max(1, m[0].length);
    // Builders look around the match in the whole text, so they get whole-text offsets.
    m.index += start;
    const found = rule.build(m, ctx);
    if (found) out.push({ start: m.index, end: m.index + m[0].length, type: found.type, value: found.value });
    re.lastIndex = next;
  }
}

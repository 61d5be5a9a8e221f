import type { Entity } from "../../model/schema.js";
import type { KnowledgeBase } from "../../kb/knowledge-base.js";

/** A flag emoji: two regional-indicator letters spelling the country's ISO alpha-2 code. */
const FLAG = /[\u{1F1E6}-\u{1F1FF}]{2}/gu;
const REGIONAL_A = 0x1f1e6;
const REGIONAL_HIGH_SURROGATE = "\ud83c";

/** Countries written as flag emoji, as social-media posts quoted in news do ("support for 🇺🇦"). */
export function flagEntities(text: string, kb: KnowledgeBase): Entity[] {
  const out: Entity[] = [];
  // Every regional indicator starts with this surrogate: most texts have none, and a plain search
  // for it is far cheaper than running the Unicode pattern over the whole text.
  if (!text.includes(REGIONAL_HIGH_SURROGATE)) return out;
  FLAG.lastIndex = 0;
  for (let m = FLAG.exec(text); m; m = FLAG.exec(text)) {
    const iso2 = String.fromCharCode(65 + m[0].codePointAt(0)! - REGIONAL_A, 65 + m[0].codePointAt(2)! - REGIONAL_A);
    const c = kb.byIso2.get(iso2);
    if (!c) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      kind: "PLACE",
      actor: { name: c.name, country: c.iso3 },
      place: { name: c.name, country: c.iso3 },
      via: "flag",
    });
  }
  return out;
}

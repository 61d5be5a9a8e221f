import type { Actor } from "../../model/schema.js";
import type { KnowledgeBase } from "../../kb/knowledge-base.js";
import type { ArticleWords } from "./article-words.js";
import { LOCATED_SECTORS, toPlace, type Draft } from "./draft.js";
import { roleName } from "./build-entities.js";

/** A city this big is news-worthy enough to link even when its country goes unmentioned. */
const BIG_CITY = 1_000_000;
/** Codes that are not countries a government role could belong to. */
const NOT_STATES = new Set(["IGO", "NGO", "WST"]);
/** How far after a located group "in/of <place>" may say where it is: "separatists in eastern Ukraine". */
const LOCATION_WINDOW = 4;
/** Prepositions that say where a group is from: "separatists in eastern Ukraine", "negotiators from Armenia". */
const GROUP_PLACE_WORDS = new Set(["in", "of", "from", "across"]);

/**
 * Second pass, once the whole article has been read:
 * 1. the countries the article mentions, which decide ambiguous places and bare surnames;
 * 2. places, surnames and role nouns resolved in text order;
 * 3. later mentions of surnames of people introduced in the article.
 */
export function resolveDrafts(aw: ArticleWords, drafts: Draft[], kb: KnowledgeBase, year?: number): Draft[] {
  /** A top office holder is named by surname alone while in office (the article's year, when known). */
  const inOffice = (years: Draft["prominent"]) =>
    years !== undefined &&
    (year === undefined ? years.end === undefined : (years.start ?? 0) <= year && year <= (years.end ?? Infinity));
  // 1.
  const mentioned = new Set<string>();
  for (const d of drafts) {
    const c = d.actor?.country ?? d.place?.country;
    if (c && !NOT_STATES.has(c)) mentioned.add(c);
  }
  const covered = new Uint8Array(aw.words.length + 1);
  for (const d of drafts) covered.fill(1, d.from, d.to);
  const surnames = new Map<string, Actor>();
  for (const d of drafts)
    if (d.kind === "PERSON" && d.actor && d.to - d.from > 1) surnames.set(aw.words[d.to - 1]!, d.actor);

  const titleCase = titleCaseSentences(aw);

  // 2. Drafts are completed in place (nothing reads a draft's actor after step 1): copying them
  // with a spread costs more than the rest of this pass.
  const out: Draft[] = [];
  for (const d of drafts) {
    if (d.places) {
      const p = choosePlace(d);
      if (p) {
        d.place = toPlace(p);
        out.push(d);
      }
    } else if (d.surnameOf) {
      const local = surnames.get(aw.words[d.to - 1]!);
      if (local && local.id === d.surnameOf.id) {
        d.actor = local;
        d.via = "coref";
        out.push(d);
      } else if (mentioned.has(d.surnameOf.country) || NOT_STATES.has(d.surnameOf.country) || inOffice(d.prominent)) {
        d.actor = d.surnameOf;
        out.push(d);
      }
    } else if (d.role && !d.actor) {
      const actor = roleActor(d, out);
      if (actor) {
        d.actor = actor;
        out.push(d);
      }
    } else out.push(d);
  }

  // 3.
  if (surnames.size) {
    for (let i = 0; i < aw.words.length; i++) {
      if (covered[i] || !aw.capital[i]) continue;
      const actor = surnames.get(aw.words[i]!);
      if (actor) out.push({ from: i, to: i + 1, kind: "PERSON", actor, via: "coref", classes: [] });
    }
    out.sort((a, b) => a.from - b.from);
  }
  return out;

  function choosePlace(d: Draft) {
    const list = d.places!;
    // In a Title Case headline every word is capitalised, so a small town's name may be a common word.
    if (titleCase[aw.sentence[d.from]!] && !list[0]!.region && list[0]!.population < BIG_CITY) return undefined;
    const inMentioned = list.find((p) => mentioned.has(p.country));
    if (inMentioned) return inMentioned;
    const top = list[0]!;
    if (top.region || top.population >= BIG_CITY) return top;
    const before = d.from > 0 ? kb.contextWords.get(aw.lower[d.from - 1]!) : undefined;
    const partOfLongerName = aw.capital[d.to] && aw.joinable[d.to] && !covered[d.to];
    if ((before === "locative" || before === "place-noun") && aw.propn[d.from] && !partOfLongerName) return top;
    return undefined;
  }

  /** The actor a role noun stands for: an earlier mention of the same kind, else the context. */
  function roleActor(d: Draft, before: Draft[]): Actor | undefined {
    const role = d.role!;
    const located = LOCATED_SECTORS.has(role.sector);
    const patrons = new Set(d.patrons ?? []);
    // Foreign troops stand in other countries ("Russian troops in Ukraine"), so only non-military groups take their place's country.
    if (located || d.needsPlace || (role.sector !== "MIL" && d.kind !== "PERSON")) {
      for (let j = d.to; j < Math.min(aw.words.length, d.to + LOCATION_WINDOW); j++) {
        if (!GROUP_PLACE_WORDS.has(aw.lower[j]!)) continue;
        const place = drafts.find((x) => x.from > j && x.from <= j + LOCATION_WINDOW && (x.place || x.places));
        // After "in", a gazetteer name is a place even in a country the article does not name.
        const c =
          place?.place?.country ??
          (place?.places?.find((p) => mentioned.has(p.country)) ?? place?.places?.[0])?.country;
        if (c && !patrons.has(c) && !NOT_STATES.has(c))
          return { name: roleName(countryName(c), role), country: c, sector: role.sector };
      }
    }
    if (d.needsPlace) return undefined;
    for (let j = before.length - 1; j >= 0; j--) {
      const x = before[j]!;
      if (!x.actor) continue;
      if (x.classes.some((c) => role.classes.includes(c))) return { ...x.actor, sector: x.actor.sector ?? role.sector };
    }
    if (located) {
      let group: Draft | undefined;
      for (let j = before.length - 1; j >= 0 && !group; j--) {
        const x = before[j]!;
        if (x.actor?.sector && LOCATED_SECTORS.has(x.actor.sector) && !patrons.has(x.actor.country)) group = x;
      }
      if (group?.actor)
        return {
          name: roleName(countryName(group.actor.country), role),
          country: group.actor.country,
          sector: role.sector,
        };
    }
    if (d.kind === "PERSON") return undefined;
    // The nearest state actor in this or the previous sentence: "Putin instructed the Foreign Ministry".
    const s = aw.sentence[d.from]!;
    for (let j = before.length - 1; j >= 0; j--) {
      const x = before[j]!;
      const xs = aw.sentence[x.from]!;
      if (xs < s - 1) break;
      const c = x.actor?.country ?? (located ? x.place?.country : undefined);
      if (!c || NOT_STATES.has(c) || patrons.has(c)) continue;
      if (x.actor?.sector && LOCATED_SECTORS.has(x.actor.sector) !== located) continue;
      return { name: roleName(countryName(c), role), country: c, sector: role.sector };
    }
    return undefined;
  }

  function countryName(iso3: string): string {
    const c = kb.countries.get(iso3);
    return c?.adjective ?? c?.name ?? iso3;
  }
}

/** Words this short ("of", "the", "to") stay lower case in Title Case headlines. */
const TITLE_SHORT_WORD = 3;
/** Share of longer words capitalised above which a sentence is a Title Case headline. */
const TITLE_CASE_SHARE = 0.8;

/** Per sentence index: 1 when the sentence is written in Title Case. */
function titleCaseSentences(aw: ArticleWords): Uint8Array {
  let size = 0;
  for (let i = 0; i < aw.words.length; i++) size = Math.max(size, aw.sentence[i]! + 1);
  const up = new Uint32Array(size);
  const all = new Uint32Array(size);
  for (let i = 0; i < aw.words.length; i++) {
    const s = aw.sentence[i]!;
    if (s < 0 || aw.words[i]!.length <= TITLE_SHORT_WORD) continue;
    up[s]! += aw.capital[i]!;
    all[s]!++;
  }
  const out = new Uint8Array(size + 1);
  for (let s = 0; s < size; s++) if (all[s]! >= 3 && up[s]! / all[s]! >= TITLE_CASE_SHARE) out[s] = 1;
  return out;
}

import type { Actor } from "../../model/schema.js";
import type { KnowledgeBase } from "../../kb/knowledge-base.js";
import type { PlaceRecord } from "../../kb/records.js";
import { type ArticleWords, wordAt } from "./article-words.js";
import { wordMap, wordSet } from "./word-keys.js";
import { LOCATED_SECTORS, toPlace, type Draft } from "./draft.js";
import { roleName } from "./build-entities.js";

/** A city this big is news-worthy enough to link even when its country goes unmentioned. */
const BIG_CITY = 1_000_000;
/** A town of another country this big makes a region of the same name ambiguous ("Victoria", Canada). */
const RIVAL_TOWN = 100_000;
/** Codes that are not countries a government role could belong to. */
const NOT_STATES = new Set(["IGO", "NGO", "WST"]);
/** How far after a located group "in/of <place>" may say where it is: "separatists in eastern Ukraine". */
const LOCATION_WINDOW = 4;
/** Prepositions that say where a group is from: "separatists in eastern Ukraine", "negotiators from Armenia". */
const GROUP_PLACE_WORDS = wordSet(["in", "of", "from", "across"]);

/**
 * Second pass, once the whole article has been read:
 * 1. the countries the article mentions, which decide ambiguous places and bare surnames;
 * 2. places, surnames and role nouns resolved in text order;
 * 3. later mentions of surnames of people introduced in the article.
 */
export function resolveDrafts(aw: ArticleWords, drafts: Draft[], kb: KnowledgeBase, year?: number): Draft[] {
  return new DraftResolver(aw, drafts, kb, year).resolve();
}

/**
 * The second pass's state for one article. Its helpers are methods rather than closures made per
 * article: the tsx loader names every such closure at each call (Object.defineProperty).
 */
class DraftResolver {
  /** The countries the article mentions (step 1). */
  readonly mentioned = new Set<string>();
  /** 1 for each word inside a draft. */
  readonly covered: Uint8Array;
  /** People by the surname they were introduced with. */
  readonly surnames = new Map<string, Actor>();
  /** The drafts resolved so far, in text order. */
  readonly out: Draft[] = [];
  /** Role phrases of appositions whose person stayed without a country: they name no one else. */
  dropped: Set<Draft> | undefined;
  /** Per sentence asked about: whether it is written in Title Case. */
  titleCase: Map<number, boolean> | undefined;
  /** The country that clearly dominates the article's actors and places, if one does (step 1). */
  dominant: string | undefined;

  /** The country of the article's dateline ("TBILISI —"), among the drafts resolved so far. */
  datelineCountry(out: readonly Draft[]): string | undefined {
    const d = out.find((x) => x.via === "dateline");
    return d?.place?.country ?? (d?.places?.length ? d.places[0]!.country : undefined);
  }

  constructor(
    readonly aw: ArticleWords,
    readonly drafts: Draft[],
    readonly kb: KnowledgeBase,
    readonly year: number | undefined,
  ) {
    this.covered = new Uint8Array(aw.count + 1);
  }

  /** A top office holder is named by surname alone while in office (the article's year, when known). */
  inOffice(years: Draft["prominent"]): boolean {
    const year = this.year;
    return (
      years !== undefined &&
      (year === undefined ? years.end === undefined : (years.start ?? 0) <= year && year <= (years.end ?? Infinity))
    );
  }

  resolve(): Draft[] {
    const { aw, drafts, mentioned, covered, surnames, out } = this;
    // 1.
    for (const d of drafts) {
      const c = d.actor?.country ?? d.place?.country;
      if (c && !NOT_STATES.has(c)) mentioned.add(c);
    }
    this.dominant = dominantCountry(drafts);
    // A loop rather than `fill`: a draft covers a word or two, less than a builtin call costs.
    for (const d of drafts) for (let w = d.from; w < d.to; w++) covered[w] = 1;
    for (const d of drafts)
      if (d.kind === "PERSON" && d.actor && d.to - d.from > 1) surnames.set(wordAt(aw, d.to - 1)!, d.actor);

    // 2. Drafts are completed in place (nothing reads a draft's actor after step 1): copying them
    // with a spread costs more than the rest of this pass.
    for (const d of drafts) {
      if (d.places) {
        const p = this.choosePlace(d);
        if (p) {
          d.place = toPlace(p);
          out.push(d);
        }
      } else if (d.surnameOf) {
        const local = surnames.get(wordAt(aw, d.to - 1)!);
        if (local && local.id === d.surnameOf.id) {
          d.actor = local;
          d.via = "coref";
          out.push(d);
        } else if (
          mentioned.has(d.surnameOf.country) ||
          NOT_STATES.has(d.surnameOf.country) ||
          this.inOffice(d.prominent)
        ) {
          d.actor = d.surnameOf;
          out.push(d);
        }
      } else if (d.appos) {
        this.resolveApposition(d);
        out.push(d);
      } else if (this.dropped?.has(d)) {
        continue;
      } else if (d.storyCountry && d.role && !d.actor) {
        // "TBILISI — President Ana Ruiz": the country of the dateline when the article is clearly
        // about it, or none; never the last president named, who may be another country's. Without
        // a dateline the story may be told from abroad ("President Obama condemned North Korea's test").
        const c = this.datelineCountry(out) === this.dominant ? this.dominant : undefined;
        if (c) {
          d.actor = { name: aw.text.slice(aw.starts[d.from], aw.ends[d.to - 1]), country: c, sector: d.role.sector };
          surnames.set(wordAt(aw, d.to - 1)!, d.actor);
        }
        out.push(d);
      } else if (d.role && !d.actor) {
        let actor = this.roleActor(d, out);
        // "Rebel leader Ana Ruiz": the name introduced by the title, coded from where the group acts.
        if (d.via === "intro") {
          // A domestic office's holder ("Senator X") takes no foreign country named near them.
          const country = actor?.country ?? (d.role.home ? undefined : this.contextCountry(d, out, true));
          actor = country
            ? { name: aw.text.slice(aw.starts[d.from], aw.ends[d.to - 1]), country, sector: d.role.sector }
            : undefined;
          if (actor) surnames.set(wordAt(aw, d.to - 1)!, actor);
        }
        if (actor) {
          d.actor = actor;
          out.push(d);
        }
      } else out.push(d);
    }

    // 3.
    if (surnames.size) {
      // Most capitalised words are no surname of the article's: a bit per first letter and per
      // length turns them away before the map, which would hash each word first.
      let letters = 0;
      let lengths = 0;
      for (const name of surnames.keys()) {
        letters |= 1 << (name.charCodeAt(0) & 31);
        lengths |= 1 << Math.min(name.length, 31);
      }
      const { capital, starts, ends, text } = aw;
      const mentions: Draft[] = [];
      for (let i = 0; i < aw.count; i++) {
        if (covered[i] || !capital[i]) continue;
        const length = ends[i]! - starts[i]!;
        const first = text.charCodeAt(starts[i]!);
        if (!(letters & (1 << (first & 31))) || !(lengths & (1 << Math.min(length, 31)))) continue;
        const actor = surnames.get(wordAt(aw, i)!);
        if (actor) mentions.push({ from: i, to: i + 1, kind: "PERSON", actor, via: "coref", classes: [] });
      }
      // The mentions come in text order: merged into drafts already in order, they give what the
      // stable sort of both would, without the sort.
      if (inOrder(out)) return mergeByFrom(out, mentions);
      out.push(...mentions);
      out.sort((a, b) => a.from - b.from);
    }
    return out;
  }

  /**
   * "Tom Brandt, the defence minister of Norway": the person takes the owner's country (else the
   * context's) and the sector of the role, or of the body they speak for ("a spokesman for the
   * army"); the role phrase then names the same person.
   */
  resolveApposition(d: Draft): void {
    const { aw, out, surnames } = this;
    const a = d.appos!;
    const o = a.owner;
    let country: string | undefined;
    let ownerSector: string | undefined;
    if (o && !o.actor && o.places) country = this.choosePlace(o)?.country;
    else if (o && !o.actor && o.role) {
      const actor = this.roleActor(o, out);
      if (actor) o.actor = actor;
    }
    if (o?.actor) {
      country = o.actor.country;
      ownerSector = o.actor.sector;
    } else if (o?.place) country = o.place.country;
    const located = a.heads.some((h) => LOCATED_SECTORS.has(h.sector));
    country ??= this.contextCountry(d, out, located);
    const r = a.roleDraft;
    if (!country) {
      if (r && r !== o) (this.dropped ??= new Set()).add(r);
      return;
    }
    let special: string | undefined;
    for (const h of a.heads) if (h.sector !== "GOV") special ??= h.sector;
    // A body's own sector ("a spokesman for the army": MIL); a non-governmental body's people have none of GOV.
    const body = o && o !== r && o.kind !== "PLACE";
    const sector =
      special ??
      (body ? ownerSector : undefined) ??
      (body && country === "NGO" ? undefined : (a.heads[0]?.sector ?? ownerSector));
    const actor: Actor = { name: aw.text.slice(aw.starts[d.from], aw.ends[d.to - 1]), country };
    if (sector) actor.sector = sector;
    d.actor = actor;
    if (r) r.actor = actor;
    surnames.set(wordAt(aw, d.to - 1)!, actor);
  }

  /** The country of the nearest state actor (or, for a located role, place) around d: this or the previous sentence, then later in its own. */
  contextCountry(d: Draft, before: Draft[], located: boolean): string | undefined {
    const { aw, drafts } = this;
    const s = aw.sentence[d.from]!;
    for (let j = before.length - 1; j >= 0; j--) {
      const x = before[j]!;
      if (aw.sentence[x.from]! < s - 1) break;
      const c = stateCountry(x, located);
      if (c) return c;
    }
    // Later in the sentence only a place of a located group's ("her fighters in eastern Congo"):
    // a minister's country there is as often the one they speak about.
    if (!located) return undefined;
    for (const x of drafts) {
      if (x.from <= d.from || x === d.appos?.roleDraft) continue;
      if (aw.sentence[x.from] !== s) break;
      const c = stateCountry(x, located);
      if (c) return c;
    }
    return undefined;
  }

  choosePlace(d: Draft): PlaceRecord | undefined {
    const { aw, kb, mentioned, covered } = this;
    const list = d.places!;
    // In a Title Case headline every word is capitalised, so a small town's name may be a common word.
    if (this.inTitleCase(d.from) && !list[0]!.region && list[0]!.population < BIG_CITY) return undefined;
    const inMentioned = list.find((p) => mentioned.has(p.country));
    if (inMentioned) return inMentioned;
    const top = list[0]!;
    // A first-level region another country's region or big town shares a name with ("Punjab",
    // "Victoria") is linked only when the article names its country (inMentioned above).
    if (sharedRegionName(list)) return undefined;
    if (top.region || top.population >= BIG_CITY) return top;
    const before = d.from > 0 ? wordMap(kb.contextWords).get(aw, d.from - 1) : undefined;
    const partOfLongerName = aw.capital[d.to] && aw.joinable[d.to] && !covered[d.to];
    if ((before === "locative" || before === "place-noun") && aw.propn[d.from] && !partOfLongerName) return top;
    return undefined;
  }

  /** Whether word w's sentence is written in Title Case (read once per sentence). */
  inTitleCase(w: number): boolean {
    const s = this.aw.sentence[w]!;
    if (s < 0) return false;
    const known = (this.titleCase ??= new Map());
    let titleCase = known.get(s);
    if (titleCase === undefined) known.set(s, (titleCase = isTitleCase(this.aw, w)));
    return titleCase;
  }

  /** The actor a role noun stands for: an earlier mention of the same kind, else the context. */
  roleActor(d: Draft, before: Draft[]): Actor | undefined {
    const { aw, drafts, mentioned } = this;
    const role = d.role!;
    // "Congressman": the role says the country.
    if (role.home && role.home !== "*")
      return { name: roleName(this.countryName(role.home), role), country: role.home, sector: role.sector };
    const located = LOCATED_SECTORS.has(role.sector);
    const patrons = new Set(d.patrons ?? []);
    // Foreign troops stand in other countries ("Russian troops in Ukraine"), so only non-military groups take their place's country.
    if (located || d.needsPlace || (role.sector !== "MIL" && d.kind !== "PERSON")) {
      for (let j = d.to; j < Math.min(aw.count, d.to + LOCATION_WINDOW); j++) {
        if (!GROUP_PLACE_WORDS.has(aw, j)) continue;
        const place = drafts.find((x) => x.from > j && x.from <= j + LOCATION_WINDOW && (x.place || x.places));
        // After "in", a gazetteer name is a place even in a country the article does not name.
        const c =
          place?.place?.country ??
          (
            place?.places?.find((p) => mentioned.has(p.country)) ??
            (place?.places && !sharedRegionName(place.places) ? place.places[0] : undefined)
          )?.country;
        if (c && !patrons.has(c) && !NOT_STATES.has(c))
          return { name: roleName(this.countryName(c), role), country: c, sector: role.sector };
      }
    }
    if (d.needsPlace) return undefined;
    for (let j = before.length - 1; j >= 0; j--) {
      const x = before[j]!;
      if (!x.actor) continue;
      if (x.classes.some((c) => role.classes.includes(c))) return { ...x.actor, sector: x.actor.sector ?? role.sector };
    }
    // A domestic office ("the governor", "state lawmakers"): the country of the regions, parties
    // and legislatures of its sentence, else the article's dominant country, else none.
    if (role.home) {
      const c = this.domesticCountry(d) ?? this.dominant;
      return c ? { name: roleName(this.countryName(c), role), country: c, sector: role.sector } : undefined;
    }
    if (located) {
      let group: Draft | undefined;
      for (let j = before.length - 1; j >= 0 && !group; j--) {
        const x = before[j]!;
        if (x.actor?.sector && LOCATED_SECTORS.has(x.actor.sector) && !patrons.has(x.actor.country)) group = x;
      }
      if (group?.actor)
        return {
          name: roleName(this.countryName(group.actor.country), role),
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
      return { name: roleName(this.countryName(c), role), country: c, sector: role.sector };
    }
    return undefined;
  }

  /**
   * The one country that the first-level regions and the party or legislative bodies of d's
   * sentence belong to ("her Republican rival", "farmers in Iowa"); none when they disagree.
   * Country names and cities are left out: an office holder speaks about foreign countries and
   * travels to foreign cities.
   */
  domesticCountry(d: Draft): string | undefined {
    const { aw, drafts } = this;
    const s = aw.sentence[d.from]!;
    let found: string | undefined;
    for (const x of drafts) {
      if (x === d || aw.sentence[x.from] !== s) continue;
      let c: string | undefined;
      if (x.places) {
        const p = this.choosePlace(x);
        if (p?.region && p.admin1) c = p.country;
      } else if (x.actor && x.kind !== "PERSON" && (x.actor.sector === "PTY" || x.actor.sector === "LEG"))
        c = x.actor.country;
      if (!c || NOT_STATES.has(c)) continue;
      if (found && found !== c) return undefined;
      found = c;
    }
    return found;
  }

  countryName(iso3: string): string {
    const c = this.kb.countries.get(iso3);
    return c?.adjective ?? c?.name ?? iso3;
  }
}

/** Two lists of drafts in text order as one, ordered as a stable sort of a then b would order them. */
function mergeByFrom(a: readonly Draft[], b: readonly Draft[]): Draft[] {
  if (!b.length) return a as Draft[];
  const out: Draft[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a[i]!.from <= b[j]!.from ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/** Whether the drafts are in text order already. */
function inOrder(drafts: readonly Draft[]): boolean {
  for (let i = 1; i < drafts.length; i++) if (drafts[i - 1]!.from > drafts[i]!.from) return false;
  return true;
}

/** Whether the biggest candidate is a first-level region whose name another country's region or big town shares. */
function sharedRegionName(list: readonly PlaceRecord[]): boolean {
  const top = list[0]!;
  return (
    top.admin1 !== undefined &&
    top.region &&
    list.some((p) => p.country !== top.country && (p.region || p.population >= RIVAL_TOWN))
  );
}

/** A country dominates an article with at least this many mentions... */
const DOMINANT_MIN = 3;
/** ...and at least this many times as many as the next country. */
const DOMINANT_RATIO = 2;

/** The country most of the article's actors and places belong to, when it clearly leads. */
function dominantCountry(drafts: Draft[]): string | undefined {
  const counts = new Map<string, number>();
  for (const x of drafts) {
    const c = x.actor?.country ?? x.place?.country ?? (x.places?.length === 1 ? x.places[0]!.country : undefined);
    if (c && !NOT_STATES.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let top: string | undefined;
  let first = 0;
  let second = 0;
  for (const [c, n] of counts) {
    if (n > first) {
      second = first;
      first = n;
      top = c;
    } else if (n > second) second = n;
  }
  return first >= DOMINANT_MIN && first >= DOMINANT_RATIO * second ? top : undefined;
}

/** The country of a state actor (or, for a located role, of a place) that a draft names. */
function stateCountry(x: Draft, located: boolean): string | undefined {
  const c = x.actor?.country ?? (located || x.kind === "PLACE" ? x.place?.country : undefined);
  return c && !NOT_STATES.has(c) ? c : undefined;
}

/** Words this short ("of", "the", "to") stay lower case in Title Case headlines. */
const TITLE_SHORT_WORD = 3;
/** Share of longer words capitalised above which a sentence is a Title Case headline. */
const TITLE_CASE_SHARE = 0.8;

/**
 * Whether the sentence of word w is written in Title Case. Its words are the run around w with the
 * same sentence index: articleWords walks the sentences forward, so a sentence's words are never
 * split by another's or by a word outside every sentence.
 */
function isTitleCase(aw: ArticleWords, w: number): boolean {
  const s = aw.sentence[w]!;
  let from = w;
  while (from > 0 && aw.sentence[from - 1] === s) from--;
  let up = 0;
  let all = 0;
  for (let i = from; i < aw.count && aw.sentence[i] === s; i++) {
    if (aw.ends[i]! - aw.starts[i]! <= TITLE_SHORT_WORD) continue;
    up += aw.capital[i]!;
    all++;
  }
  return all >= 3 && up / all >= TITLE_CASE_SHARE;
}

import type { Actor } from "../../model/schema.js";
import type { KnowledgeBase } from "../../kb/knowledge-base.js";
import type { ContextWordType, KbEntry, OrgRecord, PersonRecord, PlaceRecord, RoleRecord } from "../../kb/records.js";
import { type ArticleWords, lowerIs, wordAt, wordsOf } from "./article-words.js";
import { type WordKeys, wordMap, wordSet } from "./word-keys.js";
import { addAppositions } from "./appositions.js";
import { addPartyMarks } from "./party-marks.js";
import { entryOf, type Atom } from "./atoms.js";
import { LOCATED_SECTORS, toPlace, type Draft } from "./draft.js";

/** What stands before a role and gives it a country: "Russian", "Russia's", "Moscow", "NATO". */
interface Modifier {
  country: string;
  name: string;
  /** An organisation's sector ("Hamas": REB), which its people take ("Hamas spokesman"). */
  sector?: string;
}

/** Prepositions that place a group: "farmers in France", "negotiators from Armenia". */
const PLACE_PREPOSITIONS = wordSet(["in", "from", "across", "of"]);
/** Words between that preposition and the place name: "in northern Burkina Faso", "in the city of X". */
const PLACE_LOOKAHEAD = 3;

/** Offices whose holders the news names by surname alone, without their country: "Erdogan", "Modi". */
const PROMINENT_CLASSES = new Set(["head_of_state", "head_of_government", "foreign_minister", "president", "king"]);

/** Nouns of time the tagger puts after a role without the role modifying them: "entered separatist territory tonight". */
const TIME_NOUNS = wordSet(["tonight", "today", "yesterday", "tomorrow", "now", "overnight", "morning", "evening"]);

/** Shorter surnames ("In", "Li", "Ali") are too often other words or other people to stand alone. */
const PROMINENT_MIN_LENGTH = 4;

/** The classes of a draft that no later mention refers back to. */
const NO_CLASSES: readonly string[] = [];

/** A city this big says which country an article is about when a region's name is ambiguous ("Atlanta"). */
const REGION_CONTEXT_CITY = 100_000;

/** Titles written short with a full stop before a name ("Sen. Maria Holloway", "Gen. Ivan Popov"). */
const ABBREVIATED_TITLES: ReadonlySet<string> = new Set([
  "Sen",
  "Rep",
  "Gov",
  "Gen",
  "Lt",
  "Col",
  "Adm",
  "Maj",
  "Capt",
  "Brig",
]);

/** Names introduced by a title are at most this long ("Jean-Noël Barrot" is three words). */
const MAX_NAME_WORDS = 4;

/** "Russian" + "army" -> "Russian Army": a body's name is capitalised like a name, a group's is not. */
export function roleName(owner: string, role: RoleRecord): string {
  return `${owner} ${role.kind === "ORG" ? bodyName(role.phrase) : role.phrase}`;
}

/** Role phrases capitalised as bodies' names, by phrase: the regular expression runs once per phrase. */
const bodyNames = new Map<string, string>();

function bodyName(phrase: string): string {
  let name = bodyNames.get(phrase);
  if (name === undefined) bodyNames.set(phrase, (name = phrase.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())));
  return name;
}

/**
 * A person's role as held in the body named before it, which decides the sector: "army
 * spokesman" is MIL, "police spokeswoman" COP, "Hamas spokesman" REB, as "a spokesman for the
 * army" is (resolve.ts). Only an office of no sector of its own (GOV: spokesman, chief, official)
 * takes the body's: a "White House journalist" stays MED, a "police commander" MIL.
 */
function inBody(head: RoleRecord, body: RoleRecord | undefined, mod: Modifier): RoleRecord {
  if (head.kind !== "PERSON" || head.sector !== "GOV") return head;
  const sector = body?.sector ?? mod.sector;
  return sector && sector !== head.sector ? { ...head, sector } : head;
}

/** The actor of a known person. */
export function personActor(p: PersonRecord): Actor {
  return { name: p.name, country: p.country, sector: p.sector, id: p.id };
}

/** What stands before a role and gives it a country, if the phrase can: a nationality, country, capital or body. */
function modifierOf(a: Atom): Modifier | undefined {
  const d = entryOf(a, "demonym") ?? entryOf(a, "country") ?? entryOf(a, "capital");
  if (d) return { country: d.country.iso3, name: d.country.adjective ?? d.country.name };
  const o = entryOf(a, "org");
  if (o && o.org.kind !== "MEDIA" && o.org.sector !== "PRE") {
    const m: Modifier = { country: o.org.country, name: o.org.name };
    if (o.org.sector) m.sector = o.org.sector;
    return m;
  }
  return undefined;
}

/**
 * First pass: reads the matched phrases left to right and turns them into drafts.
 * 1. nationality/country/capital/organisation + role (+ name): "Russian troops", "Romanian President X";
 * 2. a lone phrase by what it is: person, organisation, country, capital, place, demonym, role;
 * 3. names introduced only by a title: "separatist Leonid Pasechnik".
 */
export function buildDrafts(aw: ArticleWords, atoms: Atom[], kb: KnowledgeBase): Draft[] {
  const b = new DraftBuilder(aw, atoms, kb);
  b.readAtoms();
  return addPartyMarks(aw, atoms, b.atomStartingAt, addAppositions(aw, atoms, b.atomStartingAt, b.drafts, kb));
}

/**
 * The first pass's state for one article. Its helpers are methods rather than closures made per
 * article: the tsx loader names every such closure at each call (Object.defineProperty), which
 * cost more than some of the helpers' work.
 */
class DraftBuilder {
  readonly drafts: Draft[] = [];
  readonly n: number;
  /** Per word, the index of the atom starting there, or -1. */
  readonly atomStartingAt: Int32Array;
  /** The knowledge base's context words ("in": locative), looked up by a word of the text. */
  readonly contextWords: WordKeys<ContextWordType>;
  /** Words before this are part of a draft already. */
  covered = 0;
  /** The countries the article names by name, nationality or capital (read once, when asked). */
  countriesNamed: Set<string> | undefined;
  /** Per abbreviation: whether the article spells it out as another name. */
  definitions: Map<string, OrgRecord | null | undefined> | undefined;

  constructor(
    readonly aw: ArticleWords,
    readonly atoms: Atom[],
    readonly kb: KnowledgeBase,
  ) {
    this.n = aw.count;
    this.atomStartingAt = new Int32Array(this.n + 1).fill(-1);
    this.contextWords = wordMap(kb.contextWords);
    for (let k = 0; k < atoms.length; k++) this.atomStartingAt[atoms[k]!.from] = k;
  }

  sameSentence(a: number, b: number): boolean {
    return this.aw.sentence[a] === this.aw.sentence[b];
  }

  /** Reads the atoms left to right into drafts (steps 1 and 2, and 3 through lone()). */
  readAtoms(): void {
    const { aw, atoms, n, atomStartingAt, drafts, contextWords } = this;
    let k = 0;
    while (k < atoms.length) {
      const a = atoms[k]!;
      if (a.from < this.covered) {
        k++;
        continue;
      }
      // 1.
      const mod = modifierOf(a);
      if (mod) {
        let start = a.from;
        let patron = false;
        if (start > 0 && lowerIs(aw, start - 1, "pro") && aw.joinable[start]) {
          start--;
          patron = true;
        }
        let w = a.to;
        while (w < n && this.sameSentence(w, a.from) && aw.joinable[w] && atomStartingAt[w]! < 0) {
          const type = contextWords.get(aw, w);
          if (lowerIs(aw, w, "s") || type === "modifier") w++;
          else if (type === "patron-suffix") {
            patron = true;
            w++;
          } else break;
        }
        let r = k + 1;
        let head: RoleRecord | undefined;
        /** The last body named before the head: "army" in "Russian army spokesman". */
        let body: RoleRecord | undefined;
        let title = false;
        while (
          r < atoms.length &&
          atoms[r]!.from === w &&
          this.sameSentence(w, a.from) &&
          // Only a space, dash or apostrophe between: "PORT SUDAN, Sudan — Drones struck" is no "Sudan drones".
          aw.joinable[w]
        ) {
          const role = entryOf(atoms[r]!, "role");
          if (!role || atoms[r]!.entries.some((e) => e.type === "person")) break;
          if (head?.kind === "ORG") body = head;
          head = role.role;
          title ||= role.role.title;
          w = atoms[r]!.to;
          r++;
        }
        if (head) head = inBody(head, body, mod);
        if (head) {
          const name = title && head.kind === "PERSON" ? this.nameAt(w) : undefined;
          if (name) {
            // An organisation before the title is a mention of its own: "White House spokesperson X".
            if (entryOf(a, "org")) drafts.push(this.lone(a)!);
            const actor: Actor = name.person
              ? personActor(name.person)
              : { name: aw.text.slice(aw.starts[w], aw.ends[name.to - 1]), country: mod.country, sector: head.sector };
            if (!name.person && patron) delete (actor as Partial<Actor>).country;
            this.pushPerson(
              w,
              name.to,
              actor.country ? actor : undefined,
              name.person ? "kb" : "intro",
              head.classes,
              head,
            );
            k = name.atomTo !== undefined ? r + 1 : r;
            continue;
          }
          const d: Draft = { from: start, to: w, kind: head.kind, via: "role", classes: head.classes };
          if (patron && LOCATED_SECTORS.has(head.sector)) {
            d.role = head;
            d.patrons = [mod.country];
          } else d.actor = { name: roleName(mod.name, head), country: mod.country, sector: head.sector };
          drafts.push(d);
          k = r;
          continue;
        }
      }
      // 2.
      const d = this.lone(a);
      if (d) drafts.push(d);
      k++;
    }
  }

  /** The name after a title, at word w: a known person's atom, or a run of capitalised words. */
  nameAt(w: number): { to: number; person?: PersonRecord; atomTo?: number } | undefined {
    const { aw, atoms, n, atomStartingAt } = this;
    if (w >= n || !this.sameSentence(w, w - 1) || !aw.capital[w]) return undefined;
    const sep = aw.text.slice(aw.ends[w - 1], aw.starts[w]);
    if (sep !== " " && sep !== ", " && !(sep === ". " && ABBREVIATED_TITLES.has(wordAt(aw, w - 1) ?? "")))
      return undefined;
    const k = atomStartingAt[w]!;
    if (k >= 0) {
      const p = entryOf(atoms[k]!, "person") ?? entryOf(atoms[k]!, "surname");
      if (p) return { to: atoms[k]!.to, person: p.person, atomTo: atoms[k]!.to };
      if (!atoms[k]!.entries.every((e) => e.type === "place")) return undefined;
    }
    if (!aw.propn[w]) return undefined;
    let to = w + 1;
    while (to < n && to - w < MAX_NAME_WORDS && aw.capital[to] && aw.joinable[to] && this.sameSentence(w, to)) {
      const kk = atomStartingAt[to]!;
      if (kk >= 0 && !atoms[kk]!.entries.every((e) => e.type === "place" || e.type === "surname")) break;
      to++;
    }
    return { to };
  }

  pushPerson(
    from: number,
    to: number,
    actor: Actor | undefined,
    via: string,
    classes: readonly string[],
    role?: RoleRecord,
  ): void {
    const d: Draft = { from, to, kind: "PERSON", via, classes };
    if (actor) d.actor = actor;
    // A located group's leader, or a domestic office ("Senator X", "Congressman X"), takes its country in resolve.ts.
    else if (role && (LOCATED_SECTORS.has(role.sector) || role.home)) d.role = role;
    else if (role && via === "intro") {
      d.role = role;
      d.storyCountry = true;
    }
    this.drafts.push(d);
    this.covered = to;
  }

  /** Whether "in/from/across <place>" follows word w: "teachers in Kenya", "negotiators from Armenia". */
  placeFollows(w: number): boolean {
    const { aw, atoms, n, atomStartingAt } = this;
    if (w >= n || !PLACE_PREPOSITIONS.has(aw, w)) return false;
    for (let j = w + 1; j < n && j <= w + PLACE_LOOKAHEAD && this.sameSentence(w, j); j++) {
      const k = atomStartingAt[j]!;
      if (k >= 0)
        return atoms[k]!.entries.some((e) => e.type === "place" || e.type === "country" || e.type === "capital");
    }
    return false;
  }

  /**
   * A short form of a body's name ("Security Council", "Red Cross") preceded by a longer name's
   * first word ("National Security Council") or by another country ("Ukraine's Red Cross") is
   * some other body of the same kind, not the one the knowledge base knows.
   */
  ownedElsewhere(a: Atom, o: OrgRecord): boolean {
    const { aw, atoms, atomStartingAt } = this;
    if (a.from === 0 || !aw.joinable[a.from] || !this.sameSentence(a.from - 1, a.from)) return false;
    const text = aw.text.slice(aw.starts[a.from], aw.ends[a.to - 1]);
    if (text.length >= o.name.length || !o.name.endsWith(text)) return false;
    let w = a.from - 1;
    if (lowerIs(aw, w, "s") && w > 0) w--;
    let k = w;
    while (k > 0 && atomStartingAt[k]! < 0 && a.from - k < 4) k--;
    const before =
      atomStartingAt[k]! >= 0 && atoms[atomStartingAt[k]!]!.to === w + 1 ? atoms[atomStartingAt[k]!] : undefined;
    if (before) {
      const owner = modifierOf(before);
      return owner !== undefined && owner.country !== o.country;
    }
    return w === a.from - 1 && aw.capital[w] === 1 && aw.propn[w] === 1 && this.sameSentence(w - 1, w);
  }

  /**
   * What an abbreviation stands for when the article spells it out as another name: "the Rapid
   * Support Forces (RSF)" makes every "RSF" that group (null when the knowledge base does not know
   * it), not Reporters Without Borders. Undefined when the article does not contradict the KB.
   */
  spelledOut(a: Atom, o: OrgRecord): OrgRecord | null | undefined {
    const { aw, atoms, n, atomStartingAt } = this;
    if (a.to - a.from !== 1) return undefined;
    const abbr = wordAt(aw, a.from)!;
    if (abbr.length < 2 || abbr !== abbr.toUpperCase() || abbr === o.name) return undefined;
    const definitions = (this.definitions ??= new Map());
    if (definitions.has(abbr)) return definitions.get(abbr);
    let meaning: OrgRecord | null | undefined;
    const at = aw.text.indexOf(`(${abbr})`);
    if (at > 0) {
      // The word just before the parenthesis, and the phrase it ends.
      let w = 0;
      while (w < n && aw.ends[w]! <= at) w++;
      w--;
      let k = w;
      while (k >= 0 && atomStartingAt[k]! < 0 && w - k < 6) k--;
      const atom = k >= 0 && atomStartingAt[k]! >= 0 ? atoms[atomStartingAt[k]!] : undefined;
      const named = atom !== undefined && atom.to === w + 1 ? entryOf(atom, "org")?.org : undefined;
      if (named) meaning = named.id === o.id ? undefined : named;
      else if (w >= 0 && aw.capital[w]) meaning = null;
    }
    definitions.set(abbr, meaning);
    return meaning;
  }

  /** Among the bodies an abbreviation may stand for ("RSF"), the first whose country the article names. */
  localOrg(a: Atom): Extract<KbEntry, { type: "org" }> | undefined {
    let first: Extract<KbEntry, { type: "org" }> | undefined;
    for (const e of a.entries) {
      if (e.type !== "org") continue;
      first ??= e;
      if (e !== first && this.namedCountries().has(e.org.country)) return e;
    }
    return first;
  }

  /** The countries the article names by name, nationality or capital (read once, when asked). */
  namedCountries(): Set<string> {
    if (this.countriesNamed) return this.countriesNamed;
    const named = new Set<string>();
    for (const x of this.atoms) {
      const d = entryOf(x, "country") ?? entryOf(x, "demonym") ?? entryOf(x, "capital");
      if (d) named.add(d.country.iso3);
    }
    return (this.countriesNamed = named);
  }

  /**
   * "Georgia" the US state rather than the country (or a capital's name that is also a region):
   * only when the article otherwise names the region's country (by name, nationality, capital, a
   * body such as a party, or another of its regions or big cities) and never the other country
   * by another name ("Georgian", "Tbilisi"). Without such context the country keeps the name.
   */
  regionOverCountry(a: Atom): PlaceRecord | undefined {
    const state = entryOf(a, "country") ?? entryOf(a, "capital");
    if (!state) return undefined;
    const region = entryOf(a, "place")?.places.find((p) => p.admin1 && p.region && p.country !== state.country.iso3);
    if (!region) return undefined;
    const { aw, atoms } = this;
    let regionCountry = false;
    for (const x of atoms) {
      if (sameWords(aw, x, a)) continue;
      for (const e of x.entries) {
        const c =
          e.type === "country" || e.type === "demonym" || e.type === "capital"
            ? e.country.iso3
            : e.type === "org"
              ? e.org.country
              : e.type === "place" && (e.places[0]!.region || e.places[0]!.population >= REGION_CONTEXT_CITY)
                ? e.places[0]!.country
                : undefined;
        if (c === state.country.iso3 && e.type !== "place") return undefined;
        if (c === region.country) regionCountry = true;
      }
    }
    return regionCountry ? region : undefined;
  }

  /** A phrase standing alone, by the strongest of its meanings. */
  lone(a: Atom): Draft | undefined {
    const { aw } = this;
    // Drafts are written out whole rather than spread from a shared base: V8 copies a spread
    // object through a slow runtime path once the shapes it meets vary, as drafts' do.
    const { from, to } = a;
    const person = entryOf(a, "person");
    if (person)
      return { from, to, kind: "PERSON", actor: personActor(person.person), via: "kb", classes: person.person.classes };
    const org = a.entries.length > 1 ? this.localOrg(a) : entryOf(a, "org");
    const meaning = org && this.spelledOut(a, org.org);
    if (org && meaning !== null && !this.ownedElsewhere(a, org.org)) {
      const o = meaning ?? org.org;
      // Agreements, formats and pipelines (kind OTHER) are named things, not actors that do anything.
      if (o.kind === "OTHER") return { from, to, classes: NO_CLASSES, kind: o.kind, via: "kb" };
      const actor: Actor = { name: o.name, country: o.country, id: o.id };
      if (o.sector) actor.sector = o.sector;
      return { from, to, classes: NO_CLASSES, kind: o.kind, actor, via: "kb" };
    }
    const region = this.regionOverCountry(a);
    if (region) return { from, to, classes: NO_CLASSES, kind: "PLACE", via: "gazetteer", places: [region] };
    const country = entryOf(a, "country");
    if (country) {
      const c = country.country;
      const d: Draft = {
        from,
        to,
        classes: NO_CLASSES,
        kind: "PLACE",
        actor: { name: c.name, country: c.iso3 },
        place: { name: c.name, country: c.iso3 },
        via: "kb",
      };
      return d;
    }
    const capital = entryOf(a, "capital");
    if (capital) {
      const c = capital.country;
      const place = c.capital ? toPlace(c.capital) : { name: wordsOf(aw, a.from, a.to).join(" "), country: c.iso3 };
      const locative = a.from > 0 && this.contextWords.get(aw, a.from - 1) === "locative";
      if (locative) return { from, to, classes: NO_CLASSES, kind: "PLACE", place, via: "kb" };
      return {
        from,
        to,
        classes: NO_CLASSES,
        kind: "ORG",
        place,
        actor: { name: aw.text.slice(aw.starts[a.from], aw.ends[a.to - 1]), country: c.iso3, sector: "GOV" },
        via: "kb",
      };
    }
    const surname = entryOf(a, "surname");
    if (surname) {
      const d: Draft = {
        from,
        to,
        kind: "PERSON",
        via: "kb",
        surnameOf: personActor(surname.person),
        classes: surname.person.classes,
      };
      if (
        surname.person.classes.some((c) => PROMINENT_CLASSES.has(c)) &&
        a.to - a.from === 1 &&
        wordAt(aw, a.from)!.length >= PROMINENT_MIN_LENGTH &&
        aw.propn[a.from]
      )
        d.prominent = { start: surname.person.start, end: surname.person.end };
      return d;
    }
    const place = entryOf(a, "place");
    // "Police", "Marines": a role word that is also a small town is the role unless "in/at" puts it on a map.
    const roleToo =
      place && entryOf(a, "role") && !(a.from > 0 && this.contextWords.get(aw, a.from - 1) === "locative");
    if (place && !roleToo)
      return { from, to, classes: NO_CLASSES, kind: "PLACE", via: "gazetteer", places: place.places };
    const demonym = entryOf(a, "demonym");
    // "pro-Russian" describes who a group sides with; the nationality alone is no actor there.
    if (demonym && a.from > 0 && lowerIs(aw, a.from - 1, "pro"))
      return { from, to, classes: NO_CLASSES, kind: "OTHER", via: "demonym" };
    if (demonym) {
      const c = demonym.country;
      return {
        from,
        to,
        classes: NO_CLASSES,
        kind: demonym.plural ? "GROUP" : "OTHER",
        actor: { name: c.name, country: c.iso3 },
        via: "demonym",
      };
    }
    const role = entryOf(a, "role");
    if (role) {
      // 3.
      const name = role.role.title && role.role.kind === "PERSON" ? this.nameAt(a.to) : undefined;
      if (name) {
        const actor = name.person ? personActor(name.person) : undefined;
        this.pushPerson(a.to, name.to, actor, name.person ? "kb" : "intro", role.role.classes, role.role);
        return undefined;
      }
      const modifiesNoun =
        aw.noun[a.to] && !TIME_NOUNS.has(aw, a.to) && aw.text.slice(aw.ends[a.to - 1], aw.starts[a.to]) === " ";
      if (role.role.bare && !modifiesNoun)
        return { from, to, kind: role.role.kind, via: "coref", classes: role.role.classes, role: role.role };
      if (!modifiesNoun && role.role.kind !== "PERSON" && this.placeFollows(a.to))
        return {
          from,
          to,
          kind: role.role.kind,
          via: "role",
          classes: role.role.classes,
          role: role.role,
          needsPlace: true,
        };
    }
    return undefined;
  }
}

/**
 * Whether two phrases are the same words, as `wordsOf(...).join(" ")` of each would be equal (a
 * word holds no space), compared in the text without making the strings.
 */
function sameWords(aw: ArticleWords, x: Atom, a: Atom): boolean {
  if (x.to - x.from !== a.to - a.from) return false;
  const { text, starts, ends } = aw;
  for (let k = 0; k < a.to - a.from; k++) {
    const start = starts[x.from + k]!;
    const length = ends[x.from + k]! - start;
    const other = starts[a.from + k]!;
    if (ends[a.from + k]! - other !== length) return false;
    for (let c = 0; c < length; c++) if (text.charCodeAt(start + c) !== text.charCodeAt(other + c)) return false;
  }
  return true;
}

import type { EntityKind } from "../model/schema.js";

/** A country or territory of countries.tsv. */
export interface CountryRecord {
  iso3: string;
  iso2: string;
  name: string;
  /** The nationality adjective ("Russian"), for actor names that read well: "Russian troops". */
  adjective?: string;
  /** The capital's place, when the gazetteer has it. */
  capital?: PlaceRecord;
}

/** A role noun of roles.tsv and the sector it implies. */
export interface RoleRecord {
  phrase: string;
  sector: string;
  kind: EntityKind;
  classes: string[];
  /** Can stand before a name: "President X". */
  title: boolean;
  /** Is an entity on its own ("the army"), its country found from context. */
  bare: boolean;
  /**
   * The country the role implies ("congressman": USA), or "*" for a domestic office ("governor")
   * whose country comes from the regions, parties and legislatures around it or the article's
   * dominant country, never from a foreign country named in passing.
   */
  home?: string;
}

/** A known person of people.tsv. */
export interface PersonRecord {
  id: string;
  name: string;
  country: string;
  sector: string;
  org?: string;
  role: string;
  classes: string[];
  start?: number;
  end?: number;
  surname: string;
}

/** An organisation, body or metonym of orgs.tsv. */
export interface OrgRecord {
  id: string;
  name: string;
  country: string;
  sector?: string;
  kind: EntityKind;
}

/** A gazetteer place of places.tsv. */
export interface PlaceRecord {
  name: string;
  country: string;
  lat: number;
  lon: number;
  geonameid?: number;
  admin1?: string;
  population: number;
  region: boolean;
}

/** What a phrase in the text can mean; several meanings may share one phrase. */
export type KbEntry =
  | { type: "country"; country: CountryRecord }
  | { type: "demonym"; country: CountryRecord; plural: boolean }
  | { type: "capital"; country: CountryRecord }
  | { type: "org"; org: OrgRecord }
  | { type: "person"; person: PersonRecord }
  | { type: "surname"; person: PersonRecord }
  | { type: "role"; role: RoleRecord }
  | { type: "place"; places: PlaceRecord[] };

/** How the entities stage reads a word around a name (context-words.tsv). */
export type ContextWordType = "locative" | "modifier" | "patron-prefix" | "patron-suffix" | "place-noun";

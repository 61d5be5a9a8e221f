import type { Actor, EntityKind, Place } from "../../model/schema.js";
import type { PlaceRecord, RoleRecord } from "../../kb/records.js";

/** An entity while the stage works on it: word indices, and what is still to be resolved. */
export interface Draft {
  from: number;
  to: number;
  kind: EntityKind;
  actor?: Actor;
  place?: Place;
  via: string;
  /** Coreference classes ("head_of_state", "army") a later "the army" can refer back to. */
  classes: readonly string[];
  /** A role whose country comes from context ("the ministry", "separatists"). */
  role?: RoleRecord;
  /** A group noun that is an actor only where a place says whose it is ("farmers in France"). */
  needsPlace?: boolean;
  /** The surname's person holds a top office (years in office), so the surname alone names them then. */
  prominent?: { start?: number; end?: number };
  /** Countries that back a group ("pro-Russian"): never the group's own country. */
  patrons?: string[];
  /** Gazetteer candidates, biggest first, to choose among once the article's countries are known. */
  places?: PlaceRecord[];
  /** A surname alone whose person is confirmed only if the article mentions their country. */
  surnameOf?: Actor;
  /**
   * A name introduced by a title that names no country ("President Ana Ruiz"): it takes the
   * country the article is clearly about, if one is (resolve.ts), and no other.
   */
  storyCountry?: boolean;
  /** A name introduced by an apposition ("X, the defence minister of Y"): its roles and whose they are. */
  appos?: Apposition;
}

/** The role phrase set off after a name, read in appositions.ts and resolved in resolve.ts. */
export interface Apposition {
  /** The role nouns, in order: "rebel", "head". */
  heads: readonly RoleRecord[];
  /** Whose role it is: "Norway", "the army", or a role already coded ("Norland's foreign minister"). */
  owner?: Draft;
  /** The role phrase's own draft, which refers to the same person once resolved. */
  roleDraft?: Draft;
  classes: readonly string[];
}

/** The gazetteer record as the output's Place. */
export function toPlace(p: PlaceRecord): Place {
  const place: Place = { name: p.name, country: p.country, lat: p.lat, lon: p.lon };
  if (p.geonameid !== undefined) place.geonameid = p.geonameid;
  if (p.admin1 !== undefined) place.admin1 = p.admin1;
  return place;
}

/** Sectors whose members are located by where they act, not by who backs them. */
export const LOCATED_SECTORS = new Set(["REB", "PRE"]);

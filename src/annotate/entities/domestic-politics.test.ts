import { test } from "node:test";
import assert from "node:assert/strict";
import { loadKnowledgeBase } from "../../kb/knowledge-base.js";
import { newArticle } from "../../model/article.js";
import type { Entity } from "../../model/schema.js";
import { tokenize } from "../nlp/tokenize.js";
import { findEntities } from "./stage.js";

// First-level regions (data/kb/admin1.tsv), parties (orgs.tsv) and domestic offices (roles.tsv, home column).
const kb = loadKnowledgeBase();
const entities = (text: string) => {
  const base = newArticle("t", {});
  return findEntities({ ...base, text, ...tokenize(text) }, kb);
};
const byText = (es: Entity[], text: string) => es.find((e) => e.text === text);
const code = (e: Entity | undefined) => (e?.actor ? `${e.actor.country} ${e.actor.sector ?? "-"}` : undefined);
const where = (e: Entity | undefined) => (e?.place ? `${e.place.country} ${e.place.admin1 ?? "-"}` : undefined);

test("a state or province the news names without its country is a place with country and admin1", () => {
  const es = entities("Storms flooded towns in Kansas, Saskatchewan and Bavaria on Monday.");
  assert.equal(where(byText(es, "Kansas")), "USA US-KS");
  assert.equal(where(byText(es, "Saskatchewan")), "CAN CA-SK");
  assert.equal(where(byText(es, "Bavaria")), "DEU DE-BY");
});

test("Georgia is the country unless the article is otherwise about the United States", () => {
  const country = byText(entities("Georgia recalled its ambassador after the vote."), "Georgia");
  assert.equal(code(country), "GEO -");
  const state = byText(entities("Voters in Georgia lined up in Savannah as the Democrats campaigned."), "Georgia");
  assert.equal(where(state), "USA US-GA");
  // A Georgian name for the country keeps it the country even with US actors around.
  const both = entities("Georgian officials met Republican senators, and Georgia thanked them.");
  assert.equal(code(byText(both, "Georgia")), "GEO -");
});

test("a region name two countries share, or a big town shares, needs the article to name its country", () => {
  assert.equal(byText(entities("Farmers in Punjab blocked the highway."), "Punjab")?.place, undefined);
  assert.equal(where(byText(entities("Indian farmers in Punjab blocked the highway."), "Punjab")), "IND IN-PB");
  assert.equal(where(byText(entities("Pakistani police in Punjab arrested him."), "Punjab")), "PAK PK-PB");
  assert.equal(byText(entities("Crowds gathered in Victoria on Sunday."), "Victoria")?.place, undefined);
  assert.equal(where(byText(entities("Australian voters in Victoria went to the polls."), "Victoria")), "AUS AU-VIC");
});

test("'Washington' stays the US government and 'New York' the city; the states have their own names", () => {
  assert.equal(code(byText(entities("Washington imposed new sanctions."), "Washington")), "USA GOV");
  assert.equal(where(byText(entities("Fires burned in Washington State."), "Washington State")), "USA US-WA");
});

test("party names and adjectives are the party's country, sector PTY", () => {
  const es = entities("Republican lawmakers met the Tories, the SPD and the BJP.");
  assert.equal(code(byText(es, "Republican lawmakers")), "USA LEG");
  assert.equal(code(byText(es, "Tories")), "GBR PTY");
  assert.equal(code(byText(es, "SPD")), "DEU PTY");
  assert.equal(code(byText(es, "BJP")), "IND PTY");
  // The Congress party is India's, not the US Congress; the Republican Guard is no party.
  assert.equal(code(byText(entities("The Congress party won."), "Congress party")), "IND PTY");
  assert.equal(code(byText(entities("The Republican Guard moved in."), "Republican Guard")), "SYR MIL");
});

test("a role whose country is implied carries it: Congressman X is a US lawmaker, and so is X later", () => {
  const es = entities("Congresswoman Jo Brannock spoke in Ottawa. Brannock said she was pleased.");
  const all = es.filter((e) => e.text === "Jo Brannock" || e.text === "Brannock");
  assert.equal(all.length, 2);
  for (const e of all) assert.equal(code(e), "USA LEG");
});

test("a domestic office takes the country of the regions and parties of its sentence", () => {
  assert.equal(code(byText(entities("The governor toured flooded towns in Iowa."), "governor")), "USA GOV");
  const s = entities("Senator Ana Ruiz attacked her Republican rival.");
  assert.equal(code(byText(s, "Ana Ruiz")), "USA LEG");
  assert.equal(code(byText(entities("State lawmakers in Ohio passed the bill."), "State lawmakers")), "USA LEG");
});

test("a domestic office takes no country from a foreign country named near it, and none without context", () => {
  assert.equal(
    code(byText(entities("The vice president criticized China over the tariffs."), "vice president")),
    undefined,
  );
  assert.equal(code(byText(entities("The governor slammed the moderators."), "governor")), undefined);
  assert.equal(code(byText(entities("Senator Ana Ruiz met Chinese officials."), "Ana Ruiz")), undefined);
});

test("with no country in its sentence, a domestic office takes the country that dominates the article", () => {
  const es = entities(
    "Kenya's parliament met on Monday. Kenyan police guarded Nairobi. Kenya's president spoke. The vice president criticized the budget.",
  );
  assert.equal(code(byText(es, "vice president")), "KEN GOV");
  // Two countries equally present: no guess.
  const even = entities(
    "Kenya and Uganda signed a deal. Kenyan and Ugandan officials met. The vice president criticized it.",
  );
  assert.equal(code(byText(even, "vice president")), undefined);
});

test("an abbreviated title before a name introduces the person: Rep., Sen., Gov., Gen.", () => {
  const es = entities("Rep. Dale Whitfield of Iowa criticized the plan. Whitfield later met voters.");
  assert.equal(code(byText(es, "Dale Whitfield")), "USA LEG");
  assert.equal(code(byText(es, "Whitfield")), "USA LEG");
  assert.equal(code(byText(entities("Gov. Lena Marsh of Texas signed the bill."), "Lena Marsh")), "USA GOV");
  assert.equal(code(byText(entities("Russian Gen. Ivan Popov was dismissed."), "Ivan Popov")), "RUS MIL");
  // A surname that spells a title is no title after a name.
  assert.equal(byText(entities("The economist Amartya Sen said growth was slowing."), "Sen"), undefined);
});

test("a party-and-state mark makes the name before it a US legislator, and the surname carries it", () => {
  const es = entities("However, Dana Whitcombe (D-Mass.) said the rule was unfair. Whitcombe later met the panel.");
  assert.equal(code(byText(es, "Dana Whitcombe")), "USA LEG");
  assert.equal(code(byText(es, "Whitcombe")), "USA LEG");
  assert.equal(code(byText(entities("Sen. Ann Lee (R-Texas) criticized the plan."), "Ann Lee")), "USA LEG");
  // A wire credit in brackets is no party mark.
  assert.equal(byText(entities("Moscow (AFP) - The talks ended on Monday."), "Moscow (AFP)"), undefined);
});

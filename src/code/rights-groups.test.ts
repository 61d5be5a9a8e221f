import { test } from "node:test";
import assert from "node:assert/strict";
import { STAGES, defaultContext } from "../pipeline/default-pipeline.js";
import type { Event } from "../model/schema.js";
import { runSentence } from "./eval/sentence-set.js";

// Rows of data/kb/roles.tsv (rights groups, aid agencies as NGO actors) and data/events/patterns.tsv
// (commit-crime, blockade-road, hang-execute) added from the fourth held-out sentence set.
const stages = STAGES.filter((s) => s.name !== "extract");
const ctx = defaultContext();
const events = (text: string): Event[] => runSentence(text, stages, ctx).events;
const countries = (e: Event, side: "actor" | "recipient") => e[side].map((a) => a.country);

test("rights groups and aid agencies are NGO actors; a national adjective gives them their country", () => {
  const [e, ...rest] = events("Rights groups accused Norland of torturing detainees.");
  assert.equal(rest.length, 0);
  assert.equal(e?.event, "ACCUSE");
  assert.deepEqual(countries(e!, "actor"), ["NGO"]);
  const [d] = events("Ethiopian human rights groups accused the government of torture.");
  assert.deepEqual(countries(d!, "actor"), ["ETH"]);
  assert.equal(d!.actor[0]!.sector, "NGO");
});

test("saying that a named party committed war crimes or atrocities accuses it", () => {
  const [e, ...rest] = events("Human Rights Watch said Ethiopian troops had committed atrocities in Tigray.");
  assert.equal(rest.length, 0);
  assert.equal(e?.event, "ACCUSE");
  assert.deepEqual(countries(e!, "actor"), ["NGO"]);
  assert.deepEqual(countries(e!, "recipient"), ["ETH"]);
  // With no party named, there is no one accused and no event.
  assert.deepEqual(events("Investigators said war crimes had been committed."), []);
});

test("blocking motorways, tunnels or airports is an obstructive protest", () => {
  for (const place of ["motorways around the capital", "the tunnel into the city", "the airport"]) {
    const [e] = events(`Farmers in France blocked ${place} in protest at fuel taxes.`);
    assert.equal(e?.event, "PROTEST", place);
    assert.equal(e?.mode, "obstruct", place);
  }
});

test("hanging prisoners is a killing; hanging banners or hanging up is not", () => {
  const [e] = events("Iran hanged two men on Saturday.");
  assert.equal(e?.event, "ASSAULT");
  assert.deepEqual(countries(e!, "actor"), ["IRN"]);
  assert.deepEqual(events("Protesters in Tehran hung banners from the bridge."), []);
  assert.deepEqual(events("The Iranian minister hung up the phone."), []);
});

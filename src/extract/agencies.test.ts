import { test } from "node:test";
import assert from "node:assert/strict";
import { agenciesIn, creditLineAgencies, datelineAgency, parseByline } from "./agencies.js";

test("agency names, long and short, to canonical names", () => {
  assert.deepEqual(agenciesIn("reported by Agence France-Presse and The Associated Press"), ["AFP", "AP"]);
  assert.deepEqual(agenciesIn("a map of the area"), [], "lower-case acronyms are words");
});

test("bylines give names; a sentence starting with By is not one", () => {
  assert.deepEqual(parseByline("By AFP"), ["AFP"]);
  assert.deepEqual(parseByline("By Mira Okonkwo and Jon Park in Veldara"), ["Mira Okonkwo", "Jon Park"]);
  assert.deepEqual(parseByline("By Mira Okonkwo, Reuters"), ["Mira Okonkwo", "Reuters"]);
  assert.equal(parseByline("By the end of the week, the ferry was running again."), null);
});

test("credit lines name the agencies that contributed", () => {
  assert.deepEqual(creditLineAgencies("AFP contributed reporting."), ["AFP"]);
  assert.deepEqual(creditLineAgencies("With AFP and Reuters"), ["AFP", "Reuters"]);
  assert.deepEqual(creditLineAgencies("— AP"), ["AP"]);
  assert.deepEqual(creditLineAgencies("Reuters"), ["Reuters"]);
  assert.equal(creditLineAgencies("Reuters reported the fire first."), null);
});

test("a wire dateline names its agency", () => {
  assert.equal(datelineAgency("VELDARA (Reuters) - The ferry sailed on time."), "Reuters");
  assert.equal(datelineAgency("The ferry (a new one) - sailed."), null);
});

test("an agency the list does not know is read from a wire dateline or a credit naming an agency", () => {
  assert.equal(datelineAgency("PORT ELLIS, June 9 (NWA) - The ferry sailed on time."), "NWA");
  assert.equal(datelineAgency("Port Ellis, June 9 (NWA) - lower-case places are not datelines."), null);
  assert.deepEqual(creditLineAgencies("Northwind Press contributed reporting."), ["Northwind Press"]);
  assert.equal(creditLineAgencies("Northwind Bakery contributed reporting."), null);
});

test("a line that is only an agency's name is a credit", () => {
  assert.deepEqual(creditLineAgencies("Northwind Press Agency"), ["Northwind Press Agency"]);
  assert.equal(creditLineAgencies("Northwind Harbour Authority"), null);
});

test("a line naming an agency the list does not know, by each word agencies use", () => {
  assert.deepEqual(creditLineAgencies("Northwind Newswire"), ["Northwind Newswire"]);
  assert.deepEqual(creditLineAgencies("Orvik Press Agency."), ["Orvik Press Agency"]);
  assert.deepEqual(creditLineAgencies("Harbour Prensa"), ["Harbour Prensa"]);
  assert.deepEqual(creditLineAgencies("Meridian Wire contributed reporting."), ["Meridian Wire"]);
  assert.deepEqual(creditLineAgencies("(Coastal Newswire contributed to this story)"), ["Coastal Newswire"]);
  assert.equal(creditLineAgencies("Meridian Wire"), null);
  assert.equal(creditLineAgencies("The council met on Tuesday."), null);
});

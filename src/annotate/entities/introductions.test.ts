import { test } from "node:test";
import assert from "node:assert/strict";
import { loadKnowledgeBase } from "../../kb/knowledge-base.js";
import { newArticle } from "../../model/article.js";
import type { Entity } from "../../model/schema.js";
import { tokenize } from "../nlp/tokenize.js";
import { findEntities } from "./stage.js";

const kb = loadKnowledgeBase();
const entities = (text: string) => findEntities({ ...newArticle("t", {}), text, ...tokenize(text) }, kb);
const byText = (es: Entity[], text: string) => es.find((e) => e.text === text);
const all = (es: Entity[], text: string) => es.filter((e) => e.text === text);
const code = (e: Entity | undefined) =>
  e?.actor ? `${e.actor.name}: ${e.actor.country} ${e.actor.sector ?? "-"}` : undefined;

test("a title before an unknown name codes the person, and later mentions carry the code", () => {
  const es = entities(
    "Norway's defence minister Tom Brandt arrived on Monday. Brandt said the defence minister would stay. The minister then left.",
  );
  assert.equal(code(byText(es, "Tom Brandt")), "Tom Brandt: NOR GOV");
  assert.equal(code(byText(es, "Brandt")), "Tom Brandt: NOR GOV");
  assert.equal(code(byText(es, "defence minister")), "Tom Brandt: NOR GOV");
  assert.equal(code(byText(es, "minister")), "Tom Brandt: NOR GOV");
  const kenya = entities("The Kenyan opposition leader Joseph Kamau rejected the count. Kamau vowed to appeal.");
  assert.equal(code(byText(kenya, "Joseph Kamau")), "Joseph Kamau: KEN OPP");
  assert.equal(code(byText(kenya, "Kamau")), "Joseph Kamau: KEN OPP");
});

test("a rebel leader introduced by title alone takes the country where the group acts", () => {
  const es = entities("Fighting went on in Congo. Rebel leader Ana Ruiz said she would not disarm. Ruiz then left.");
  assert.equal(code(byText(es, "Ana Ruiz")), "Ana Ruiz: COD REB");
  assert.equal(code(byText(es, "Ruiz")), "Ana Ruiz: COD REB");
});

test("an apposition after an unknown name introduces the person: 'X, the defence minister of Y,'", () => {
  const es = entities(
    "Tom Brandt, the defence minister of Norway, said the talks had failed. Brandt later told reporters the minister was tired.",
  );
  assert.equal(code(byText(es, "Tom Brandt")), "Tom Brandt: NOR GOV");
  assert.equal(code(byText(es, "defence minister")), "Tom Brandt: NOR GOV");
  assert.equal(code(byText(es, "Brandt")), "Tom Brandt: NOR GOV");
  assert.equal(code(byText(es, "minister")), "Tom Brandt: NOR GOV");
});

test("apposition with a possessive owner, an armed group's head, a body's spokesman", () => {
  const fm = entities("Olga Marenko, Ukraine's foreign minister, said talks would go on. Marenko would travel.");
  assert.equal(code(byText(fm, "Olga Marenko")), "Olga Marenko: UKR GOV");
  assert.equal(code(byText(fm, "Ukraine's foreign minister")), "Olga Marenko: UKR GOV");
  assert.equal(code(byText(fm, "Marenko")), "Olga Marenko: UKR GOV");

  const rebel = entities("Denis Varga, the rebel head of the Donetsk People's Republic, said shelling went on.");
  assert.equal(code(byText(rebel, "Denis Varga")), "Denis Varga: UKR REB");

  const army = entities("Russian forces moved west. Piet Adams, a spokesman for the army, said troops pulled back.");
  assert.equal(code(byText(army, "Piet Adams")), "Piet Adams: RUS MIL");
  assert.equal(code(byText(army, "spokesman")), "Piet Adams: RUS MIL");

  const envoy = entities("Officials met John Smith, the British ambassador to Ukraine, in the capital.");
  assert.equal(code(byText(envoy, "John Smith")), "John Smith: GBR GOV");
});

test("an apposition with no country in reach leaves the person uncoded, not someone else's", () => {
  const es = entities("Mary Jones, the spokeswoman, said Russia would help.");
  assert.equal(byText(es, "Mary Jones")?.kind, "PERSON");
  assert.equal(byText(es, "Mary Jones")?.actor, undefined);
  assert.equal(byText(es, "spokeswoman"), undefined);
  // Places and dates before a comma are no names.
  const none = entities("In Central Kharkiv, the governor said so. New York, the largest city, voted.");
  assert.equal(
    none.some((e) => e.kind === "PERSON"),
    false,
  );
});

test("a short form of a body's name is that body only when no other owner precedes it", () => {
  const es = entities(
    "The Security Council met. Russia's Security Council met too. The National Security Council did not.",
  );
  assert.equal(code(byText(es, "Security Council")), "UN Security Council: IGO -");
  assert.equal(all(es, "Security Council").length, 1);
  assert.equal(byText(es, "Russia's Security Council")?.actor?.country, "RUS");
  const rc = entities("The Ukrainian Red Cross sent trucks.");
  assert.equal(byText(rc, "Red Cross"), undefined);
});

test("an abbreviation follows what the article spells it out as, or the country it names", () => {
  const spelled = entities("The paramilitary Rapid Support Forces (RSF) attacked the town. The RSF denied it.");
  assert.deepEqual(
    all(spelled, "RSF").map((e) => e.actor?.country),
    ["SDN", "SDN"],
  );
  const other = entities("The Rural Safety Front (RSF) marched. RSF said so.");
  assert.equal(byText(other, "RSF"), undefined);
  const sudan = entities("The RSF shelled Khartoum on Monday.");
  assert.equal(byText(sudan, "RSF")?.actor?.country, "SDN");
  const press = entities("RSF said two journalists were held in Moscow.");
  assert.equal(byText(press, "RSF")?.actor?.name, "Reporters Without Borders");
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { emptyKnowledgeBase } from "../../kb/knowledge-base.js";
import { newArticle } from "../../model/article.js";
import type { Actor, Entity, EntityKind, Quote } from "../../model/schema.js";
import { tokenize } from "../nlp/tokenize.js";
import { quotesStage } from "./stage.js";
import { findQuotes } from "./find-quotes.js";

const BELKO: Actor = { name: "Ana Belko", country: "NRL", sector: "GOV", id: "belko" };
const ORLIK: Actor = { name: "Vesna Orlik", country: "TRS", sector: "REB", id: "orlik" };
const MINISTRY: Actor = {
  name: "Ministry of Foreign Affairs of Norland",
  country: "NRL",
  sector: "GOV",
  id: "nrl-mfa",
};

/** Every mention of `mention` in `text` as an entity. */
function mentions(text: string, mention: string, kind: EntityKind, actor?: Actor): Entity[] {
  const out: Entity[] = [];
  for (let at = text.indexOf(mention); at >= 0; at = text.indexOf(mention, at + 1)) {
    out.push({ start: at, end: at + mention.length, text: mention, kind, ...(actor ? { actor } : {}) });
  }
  return out;
}

/** Runs the stage on a hand-built article. */
function quotes(text: string, entities: Entity[] = []): Quote[] {
  const article = { ...newArticle("t", {}), text, ...tokenize(text), entities };
  return quotesStage.run(article, { kb: emptyKnowledgeBase() }).quotes;
}

const find = (qs: Quote[], words: string) => qs.find((q) => q.text.includes(words));

test("the stage declares its contract", () => {
  assert.equal(quotesStage.name, "quotes");
  assert.deepEqual([...quotesStage.needs], ["text", "sentences", "tokens", "entities"]);
  assert.deepEqual([...quotesStage.adds], ["quotes"]);
});

test("speaker after the quotation, with a comma inside or outside the marks", () => {
  const text = `"The dam will hold," Governor Ana Belko said on Friday.\n\n“We will rebuild the bridge”, Belko twitted.`;
  const es = [...mentions(text, "Ana Belko", "PERSON", BELKO), ...mentions(text, "Belko", "PERSON", BELKO).slice(1)];
  const qs = quotes(text, es);
  assert.equal(qs.length, 2);
  assert.deepEqual(
    qs.map((q) => [q.text, q.kind, q.speaker?.actor?.name, q.cue]),
    [
      ["The dam will hold", "direct", "Ana Belko", "said"],
      ["We will rebuild the bridge", "direct", "Ana Belko", "twitted"],
    ],
  );
});

test("speaker before the quotation, after a colon", () => {
  const qs = quotes(
    `Speaking in Tarsk, Orlik said: "We will not leave. The valley is ours."`,
    mentions(`Speaking in Tarsk, Orlik said: "We will not leave. The valley is ours."`, "Orlik", "PERSON", ORLIK),
  );
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.kind, "direct");
  assert.equal(qs[0]!.text, "We will not leave. The valley is ours.");
  assert.equal(qs[0]!.speaker?.actor?.id, "orlik");
});

test("speaker in the middle of a quotation attributes both parts", () => {
  const text = `Vesna Orlik spoke first. “We asked for talks,” she said, “and nobody answered.”`;
  const qs = quotes(text, mentions(text, "Vesna Orlik", "PERSON", ORLIK));
  assert.deepEqual(
    qs.map((q) => [q.text, q.speaker?.text, q.speaker?.actor?.id]),
    [
      ["We asked for talks", "Vesna Orlik", "orlik"],
      ["and nobody answered.", "Vesna Orlik", "orlik"],
    ],
  );
});

test("inverted attributions: said X, read the statement of X", () => {
  const text = `“The border stays open,” said Belko.\n\n“Norland keeps its promises,” read the statement of Ana Belko, released by her office.`;
  const es = [
    ...mentions(text, "Ana Belko", "PERSON", BELKO),
    {
      start: text.indexOf("Belko."),
      end: text.indexOf("Belko.") + 5,
      text: "Belko",
      kind: "PERSON" as const,
      actor: BELKO,
    },
  ];
  const qs = quotes(
    text,
    es.sort((a, b) => a.start - b.start),
  );
  assert.deepEqual(
    qs.map((q) => [q.kind, q.speaker?.actor?.id, q.cue]),
    [
      ["direct", "belko", "said"],
      ["direct", "belko", "read"],
    ],
  );
});

test("pronouns resolve to the last person quoted, with the full actor", () => {
  const text = `“The harvest failed,” Orlik said.\n\nThe ministry in Velm has not commented.\n\n“We need seed grain,” she said.`;
  const es = [...mentions(text, "Orlik", "PERSON", ORLIK), ...mentions(text, "The ministry in Velm", "ORG", MINISTRY)];
  const q = find(quotes(text, es), "seed grain")!;
  assert.equal(q.speaker?.text, "Orlik");
  assert.equal(q.speaker?.actor?.id, "orlik");
  assert.equal(text.slice(q.speaker!.start!, q.speaker!.end!), "she");
});

test("'she' passes over a man quoted more recently when the names tell, and names that tell nothing keep the nearest", () => {
  const MARK: Actor = { name: "Mark Dunlo", country: "NRL", sector: "GOV", id: "dunlo" };
  const text = `“The harvest failed,” Ana Belko said.\n\n“Prices will rise,” Mark Dunlo said.\n\n“We need seed grain,” she said.`;
  const es = [...mentions(text, "Ana Belko", "PERSON", BELKO), ...mentions(text, "Mark Dunlo", "PERSON", MARK)];
  assert.equal(find(quotes(text, es), "seed grain")!.speaker?.actor?.id, "belko");
  // Names that tell nothing: the last person quoted, as before.
  const QUILL: Actor = { ...MARK, name: "Quill Dunlo", id: "dunlo" };
  const men = text.replace("Ana Belko", "Ivo Belko").replace("Mark Dunlo", "Quill Dunlo");
  const es2 = [...mentions(men, "Ivo Belko", "PERSON", BELKO), ...mentions(men, "Quill Dunlo", "PERSON", QUILL)];
  assert.equal(find(quotes(men, es2), "seed grain")!.speaker?.actor?.id, "dunlo");
});

test("role nouns and 'the statement' refer back to the body or speaker they fit", () => {
  const text =
    `Norland on Monday cut ties with Tarsk, the Norlandic foreign ministry said.\n\n` +
    `The minister will travel to Velm next week, the ministry said in a statement.\n\n` +
    `“Norland seeks a lasting peace with all its neighbours,” the statement added.`;
  const es = mentions(text, "the Norlandic foreign ministry", "ORG", MINISTRY);
  const qs = quotes(text, es);
  assert.equal(qs.length, 3);
  for (const q of qs) assert.equal(q.speaker?.actor?.id, "nrl-mfa", q.text);
  assert.equal(find(qs, "lasting peace")?.kind, "direct");
  assert.equal(find(qs, "will travel")?.text, "The minister will travel to Velm next week");
});

test("a cue-less quotation paragraph continues the previous speaker", () => {
  const text = `“The dam will hold,” Belko said.\n\n“We built it to last a century.”`;
  const qs = quotes(text, mentions(text, "Belko", "PERSON", BELKO));
  assert.equal(find(qs, "a century")?.speaker?.actor?.id, "belko");
});

test("a quotation after a sentence about someone is theirs", () => {
  const text = `Governor Ana Belko condemned the raid. “This was an attack on farmers,” the governor's office later wrote.\n\nIn turn, Vesna Orlik rejected the claims. “Nobody crossed the river that night.”`;
  const es = [...mentions(text, "Ana Belko", "PERSON", BELKO), ...mentions(text, "Vesna Orlik", "PERSON", ORLIK)];
  assert.equal(find(quotes(text, es), "Nobody crossed")?.speaker?.actor?.id, "orlik");
});

test("one quotation over several paragraphs, its speaker named at its end", () => {
  const text = `“We condemn the raid.\n\nThe valley belongs to everyone who farms it.\n\nWe call for calm,” Orlik said.`;
  const qs = quotes(text, mentions(text, "Orlik", "PERSON", ORLIK));
  assert.equal(qs.length, 1);
  assert.ok(qs[0]!.text.includes("We call for calm"));
  assert.equal(qs[0]!.speaker?.actor?.id, "orlik");
});

test("scare quotes are not quotations; reported speech around them is mixed", () => {
  const text = `Norland sent 300 soldiers as "peacekeepers" to the valley.\n\nBelko said she expected "clear" and "effective" support from her allies.`;
  const qs = quotes(text, mentions(text, "Belko", "PERSON", BELKO));
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.kind, "mixed");
  assert.equal(qs[0]!.text, `she expected "clear" and "effective" support from her allies`);
  assert.equal(qs[0]!.speaker?.actor?.id, "belko");
});

test("indirect speech: said (that), says, and the clause before 'X said'", () => {
  const text =
    `Governor Ana Belko said Tuesday that Norland was considering new talks.\n\n` +
    `Farmers in the valley say the water is rising.\n\n` +
    `Norland backs the farmers' claims, Governor Ana Belko said on Wednesday evening.`;
  const es = mentions(text, "Ana Belko", "PERSON", BELKO);
  const qs = quotes(text, es);
  assert.deepEqual(
    qs.map((q) => [q.text, q.kind, q.speaker?.text]),
    [
      ["Norland was considering new talks", "indirect", "Ana Belko"],
      ["the water is rising", "indirect", "Farmers in the valley"],
      ["Norland backs the farmers' claims", "indirect", "Ana Belko"],
    ],
  );
});

test("indirect speech: according to, told reporters, warned, announced, added", () => {
  const text =
    `According to an anonymous source, the convoy turned back at dawn.\n\n` +
    `The bridge was closed for repairs, according to the BBC.\n\n` +
    `Orlik told reporters on Monday that the harvest had failed.\n\n` +
    `Officials warned that the dam could break.\n\n` +
    `The army announced on Tuesday that two of its soldiers had been wounded.\n\n` +
    `The army added that it had moved its artillery.`;
  const es = [...mentions(text, "Orlik", "PERSON", ORLIK), ...mentions(text, "BBC", "MEDIA")];
  const qs = quotes(text, es);
  const who = (words: string) => find(qs, words)?.speaker?.text;
  assert.equal(who("convoy turned back"), "an anonymous source");
  assert.equal(who("closed for repairs"), "BBC");
  assert.equal(who("harvest had failed"), "Orlik");
  assert.equal(find(qs, "harvest had failed")?.cue, "told");
  assert.equal(who("dam could break"), "Officials");
  assert.equal(who("wounded"), "The army");
  assert.equal(who("moved its artillery"), "The army");
});

test("indirect speech: accused Y of, called on Y to, urged Y to", () => {
  const text =
    `Belko accused Tarsk of shelling the dam.\n\n` +
    `Orlik called on Norland to withdraw its troops.\n\n` +
    `The farmers urged the council to reopen the market.`;
  const qs = quotes(text, [...mentions(text, "Belko", "PERSON", BELKO), ...mentions(text, "Orlik", "PERSON", ORLIK)]);
  assert.deepEqual(
    qs.map((q) => [q.text, q.speaker?.text, q.cue]),
    [
      ["Tarsk of shelling the dam", "Belko", "accused"],
      ["Norland to withdraw its troops", "Orlik", "called on"],
      ["the council to reopen the market", "The farmers", "urged"],
    ],
  );
});

test("a participle carries on its clause's speaker", () => {
  const text = `“We are not afraid,” Orlik said, adding that the farmers would stay on their land.`;
  const qs = quotes(text, mentions(text, "Orlik", "PERSON", ORLIK));
  const q = find(qs, "farmers would stay");
  assert.equal(q?.kind, "indirect");
  assert.equal(q?.speaker?.actor?.id, "orlik");
});

test("a partial quotation after 'said that' is mixed, with the reported clause as its text", () => {
  const text = `A source said that “a long column of trucks” was seen near Velm.`;
  const qs = quotes(text);
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.kind, "mixed");
  assert.equal(qs[0]!.text, `“a long column of trucks” was seen near Velm`);
  assert.equal(qs[0]!.speaker?.text, "A source");
});

test("a person in an apposition is the speaker", () => {
  const text = `“We ask for recognition,” Vesna Orlik, the rebel head of the Tarsk Council, said.`;
  const es = [...mentions(text, "Vesna Orlik", "PERSON", ORLIK), ...mentions(text, "Tarsk Council", "ORG")];
  assert.equal(quotes(text, es)[0]?.speaker?.actor?.id, "orlik");
});

test("without entities the speaker is the phrase itself", () => {
  const qs = quotes(`"Prices will fall," said Dr. Ilan Vost, an economist at the Velm institute.`);
  assert.equal(qs[0]?.speaker?.text, "Dr. Ilan Vost");
  const rel = quotes(`An official who spoke on condition of anonymity said the dam was damaged.`);
  assert.equal(rel[0]?.speaker?.text, "An official");
});

test("a sentence that ends the article right after the speaker does not read past the last token", () => {
  const text = "The bridge will reopen in May, according to the council";
  const { sentences, tokens } = tokenize(text);
  const quotes = findQuotes(text, tokens, sentences, []);
  assert.equal(quotes[0]?.text, "The bridge will reopen in May");
});

test("', a charge X denies' after a clause is an aside about it, not an attribution; ', a spokesman said' is", () => {
  assert.deepEqual(quotes("Norland accused Vesta of arming the rebels, a charge the Vestan government denies."), []);
  const [q] = quotes("Norland shelled the border town overnight, a spokesman said.");
  assert.equal(q?.text, "Norland shelled the border town overnight");
});

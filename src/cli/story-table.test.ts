import { test } from "node:test";
import assert from "node:assert/strict";
import type { Story } from "../model/schema.js";
import { storyTable } from "./story-table.js";

const event = (id: string, date: string | null, inferred = false): Story["events"][number] => ({
  id,
  event: "CONSULT",
  actor: [
    { name: "Norland", country: "NOR", sector: "GOV" },
    { name: "Ana Belko", country: "NOR", sector: "GOV" },
  ],
  recipient: [{ name: "Vesta", country: "VES" }],
  date,
  ...(inferred ? { date_inferred: true } : {}),
  status: "asserted",
  mentions: [{ article: "a", event: "e1" }],
  sources: ["Ledger"],
  independent_sources: 1,
});

test("the terminal timeline marks inferred dates and undated events", () => {
  const story: Story = {
    id: "s1",
    title: "Norland and Vesta talk",
    articles: ["a"],
    events: [event("e1", "2031-04-08", true), event("e2", "2031-04-09"), event("e3", null)],
  };
  const out = storyTable([story], [], 120);
  assert.match(out, /2031-04-08 \(inferred\)/);
  assert.match(out, /2031-04-09(?! \(inferred\))/);
  assert.match(out, /undated/);
  // Two actors with one code are shown once.
  assert.match(out, /NOR\/GOV → VES/);
  assert.doesNotMatch(out, /NOR\/GOV\+NOR\/GOV/);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { openSqliteStore } from "./sqlite-store.js";
import { linkStored } from "./link-stored.js";
import { article } from "../link/test-articles.js";

const strike = (id: string, day: string) =>
  article({
    id,
    title: `Kessin dock strike, day ${id}`,
    published: day,
    outlet: `Outlet ${id}`,
    text:
      "Dock workers in Kessin kept the Mirel harbour closed as the strike of the Quayside Union went on. " +
      `Union leader Marta Vosk said cranes would stay idle until night pay returns. Note ${id}.`,
  });
const slide = article({
  id: "q",
  title: "Landslide buries quarry road near Tessary",
  published: "2031-06-01",
  text: "A landslide buried the quarry road above Tessary after rain, cutting off Brunholt and Ammer villages.",
});

test("a later run adds only its new articles, keeps story ids and rebuilds only the stories they join", async () => {
  const store = await openSqliteStore(":memory:");
  const first = [strike("a", "2031-06-01"), slide];
  await store.putArticles(first);
  const run1 = await linkStored(store, first);
  assert.equal(run1.added, 2);
  assert.equal(run1.stories.length, 2);
  const strikeId = run1.stories.find((s) => s.articles.includes("a"))!.id;

  const all = [...first, strike("b", "2031-06-02")];
  await store.putArticles(all.slice(2));
  const run2 = await linkStored(store, all);
  assert.equal(run2.added, 1, "only the new article is linked");
  assert.equal(run2.changedStories, 1, "only its story is rebuilt");
  assert.deepEqual(run2.stories.find((s) => s.id === strikeId)!.articles.sort(), ["a", "b"]);
  assert.equal(run2.stories.length, 2);

  const again = await linkStored(store, all);
  assert.equal(again.added, 0);
  assert.equal(again.changedStories, 0);

  const relinked = await linkStored(store, all, { relink: true });
  assert.deepEqual(relinked.stories.map((s) => s.id).sort(), run2.stories.map((s) => s.id).sort());
  await store.close();
});

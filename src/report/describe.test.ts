import { test } from "node:test";
import assert from "node:assert/strict";
import { newArticle } from "../model/article.js";
import { actorLabel, outletOf, prettyDate, quadOf } from "./describe.js";

test("dates read as days, keep the written clock time, and odd values pass through", () => {
  assert.equal(prettyDate("2026-03-03"), "Tue 3 Mar 2026");
  assert.equal(prettyDate("2026-03-03T19:40:00+04:00"), "Tue 3 Mar 2026 19:40");
  assert.equal(prettyDate("XXXX-WXX-2"), "a Tue (week unknown)");
  assert.equal(prettyDate("XXXX-WXX-7"), "a Sun (week unknown)");
  assert.equal(prettyDate("2026-03-04T21:10:00Z"), "Wed 4 Mar 2026 21:10");
  for (const v of ["2026-W09", "2026", "XXXX-WXX", "2026-02-30", "2026-03-01TNI"]) assert.equal(prettyDate(v), v);
});

test("an outlet falls back to the URL's host", () => {
  const a = newArticle("x", { path: "a.txt" });
  assert.equal(outletOf(a), null);
  assert.equal(
    outletOf({ ...a, meta: { ...a.meta, url: "https://www.harbour-herald.example/x" } }),
    "harbour-herald.example",
  );
  assert.equal(outletOf({ ...a, meta: { ...a.meta, url: "not a url" } }), null);
  assert.equal(
    outletOf({ ...a, meta: { ...a.meta, outlet: "Harbour Herald", url: "https://h.example" } }),
    "Harbour Herald",
  );
});

test("quad class comes from the event when valid, else from its type", () => {
  assert.equal(quadOf("ASSAULT"), 4);
  assert.equal(quadOf("ASSAULT", 3), 3);
  assert.equal(quadOf("AID", 9), 2);
  assert.equal(quadOf("NONSENSE"), 0);
  assert.equal(actorLabel({ name: "Lindby", country: "LND", sector: "GOV" }), "Lindby (LND GOV)");
});

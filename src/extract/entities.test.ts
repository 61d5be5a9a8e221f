import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeEntities } from "./entities.js";

test("numeric and named references decode without a charset", () => {
  assert.equal(
    decodeEntities("Osk&#8217;s ferry &amp; the &ldquo;wall&rdquo; &#x2014; &euro;4"),
    "Osk’s ferry & the “wall” — €4",
  );
  assert.equal(decodeEntities("AT&T and &bogus; stay"), "AT&T and &bogus; stay");
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { newArticle } from "../model/article.js";
import type { Article } from "../model/schema.js";
import type { StageContext } from "../pipeline/stage.js";
import { extractStage } from "./stage.js";
import { MAX_HTML_CHARS } from "./html-page.js";
import { parseTree, textOf } from "./html-tree.js";

const html = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const run = (body: string, url?: string): Article =>
  extractStage.run(newArticle("h", url ? { url } : {}, { format: "html", body }), {} as StageContext);

test("the light tree skips scripts, styles and ruby readings and keeps JSON-LD aside", () => {
  const tree = parseTree(
    '<html><head><script type="application/ld+json">{"a":1}</script><style>p{}</style></head>' +
      "<body><p>Kan<ruby>字<rt>じ</rt></ruby> &amp; more<script>var x = 1;</script></p></body></html>",
  );
  assert.deepEqual(tree.ldJson, ['{"a":1}']);
  assert.equal(tree.hasBody, true);
  assert.equal(textOf(tree.body), "Kan字 & more");
  const cut = parseTree("<html><body><div><p>a page cut off in the mid");
  assert.equal(textOf(cut.body), "a page cut off in the mid");
});

test("a page wrapped in a form: body found, headline taken from the site title, visible date", () => {
  const a = run(html("form-blog-page.html"));
  assert.equal(a.meta.title, "Laternenfest kehrt nach Orvik zurück");
  assert.equal(a.meta.published, "2019-03-12");
  assert.ok(a.text.startsWith("Nach drei Jahren Pause"), a.text);
  assert.ok(a.text.includes("Feuerwehr"), "soft hyphen removed");
  for (const gone of ["interessieren", "Fähre", "Kommentare", "ganzen Familie", "Rechte", "Archiv"])
    assert.ok(!a.text.includes(gone), gone);
});

test("a date in the page's address dates it; comment dates never do", () => {
  const body = "<html><body><h1>Ein Titel</h1><p>" + "Ein Satz über den Hafen. ".repeat(20) + "</p>";
  assert.equal(run(body, "https://orvik.example/2021/06/05/ein-titel/").meta.published, "2021-06-05");
  const commented = `${body}<div class="comment-list"><p>Ada, 3. April 2020</p></div></body></html>`;
  assert.equal(run(commented).meta.published, null);
});

test("oversized pages are refused with an issue", () => {
  const a = run("<p>x</p>".padEnd(MAX_HTML_CHARS + 1, " "));
  assert.equal(a.text, "");
  assert.ok(a.issues.some((i) => i.code === "html-too-large"));
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { assemble, PipelineError } from "./runner.js";
import type { Stage } from "./stage.js";
import { newArticle } from "../model/article.js";
import { emptyKnowledgeBase } from "../kb/knowledge-base.js";

const ctx = { kb: emptyKnowledgeBase() };
const textStage: Stage = {
  name: "t",
  needs: ["raw"],
  adds: ["text"],
  run: (a) => ({ ...a, text: a.raw?.body.trim() ?? "" }),
};
const failing: Stage = {
  name: "boom",
  needs: ["text"],
  adds: ["sentences"],
  run: () => {
    throw new Error("no sentences today");
  },
};
const after: Stage = { name: "after", needs: ["sentences"], adds: ["entities"], run: (a) => a };

test("assembly rejects a stage whose needs come from no earlier stage", () => {
  assert.throws(() => assemble([after, textStage], ctx), PipelineError);
  assert.throws(() => assemble([textStage, textStage], ctx), /already adds/);
});

test("a failing stage is recorded on the document and dependent stages are skipped", () => {
  const p = assemble([textStage, failing, after], ctx);
  const out = p.run(newArticle("a1", { path: "x.txt" }, { format: "text", body: "  hello  " }));
  assert.equal(out.text, "hello");
  assert.deepEqual(
    out.issues.map((i) => [i.stage, i.code]),
    [
      ["boom", "stage-failed"],
      ["after", "skipped"],
    ],
  );
  assert.match(out.issues[0]!.message, /no sentences today/);
  assert.deepEqual(out.stages, ["t"]);
});

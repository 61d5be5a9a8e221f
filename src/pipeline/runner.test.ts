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

test("a batch gives each article what run gives it, a failure in one article leaving the others whole", () => {
  const picky: Stage = {
    name: "picky",
    needs: ["text"],
    adds: ["sentences"],
    run: (a) => {
      if (a.text.includes("bad")) throw new Error(`cannot split ${a.id}`);
      return { ...a, sentences: [{ start: 0, end: a.text.length }] };
    },
  };
  const p = assemble([textStage, picky, after], ctx);
  const inputs = ["one good line", "a bad line", "another good one"].map((body, i) =>
    newArticle(`b${i}`, { path: `${i}.txt` }, { format: "text", body }),
  );
  const batch = p.runBatch(inputs);
  assert.deepEqual(
    batch,
    inputs.map((a) => p.run(a)),
  );
  assert.deepEqual(
    batch.map((a) => a.stages),
    [["t", "picky", "after"], ["t"], ["t", "picky", "after"]],
  );
  assert.deepEqual(
    batch[1]!.issues.map((i) => i.code),
    ["stage-failed", "skipped"],
  );
  assert.equal(batch.length, 3);
});

import type { Article } from "../model/schema.js";
import type { Field, Stage, StageContext } from "./stage.js";

/** Thrown when a pipeline is assembled from stages whose needs are not met before them. */
export class PipelineError extends Error {}

/** An assembled, checked sequence of stages. */
export interface Pipeline {
  stages: readonly Stage[];
  /** Runs every stage on one article; a stage that throws is recorded as an issue and the rest skip what needed it. */
  run(article: Article): Article;
}

/**
 * Assembles stages in order and checks, once, that each stage's needs are added by an earlier
 * stage (or given up front in `provided`) and that no two stages add the same field.
 */
export function assemble(stages: readonly Stage[], ctx: StageContext, provided: readonly Field[] = ["raw"]): Pipeline {
  const have = new Map<Field, string>(provided.map((f) => [f, "input"]));
  for (const stage of stages) {
    for (const need of stage.needs) {
      if (!have.has(need)) {
        throw new PipelineError(`stage "${stage.name}" needs "${need}", which no earlier stage adds`);
      }
    }
    for (const add of stage.adds) {
      const owner = have.get(add);
      if (owner && owner !== "input") {
        throw new PipelineError(`stage "${stage.name}" adds "${add}", which stage "${owner}" already adds`);
      }
      have.set(add, stage.name);
    }
  }
  return { stages, run: (article) => runStages(stages, article, ctx) };
}

function runStages(stages: readonly Stage[], input: Article, ctx: StageContext): Article {
  let article = input;
  const failed = new Set<Field>();
  for (const stage of stages) {
    const missing = stage.needs.find((f) => failed.has(f));
    if (missing) {
      // A stage whose input failed is skipped rather than run on half a document.
      stage.adds.forEach((f) => failed.add(f));
      article = withIssue(article, stage.name, "skipped", `skipped: "${missing}" is missing after an earlier failure`);
      continue;
    }
    try {
      article = stage.run(article, ctx);
      article = { ...article, stages: [...(article.stages ?? []), stage.name] };
    } catch (err) {
      stage.adds.forEach((f) => failed.add(f));
      const message = err instanceof Error ? err.message : String(err);
      article = withIssue(article, stage.name, "stage-failed", message);
    }
  }
  return article;
}

/** Returns the article with one more issue recorded. */
export function withIssue(article: Article, stage: string, code: string, message: string): Article {
  return { ...article, issues: [...article.issues, { code, stage, message }] };
}

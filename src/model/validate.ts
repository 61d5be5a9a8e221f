import { Ajv, type ValidateFunction } from "ajv";
import { ArticleSchema, CorpusSchema } from "./schema.js";

const ajv = new Ajv({ allErrors: true, strict: false });
let article: ValidateFunction | undefined;
let corpus: ValidateFunction | undefined;

/** Problems that keep a value from being a valid Article, as "path: message" lines; empty when valid. */
export function articleProblems(value: unknown): string[] {
  article ??= ajv.compile(ArticleSchema);
  return article(value) ? [] : describe(article);
}

/** Problems that keep a value from being a valid Corpus; empty when valid. */
export function corpusProblems(value: unknown): string[] {
  corpus ??= ajv.compile(CorpusSchema);
  return corpus(value) ? [] : describe(corpus);
}

function describe(v: ValidateFunction): string[] {
  return (v.errors ?? []).map((e) => `${e.instancePath || "/"}: ${e.message ?? "invalid"}`);
}

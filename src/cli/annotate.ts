import { createInterface } from "node:readline";
import { publicArticle } from "../model/article.js";
import { parseRecord } from "../ingest/parse-input.js";
import { defaultPipeline } from "../pipeline/default-pipeline.js";
import { EXIT } from "./exit-codes.js";

export interface AnnotateOptions {
  stages?: string;
  tokens?: boolean;
}

/**
 * JSON Lines in, one analysed Article per line out, in input order. A broken line is reported on
 * stderr with its line number and skipped; the exit code then says some inputs failed.
 */
export async function annotate(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  opts: AnnotateOptions,
): Promise<number> {
  const pipeline = defaultPipeline(undefined, opts.stages);
  let n = 0;
  let failed = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    n++;
    if (!line.trim()) continue;
    const parsed = parseRecord(line, { path: "<stdin>", line: n });
    if ("error" in parsed) {
      failed++;
      process.stderr.write(`storyline: <stdin>:${n}: ${parsed.error.message}\n`);
      continue;
    }
    const article = pipeline.run(parsed.article);
    const out = opts.tokens ? { ...publicArticle(article), tokens: article.tokens ?? [] } : publicArticle(article);
    if (!output.write(JSON.stringify(out) + "\n")) await new Promise((r) => output.once("drain", r));
  }
  return failed ? EXIT.someInputsFailed : EXIT.ok;
}

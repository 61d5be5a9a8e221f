import { writeFileSync } from "node:fs";
import { readInputs } from "../ingest/read-inputs.js";
import { defaultContext, defaultPipeline } from "../pipeline/default-pipeline.js";
import { batchFull } from "../pipeline/runner.js";
import { publicArticle } from "../model/article.js";
import type { Article, Corpus } from "../model/schema.js";
import type { Store } from "../store/store.js";
import { linkStored } from "../store/link-stored.js";
import { STAGES } from "../pipeline/default-pipeline.js";
import { nlpStage } from "../annotate/nlp/stage.js";
import type { StageContext } from "../pipeline/stage.js";
import { renderReport } from "../report/render-html.js";
import { EXIT } from "./exit-codes.js";
import { Progress } from "./progress.js";
import { storyTable } from "./story-table.js";

export interface AnalyzeOptions {
  json?: string;
  html?: string;
  quiet?: boolean;
  progress?: boolean;
  /** Re-run the stages on articles already in the database. */
  reprocess?: boolean;
  /** Let URL inputs reach loopback and private network addresses. */
  allowPrivateNetwork?: boolean;
}

/**
 * The stages from times on, for an article whose publication date was just inferred: its relative
 * dates, quotes and events are resolved again against the new date. Stored articles come back
 * without tokens, so the tokenizer runs again first when they are missing.
 */
function reanalyzer(ctx: StageContext): (a: Article) => Article {
  const from = STAGES.findIndex((s) => s.name === "times");
  const later = STAGES.slice(from);
  return (a) => later.reduce((x, s) => s.run(x, ctx), a.tokens ? a : nlpStage.run(a, ctx));
}

/** Articles are written in batches: one transaction per batch is much faster than one per article. */
const BATCH = 200;

/**
 * The main job: inputs → per-document pipeline → store → stories → summary, JSON and HTML.
 * 1. read every input, naming each one that fails on stderr and going on;
 * 2. skip documents already analysed (the same bytes are one document), store the raw input
 *    first so a killed run resumes where it stopped, run the stages, store the result;
 * 3. add the articles the saved linker has not seen to the stories (only the stories they touch
 *    change; articles dated from their story are re-analysed and stored again);
 * 4. print the story timelines and write the requested files.
 */
export async function analyze(inputs: readonly string[], store: Store, opts: AnalyzeOptions): Promise<number> {
  const ctx = defaultContext();
  const pipeline = defaultPipeline(ctx);
  const progress = new Progress("analysing", process.stderr, opts.progress !== false && !opts.quiet);
  let failedInputs = 0;
  let analysed = 0;
  let known = 0;
  let batch: Article[] = [];
  let pending: Article[] = [];
  /** Characters of raw input in `pending`: a batch of large pages is run sooner. */
  let pendingChars = 0;
  // Analyses the pending articles and queues them for the store.
  const analysePending = async (tick: boolean) => {
    for (const done of pipeline.runBatch(pending)) {
      for (const issue of done.issues.filter((i) => i.code === "stage-failed")) {
        progress.log(`storyline: ${done.source.path ?? done.id}: stage ${issue.stage} failed: ${issue.message}`);
      }
      batch.push(done);
      if (tick) progress.tick();
    }
    pending = [];
    pendingChars = 0;
    if (batch.length >= BATCH) await flush();
  };
  const flush = async () => {
    if (batch.length) await store.putArticles(batch);
    batch = [];
  };
  const seen = new Set<string>();

  // 1–2. Resume what an interrupted run stored but did not analyse, then the new inputs.
  for (const id of await store.pendingIds()) {
    const raw = await store.getArticle(id);
    if (raw) {
      pending.push(raw);
      pendingChars += raw.raw?.body.length ?? 0;
    }
    if (batchFull(pending.length, pendingChars)) await analysePending(false);
  }
  await analysePending(false);
  const reading = { fetch: { allowPrivateNetwork: opts.allowPrivateNetwork === true } };
  for await (const parsed of readInputs(inputs, process.stdin, reading)) {
    if ("error" in parsed) {
      failedInputs++;
      const where = parsed.error.line ? `${parsed.error.path}:${parsed.error.line}` : parsed.error.path;
      progress.log(`storyline: ${where}: ${parsed.error.message}`);
      progress.tick(true);
      continue;
    }
    const { article } = parsed;
    for (const issue of article.issues.filter((i) => i.stage === "ingest")) {
      progress.log(`storyline: ${article.source.path ?? article.source.url ?? article.id}: ${issue.message}`);
    }
    if (seen.has(article.id) || (!opts.reprocess && (await store.hasArticle(article.id)))) {
      known++;
      seen.add(article.id);
      progress.tick();
      continue;
    }
    seen.add(article.id);
    // Stored raw before it is analysed, so a killed run resumes where it stopped.
    await store.putRaw(article);
    pending.push(article);
    pendingChars += article.raw?.body.length ?? 0;
    analysed++;
    if (batchFull(pending.length, pendingChars)) await analysePending(true);
  }
  await analysePending(true);
  await flush();
  progress.finish();

  // 3. Stories: the saved linker takes the new articles; a reprocess relinks everything.
  let articles = await store.listArticles();
  const linked = await linkStored(store, articles, { reanalyze: reanalyzer(ctx), relink: opts.reprocess });
  const stories = linked.stories;
  if (linked.updated.length) {
    const updated = new Map(linked.updated.map((a) => [a.id, a]));
    articles = articles.map((a) => updated.get(a.id) ?? a);
  }

  // 4. Outputs.
  const events = articles.reduce((n, a) => n + a.events.length, 0);
  if (!opts.quiet) {
    process.stdout.write(storyTable(stories, articles, process.stdout.columns || 110));
    process.stdout.write(
      `\n${analysed} article(s) analysed, ${known} already in the database; ${articles.length} articles, ` +
        `${stories.length} stories, ${events} events in total` +
        (failedInputs ? `; ${failedInputs} input(s) failed` : "") +
        "\n",
    );
  }
  const corpus: Corpus = { version: 1, articles: articles.map(publicArticle), stories };
  if (opts.json) writeFileSync(opts.json, JSON.stringify(corpus, null, 1));
  if (opts.html) writeFileSync(opts.html, renderReport(corpus));
  if (failedInputs && !articles.length) return EXIT.usage;
  return failedInputs ? EXIT.someInputsFailed : EXIT.ok;
}

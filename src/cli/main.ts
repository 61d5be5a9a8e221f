import { Command, Option } from "commander";
import { analyze } from "./analyze.js";
import { annotate } from "./annotate.js";
import { EXIT, EXIT_HELP } from "./exit-codes.js";
import { STAGE_NAMES } from "../pipeline/default-pipeline.js";
import { openSqliteStore } from "../store/sqlite-store.js";
import { CorpusSchema } from "../model/schema.js";

/** Builds the `storyline` command line. */
export function program(): Command {
  const cli = new Command("storyline")
    .description("Turn news articles into a sourced record of what happened: actors, dates, quotes, events, stories.")
    .addHelpText("after", `\n${EXIT_HELP}`)
    .showHelpAfterError()
    // Set before the subcommands are added, so they inherit it. Commander exits 0 for --help;
    // every other problem it finds is a usage error.
    .exitOverride((err) => process.exit(err.exitCode === 0 ? EXIT.ok : EXIT.usage));

  cli
    .command("analyze")
    .description(
      "analyse articles (files, directories, globs, - for stdin) into a database, then print each story's timeline",
    )
    .argument(
      "<inputs...>",
      ".txt/.md scrapes, .html pages, .jsonl records, RSS/Atom feeds, WARC files (any of them .gz), " +
        "http(s) URLs, directories, globs, or - for stdin",
    )
    .option("--db <path>", "SQLite database to create or add to", "storyline.db")
    .option("--json <file>", "write the whole corpus in the database as JSON (FORMAT.md)")
    .option("--html <file>", "write a self-contained HTML report")
    .option("--reprocess", "run the stages again on articles already in the database")
    .option("-q, --quiet", "print nothing but errors")
    .option("--no-progress", "no progress bar")
    .option("--allow-private-network", "let URL inputs reach loopback and private network addresses")
    .addHelpText(
      "after",
      `\nExample:\n  storyline analyze examples/corpus --json corpus.json --html report.html\n\n${EXIT_HELP}`,
    )
    .action(async (inputs: string[], opts) => {
      let store;
      try {
        store = await openSqliteStore(opts.db);
      } catch (err) {
        process.stderr.write(`storyline: ${opts.db}: cannot open the database: ${(err as Error).message}\n`);
        process.exitCode = EXIT.usage;
        return;
      }
      try {
        process.exitCode = await analyze(inputs, store, opts);
      } finally {
        await store.close();
      }
    });

  cli
    .command("annotate")
    .description(
      "JSON Lines in on stdin ({id, text | html, url?, published?, title?}), one Article per line out on stdout",
    )
    .addOption(new Option("--stages <stage>", "stop after this stage").choices(STAGE_NAMES))
    .option("--tokens", "include tokens in the output")
    .addHelpText(
      "after",
      `\nExample:\n  echo '{"id":"a1","text":"..."}' | storyline annotate --stages times\n\n${EXIT_HELP}`,
    )
    .action(async (opts) => {
      process.exitCode = await annotate(process.stdin, process.stdout, opts);
    });

  cli
    .command("schema")
    .description("print the JSON Schema of the output (a Corpus; an Article is its articles' items)")
    .action(() => {
      process.stdout.write(JSON.stringify(CorpusSchema, null, 2) + "\n");
    });

  return cli;
}

/** Runs the command line; usage errors exit with code 2. */
export async function main(argv: string[]): Promise<void> {
  await program().parseAsync(argv);
}

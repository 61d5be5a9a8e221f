/**
 * `npm run eval`: the project's evaluation table.
 * 1. the seed scoreboard: `storyline analyze` on ../shared/seeds into a scratch database, then
 *    ../shared/tools/score-seeds.mjs on the JSON it wrote;
 * 2. each stage's score on its public dev set (scripts/eval-*.ts), when that script exists.
 * `npm run eval -- seeds` (or extraction, time, quotes, events, sentences, clustering) runs one part only; `--verbose` lists misses.
 * Everything it reads lives in ../shared; when that is absent it says so and exits 0.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const shared = resolve(root, "..", "shared");
const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const parts = args.filter((a) => !a.startsWith("--"));
const wanted = (name: string) => parts.length === 0 || parts.includes(name);

if (!existsSync(shared)) {
  console.log(`no ../shared next to the project (looked in ${shared}): nothing to evaluate against`);
  process.exit(0);
}

let failed = false;
if (wanted("seeds")) {
  console.log("== Seeds (../shared/gold/seeds.gold.json) ==");
  const dir = mkdtempSync(join(tmpdir(), "storyline-eval-"));
  const seeds = readdirSync(join(shared, "seeds"))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => join(shared, "seeds", f));
  const out = join(dir, "seeds.json");
  const run = spawnSync(
    process.execPath,
    [join(root, "bin", "storyline.js"), "analyze", ...seeds, "--db", join(dir, "seeds.db"), "--json", out, "--quiet"],
    { stdio: "inherit" },
  );
  if (run.status !== 0) {
    console.log(`storyline analyze failed on the seeds (exit ${run.status})`);
    failed = true;
  } else {
    const score = [join(shared, "tools", "score-seeds.mjs"), out, ...(verbose ? ["--verbose"] : [])];
    spawnSync(process.execPath, score, { stdio: "inherit" });
  }
  rmSync(dir, { recursive: true, force: true });
}

/** Each part and its script: the stages on their public dev sets, and the project's own event sentences. */
const PARTS: [string, string][] = [
  ["extraction", "eval-extraction.ts"],
  ["time", "eval-time.ts"],
  ["quotes", "eval-quotes.ts"],
  ["events", "eval-events.ts"],
  ["sentences", "check-events-sentences.ts"],
  ["clustering", "eval-clustering.ts"],
];
for (const [stage, file] of PARTS) {
  const script = join(root, "scripts", file);
  if (!wanted(stage) || !existsSync(script)) continue;
  console.log(`\n== ${stage} ==`);
  const r = spawnSync(process.execPath, ["--import", "tsx", script, ...(verbose ? ["--verbose"] : [])], {
    stdio: "inherit",
    cwd: root,
  });
  if (r.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);

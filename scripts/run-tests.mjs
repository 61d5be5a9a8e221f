#!/usr/bin/env node
// Runs every *.test.ts under src/ and test/ with Node's own test runner (TypeScript through tsx).
// Node 20's --test does not expand globs or look for .ts files itself, hence this small finder.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";

const roots = process.argv.slice(2).length ? process.argv.slice(2) : ["src", "test"];
const files = [];
const walk = (p) => {
  if (statSync(p).isFile()) return void (p.endsWith(".test.ts") && files.push(p));
  for (const e of readdirSync(p)) if (e !== "node_modules" && !e.startsWith(".")) walk(join(p, e));
};
roots.forEach(walk);
if (!files.length) {
  console.error("no test files found under " + roots.join(", "));
  process.exit(1);
}
const r = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-reporter=spec", ...files.sort()], {
  stdio: "inherit",
});
process.exit(r.status ?? 1);

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { corpusProblems, articleProblems } from "../src/model/validate.js";
import type { Corpus } from "../src/model/schema.js";

const root = resolve(import.meta.dirname, "..");
const bin = join(root, "bin", "storyline.js");
const good = join(root, "test", "fixtures", "cli");

function storyline(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: "utf8", cwd: root });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function badInputs(dir: string) {
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "binary.txt"), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x00, 0x01]));
  writeFileSync(join(dir, "latin1.txt"), Buffer.from("Caf\xe9 au lait", "latin1"));
  writeFileSync(join(dir, "broken.jsonl"), '{"id":"ok-1","text":"A good record about a ferry."}\n{"id": broken\n');
  return ["empty.txt", "binary.txt", "latin1.txt", "broken.jsonl", "missing.txt"].map((f) => join(dir, f));
}

test("analyze writes a corpus that validates, prints the stories, and is safe to re-run", () => {
  const dir = mkdtempSync(join(tmpdir(), "storyline-cli-"));
  const db = join(dir, "s.db");
  const json = join(dir, "c.json");
  const html = join(dir, "r.html");
  const first = storyline(["analyze", good, "--db", db, "--json", json, "--html", html, "--no-progress"]);
  assert.equal(first.code, 0, first.err);
  const corpus = JSON.parse(readFileSync(json, "utf8")) as Corpus;
  assert.deepEqual(corpusProblems(corpus), []);
  assert.equal(corpus.articles.length, 4);
  assert.ok(corpus.stories.length >= 1);
  const strike = corpus.articles.find((a) => a.meta.title === "Dockworkers in Velmar Walk Out Over Pay");
  assert.ok(strike, "the text scrape's title is extracted");
  assert.equal(strike.meta.published?.slice(0, 10), "2025-03-04");
  assert.ok(!strike.text.includes("Sign up for our newsletter"), "boilerplate is dropped");
  const rec = corpus.articles.find((a) => a.id === "rec-1");
  assert.equal(rec?.meta.published?.slice(0, 10), "2025-03-06", "a record's published date overrides extraction");
  assert.match(first.out, /Velmar/, "the story table names the story");
  assert.match(readFileSync(html, "utf8"), /^<!doctype html>/i);

  const again = storyline(["analyze", good, "--db", db, "--json", json, "--no-progress"]);
  assert.equal(again.code, 0, again.err);
  assert.match(again.out, /0 article\(s\) analysed, 4 already in the database/);
  assert.equal((JSON.parse(readFileSync(json, "utf8")) as Corpus).articles.length, 4);
});

test("bad inputs are each named with their problem, the rest is analysed, exit code 1", () => {
  const dir = mkdtempSync(join(tmpdir(), "storyline-bad-"));
  const json = join(dir, "c.json");
  const r = storyline([
    "analyze",
    ...badInputs(dir),
    join(good, "harbour-strike.txt"),
    "--db",
    join(dir, "s.db"),
    "--json",
    json,
  ]);
  assert.equal(r.code, 1);
  const lines = r.err.trim().split("\n");
  const expect = [
    ["empty.txt", "empty file"],
    ["binary.txt", "binary file"],
    ["latin1.txt", "not valid UTF-8"],
    ["broken.jsonl:2", "invalid JSON"],
    ["missing.txt", "no such file"],
  ];
  for (const [file, problem] of expect) {
    assert.ok(
      lines.some((l) => l.includes(`${file}:`) && l.includes(problem!)),
      `stderr names ${file}: ${problem}\n${r.err}`,
    );
  }
  const corpus = JSON.parse(readFileSync(json, "utf8")) as Corpus;
  assert.ok(corpus.articles.some((a) => a.id === "ok-1"));
  // A Latin-1 scrape is read (with a warning naming it, checked above), not refused.
  const latin1 = corpus.articles.find((a) => a.source.path?.endsWith("latin1.txt"));
  assert.ok(latin1, "the Latin-1 file is decoded");
  assert.equal(latin1.issues[0]?.code, "charset-guessed");
  assert.match(latin1.meta.title ?? latin1.text, /Café au lait/);
  assert.equal(corpus.articles.length, 3);
});

test("a URL on the local network is refused unless --allow-private-network is given", () => {
  const dir = mkdtempSync(join(tmpdir(), "storyline-url-"));
  // Refused before any connection is made, so nothing needs to listen on this port.
  const r = storyline(["analyze", "http://127.0.0.1:9/news", "--db", join(dir, "s.db"), "--no-progress"]);
  assert.equal(r.code, 2, r.err + r.out);
  assert.match(r.err, /127\.0\.0\.1:9\/news: refused: 127\.0\.0\.1 is a private.*--allow-private-network/);
});

test("nothing readable at all is exit code 2", () => {
  const dir = mkdtempSync(join(tmpdir(), "storyline-none-"));
  const r = storyline(["analyze", join(dir, "nothing-here.txt"), "--db", join(dir, "s.db")]);
  assert.equal(r.code, 2);
  assert.match(r.err, /nothing-here\.txt: no such file/);
});

test("annotate turns JSON Lines into valid Articles, one per line, and can stop after a stage", () => {
  const input = readFileSync(join(good, "records.jsonl"), "utf8") + "not json\n";
  const r = storyline(["annotate"], input);
  assert.equal(r.code, 1, "the broken third line makes the exit code 1");
  assert.match(r.err, /<stdin>:3: invalid JSON/);
  const out = r.out
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  assert.deepEqual(
    out.map((a) => a.id),
    ["rec-1", "rec-2"],
  );
  for (const a of out) assert.deepEqual(articleProblems(a), []);
  assert.ok(out[0].sentences.length >= 2);
  assert.equal(out[1].meta.title, "Rain expected");

  const partial = storyline(["annotate", "--stages", "extract"], readFileSync(join(good, "records.jsonl"), "utf8"));
  assert.equal(partial.code, 0, partial.err);
  const a = JSON.parse(partial.out.split("\n")[0]!);
  assert.deepEqual(articleProblems(a), []);
  assert.ok(a.text.length > 0);
  assert.equal(a.sentences.length, 0, "no stage after extract ran");
});

test("every command has --help, and a wrong option is a usage error", () => {
  for (const args of [["--help"], ["analyze", "--help"], ["annotate", "--help"], ["schema", "--help"]]) {
    const r = storyline(args);
    assert.equal(r.code, 0, args.join(" "));
    assert.match(r.out, /Usage: storyline/);
  }
  assert.equal(storyline(["analyze", "--no-such-option", "x"]).code, 2);
  assert.equal(storyline(["annotate", "--stages", "nonsense"]).code, 2);
});

test("schema prints the JSON Schema that the output is validated against", () => {
  const r = storyline(["schema"]);
  assert.equal(r.code, 0);
  const schema = JSON.parse(r.out);
  assert.deepEqual(Object.keys(schema.properties).sort(), ["articles", "stories", "version"]);
});

test("analyze keeps every article of an input larger than one analysis batch, each with its own text", () => {
  const dir = mkdtempSync(join(tmpdir(), "storyline-cli-"));
  const towns = ["Velmar", "Ostra", "Kelby", "Marnis", "Tolle"];
  const lines = Array.from({ length: 75 }, (_, i) =>
    JSON.stringify({
      id: `many-${i}`,
      title: `Ferry ${i} resumes service`,
      text: `The ferry operator in ${towns[i % 5]} said on Monday that route ${i} would reopen after repairs.`,
    }),
  );
  writeFileSync(join(dir, "many.jsonl"), lines.join("\n") + "\n");
  const json = join(dir, "c.json");
  const r = storyline(["analyze", join(dir, "many.jsonl"), "--db", join(dir, "s.db"), "--json", json, "--no-progress"]);
  assert.equal(r.code, 0, r.err);
  const corpus = JSON.parse(readFileSync(json, "utf8")) as Corpus;
  assert.equal(corpus.articles.length, 75);
  for (let i = 0; i < 75; i++) {
    const a = corpus.articles.find((x) => x.id === `many-${i}`);
    assert.ok(a?.text.includes(`route ${i} would reopen`), `many-${i} has its own text`);
    assert.ok(a!.sentences.length >= 1, `many-${i} went through the stages`);
  }
  assert.match(r.out, /75 article\(s\) analysed/);
});

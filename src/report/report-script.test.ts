import { test } from "node:test";
import assert from "node:assert/strict";
import { parseHTML } from "linkedom";
import { renderReport } from "./render-html.js";
import { sampleCorpus } from "./sample-corpus.js";
import { REPORT_SCRIPT } from "./report-script.js";

/** Runs the report's script on a DOM of the sample report, with the browser globals it uses. */
function load() {
  const { window, document } = parseHTML(renderReport(sampleCorpus()));
  // The script only reaches the page through these names, so passing them in stands for a browser.
  const run = new Function("document", "window", "location", "history", REPORT_SCRIPT);
  run(document, window, { hash: "" }, { replaceState() {} });
  const visible = () =>
    [...document.querySelectorAll(".tl-item")]
      .filter((li) => !li.classList.contains("hidden"))
      .map((li) => li.getAttribute("data-event"));
  return { window, document, visible };
}

test("the filter box keeps only events whose type, actor or status match every word", () => {
  const { window, document, visible } = load();
  const box = document.getElementById("filter") as unknown as { value: string; dispatchEvent(e: unknown): void };
  assert.equal(document.getElementById("shown")?.textContent, "6 of 6 events shown");
  box.value = "assault";
  box.dispatchEvent(new window.Event("input"));
  assert.deepEqual(visible(), ["se2"]);
  box.value = "AZE reject";
  box.dispatchEvent(new window.Event("input"));
  assert.deepEqual(visible(), ["se3"]);
  // a date heading with no visible event under it is hidden too
  const headings = [...document.querySelectorAll(".tl-date")].map((d) => d.classList.contains("hidden"));
  assert.deepEqual(headings, [false, true, true, true]);
});

test("quad toggles hide a whole quad class", () => {
  const { window, document, visible } = load();
  const q4 = document.querySelector('input[data-quad="4"]') as unknown as {
    checked: boolean;
    dispatchEvent(e: unknown): void;
  };
  q4.checked = false;
  q4.dispatchEvent(new window.Event("change"));
  assert.deepEqual(visible(), ["se1", "se3", "se4", "sb1"]);
});

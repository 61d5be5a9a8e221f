/** Shared by the tests of this folder: run the stage's function on a sentence of one's own. */
import { tokenize } from "../nlp/tokenize.js";
import type { Time } from "../../model/schema.js";
import { resolveTimes } from "./resolve-times.js";

/** The time expressions of `text` as "text=value" strings, resolved against `anchor`. */
export function timesOf(text: string, anchor: string | null = "2022-02-22"): string[] {
  const { sentences, tokens } = tokenize(text);
  return resolveTimes(text, sentences, tokens, anchor).map((t) => `${t.text}=${t.value}`);
}

/** The full Time records of `text`. */
export function recordsOf(text: string, anchor: string | null = "2022-02-22"): Time[] {
  const { sentences, tokens } = tokenize(text);
  return resolveTimes(text, sentences, tokens, anchor);
}

/**
 * What `npm run train:events` and the events evaluation share: the corpora read and featurized
 * once, the cross-validations they print, and the final model trained on everything.
 */
import { readExamples, readNgec } from "./corpus.js";
import {
  asExamples,
  crossValidate,
  EXAMPLE_WEIGHT,
  featurizeAll,
  formatScores,
  groupFolds,
  stratifiedFolds,
  type Featurized,
  type Scores,
} from "./cross-validate.js";
import { HASH_BITS } from "./hash-features.js";
import { LABELS } from "./labels.js";
import { defaultTraining, train, type LinearModel } from "./softmax.js";

/** Number of cross-validation folds. */
export const FOLDS = 5;

/** The featurized training data. */
export interface Corpora {
  ngec: Featurized[];
  examples: Featurized[];
}

/** Reads and featurizes NGEC (from `ngecPath`) and the project's own examples. */
export function loadCorpora(ngecPath: string): Corpora {
  return { ngec: featurizeAll(readNgec(ngecPath)), examples: featurizeAll(readExamples()) };
}

/** Which cross-validations to run. */
export interface CvPlan {
  /** NGEC, stratified random folds (stories of one headline template may fall in both sides). */
  random: boolean;
  /** NGEC, folds by headline template: the score on templates never seen in training. */
  grouped: boolean;
  /** The project's own sentences held out, trained with all of NGEC. */
  examples: boolean;
}

/** Runs the planned cross-validations, printing each table and its time through `log`. */
export function runCrossValidations(c: Corpora, plan: CvPlan, log: (line: string) => void): Map<string, Scores> {
  const seed = defaultTraining.seed;
  const out = new Map<string, Scores>();
  const run = (name: string, title: string, f: () => Scores) => {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const s = f();
    out.set(name, s);
    const cpu = process.cpuUsage(cpu0);
    const secs = (ms: number) => (ms / 1000).toFixed(1);
    log(
      `${formatScores(title, s)}\n  (${secs(performance.now() - t0)} s, ${secs((cpu.user + cpu.system) / 1000)} s CPU)`,
    );
  };
  const withExamples = { always: asExamples(c.examples, EXAMPLE_WEIGHT), weight: 1 };
  if (plan.random)
    run("random", `NGEC ${FOLDS}-fold CV (stratified)`, () =>
      crossValidate(c.ngec, stratifiedFolds(c.ngec, FOLDS, seed), FOLDS, withExamples),
    );
  if (plan.grouped)
    run("grouped", `NGEC ${FOLDS}-fold CV by headline template`, () =>
      crossValidate(c.ngec, groupFolds(c.ngec, FOLDS, seed), FOLDS, withExamples),
    );
  if (plan.examples)
    run("examples", `own examples ${FOLDS}-fold held out (sentence level)`, () =>
      crossValidate(c.examples, stratifiedFolds(c.examples, FOLDS, seed), FOLDS, {
        always: asExamples(c.ngec, 1),
        weight: EXAMPLE_WEIGHT,
      }),
    );
  return out;
}

/** The final model: all of NGEC and all of the project's own sentences. */
export function trainFinal(c: Corpora): LinearModel {
  return train(
    [...asExamples(c.ngec, 1), ...asExamples(c.examples, EXAMPLE_WEIGHT)],
    LABELS.length,
    1 << HASH_BITS,
    defaultTraining,
  );
}

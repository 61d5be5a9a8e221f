/**
 * Trains the learned event classifier and writes data/events/model/ (`npm run train:events`).
 *
 *   node --import tsx scripts/train-event-model.ts [--no-cv]
 *
 * Reads ../shared/dev/events/ngec-synthetic-stories.csv and data/events/examples.tsv, prints the
 * 5-fold cross-validations (NGEC stratified, NGEC by headline template, the project's own
 * sentences held out) unless --no-cv, then trains on everything and writes the int8 weights and
 * their header. Training is deterministic: the same data give byte-identical files.
 */
import { existsSync, statSync, writeFileSync } from "node:fs";
import { dataPath } from "../src/data/data-files.js";
import { NGEC_FILE, EXAMPLES_FILE } from "../src/code/model/corpus.js";
import { HASH_BITS, HEADLINE_WEIGHT, LEAD_CHARS } from "../src/code/model/hash-features.js";
import { LABELS } from "../src/code/model/labels.js";
import { defaultTraining, predict } from "../src/code/model/softmax.js";
import { loadCorpora, runCrossValidations, trainFinal } from "../src/code/model/training-run.js";
import { decodeModel, encodeModel, MODEL_HEADER, MODEL_WEIGHTS, quantise } from "../src/code/model/weights-file.js";
import { eventModel } from "../src/code/model/index.js";

if (!existsSync(NGEC_FILE)) {
  console.error(`train:events: the NGEC synthetic stories are missing (looked for ${NGEC_FILE}).`);
  console.error("They come with the shared dev data beside the project (../shared/dev/events/).");
  process.exit(1);
}

const t0 = performance.now();
const corpora = loadCorpora(NGEC_FILE);
console.log(
  `read ${corpora.ngec.length} NGEC stories and ${corpora.examples.length} own sentences ` +
    `in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);

const cv = process.argv.includes("--no-cv")
  ? new Map()
  : runCrossValidations(corpora, { random: true, grouped: true, examples: true }, console.log);

const t1 = performance.now();
const model = trainFinal(corpora);
const q = quantise(model);
const cvNotes = Object.fromEntries(
  [...cv].map(([k, s]) => [k, { n: s.n, accuracy: +s.accuracy.toFixed(4), macroF1: +s.macroF1.toFixed(4) }]),
);
const { header, weights } = encodeModel(q, {
  source:
    "Trained by scripts/train-event-model.ts on the NGEC synthetic stories (Halterman; ../shared/dev/events) " +
    `and ${EXAMPLES_FILE} (written for Storyline). Multinomial logistic regression over hashed features.`,
  labels: [...LABELS],
  hashBits: HASH_BITS,
  headlineWeight: HEADLINE_WEIGHT,
  training: {
    ...defaultTraining,
    leadChars: LEAD_CHARS,
    ngecStories: corpora.ngec.length,
    ownExamples: corpora.examples.length,
    crossValidation: cvNotes,
  },
});
writeFileSync(dataPath(MODEL_HEADER), header);
writeFileSync(dataPath(MODEL_WEIGHTS), weights);
console.log(`trained the final model in ${((performance.now() - t1) / 1000).toFixed(1)} s`);

// The shipped int8 model must decide as the float model does; count where they differ.
const decoded = decodeModel(header, weights);
const shipped = eventModel(decoded.header, decoded.model);
let differ = 0;
for (const t of corpora.examples) {
  const p = predict(model, t.x);
  const best = p.indexOf(Math.max(...p));
  if (shipped.best(t.text).type !== LABELS[best]) differ++;
}
console.log(`int8 vs float: ${differ} of ${corpora.examples.length} own sentences change class`);
for (const f of [MODEL_HEADER, MODEL_WEIGHTS]) console.log(`wrote data/${f} (${statSync(dataPath(f)).size} bytes)`);

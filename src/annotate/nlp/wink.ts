import winkNLP, { type Document, type ModelAddons } from "wink-nlp";
import model from "wink-eng-lite-web-model";

/**
 * wink-nlp's raw data of one read document (src/wink-nlp.js `readDoc` in the pinned 2.4.0), which
 * its `its` helpers take as their second argument. Only the part read directly is typed.
 */
export interface RawDocument {
  /** Four numbers a token; see wink-tokens.ts. */
  tokens: number[];
}

/**
 * wink-nlp hands a document's raw data to user code only through `doc.out(its.readabilityStats)`,
 * which passes it to the model's readabilityStats addon. This instance's addon returns it as it
 * is, so the tokenizer can read all tokens in one pass instead of building an array per property
 * with `tokens().out(...)`. Nothing asks this instance for readability statistics;
 * tokenize.test.ts fails if wink stops passing the data on.
 */
const ourModel = { ...model, addons: { ...model.addons, readabilityStats: (raw: RawDocument) => raw } };

/** The one wink-nlp instance of the process: loading the model costs ~100 ms, so it is shared. */
let instance: ReturnType<typeof winkNLP> | undefined;

/** The shared wink-nlp instance (tokenizer, sentence splitter, POS tagger, lemmatizer). */
export function wink(): ReturnType<typeof winkNLP> {
  instance ??= winkNLP(ourModel, ["sbd", "pos"]);
  return instance;
}

/** The model addons `wink()` gives its documents, for the `its` helpers that take them. */
export const winkAddons: ModelAddons = ourModel.addons;

/** The raw data of a document read by `wink()`. */
export function rawDocument(doc: Document): RawDocument {
  return doc.out(wink().its.readabilityStats) as unknown as RawDocument;
}

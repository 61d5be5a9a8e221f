import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** The one wink-nlp instance of the process: loading the model costs ~100 ms, so it is shared. */
let instance: ReturnType<typeof winkNLP> | undefined;

/** The shared wink-nlp instance (tokenizer, sentence splitter, POS tagger, lemmatizer). */
export function wink(): ReturnType<typeof winkNLP> {
  instance ??= winkNLP(model, ["sbd", "pos"]);
  return instance;
}

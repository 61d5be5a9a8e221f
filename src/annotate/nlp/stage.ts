import type { Stage } from "../../pipeline/stage.js";
import { tokenize } from "./tokenize.js";

/** Sentences, tokens, parts of speech and lemmas (wink-nlp). */
export const nlpStage: Stage = {
  name: "nlp",
  needs: ["text"],
  adds: ["sentences", "tokens"],
  run(article) {
    const { sentences, tokens } = tokenize(article.text);
    return { ...article, sentences, tokens };
  },
};

import type { Stage } from "../../pipeline/stage.js";
import { tokenize } from "../nlp/tokenize.js";
import { findQuotes } from "./find-quotes.js";

/** Direct, mixed and indirect quotations and their speakers, linked to the entities' actors. */
export const quotesStage: Stage = {
  name: "quotes",
  needs: ["text", "sentences", "tokens", "entities"],
  adds: ["quotes"],
  run(article) {
    // Tokens are optional in the model; a hand-built article without them is tokenized here.
    const tokens = article.tokens ?? tokenize(article.text).tokens;
    const quotes = findQuotes(article.text, tokens, article.sentences, article.entities);
    // Object.assign rather than a spread: the same object, copied faster by V8 for an article's many fields.
    return Object.assign({}, article, { quotes });
  },
};

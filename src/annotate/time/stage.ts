import type { Stage } from "../../pipeline/stage.js";
import { resolveTimes } from "./resolve-times.js";

export { resolveTimes };

/** TIMEX3 time expressions, resolved against the publication date (meta.published). */
export const timesStage: Stage = {
  name: "times",
  needs: ["text", "sentences", "tokens", "meta"],
  adds: ["times"],
  run(article) {
    const times = resolveTimes(article.text, article.sentences, article.tokens ?? [], article.meta.published ?? null);
    return { ...article, times };
  },
};

import type { Stage } from "../pipeline/stage.js";
import { codeEvents } from "./code-events.js";
import { defaultPatterns } from "./patterns.js";
import { loadEventModel } from "./model/index.js";

/**
 * PLOVER v2 / CAMEO event coding from trigger patterns (data/events/patterns.tsv), one event per
 * clause, backed by the learned classifier (data/events/model/) where the patterns are unsure.
 */
export const eventsStage: Stage = {
  name: "events",
  needs: ["text", "sentences", "tokens", "entities", "times", "quotes"],
  adds: ["events"],
  run(article, ctx) {
    const countries = ctx.kb.countries;
    return {
      ...article,
      events: codeEvents(article, defaultPatterns(), (iso3) => countries?.get(iso3), loadEventModel()),
    };
  },
};

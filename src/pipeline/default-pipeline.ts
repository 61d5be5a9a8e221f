import { extractStage } from "../extract/stage.js";
import { nlpStage } from "../annotate/nlp/stage.js";
import { entitiesStage } from "../annotate/entities/stage.js";
import { timesStage } from "../annotate/time/stage.js";
import { quotesStage } from "../annotate/quotes/stage.js";
import { eventsStage } from "../code/stage.js";
import { loadKnowledgeBase } from "../kb/knowledge-base.js";
import { assemble, type Pipeline } from "./runner.js";
import type { Stage, StageContext } from "./stage.js";

/** Every per-document stage, in the order they run. */
export const STAGES: readonly Stage[] = [extractStage, nlpStage, entitiesStage, timesStage, quotesStage, eventsStage];

/** The names of the stages, for `--stages`. */
export const STAGE_NAMES = STAGES.map((s) => s.name);

/** The default context: the shipped knowledge base. */
export function defaultContext(): StageContext {
  return { kb: loadKnowledgeBase() };
}

/** The standard pipeline, optionally stopping after the stage named `until`. */
export function defaultPipeline(ctx: StageContext = defaultContext(), until?: string): Pipeline {
  const last = until === undefined ? STAGES.length - 1 : STAGE_NAMES.indexOf(until);
  if (last < 0) throw new Error(`unknown stage "${until}" (stages: ${STAGE_NAMES.join(", ")})`);
  return assemble(STAGES.slice(0, last + 1), ctx);
}

import type { Article, Raw, Source } from "./schema.js";

/** A fresh article as ingest makes it: nothing extracted or annotated yet. */
export function newArticle(id: string, source: Source, raw?: Raw): Article {
  return {
    id,
    source,
    meta: {
      title: null,
      published: null,
      published_source: null,
      outlet: null,
      url: null,
      byline: [],
      agencies: [],
      language: null,
    },
    text: "",
    captions: [],
    sentences: [],
    entities: [],
    times: [],
    quotes: [],
    events: [],
    issues: [],
    ...(raw ? { raw } : {}),
    stages: [],
  };
}

/** The article as the output contract has it: without raw input, tokens and bookkeeping. */
export function publicArticle(a: Article): Article {
  const { raw: _raw, tokens: _tokens, stages: _stages, ...rest } = a;
  return rest;
}

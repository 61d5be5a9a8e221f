/**
 * Incremental, single-pass story clustering. Each article joins the most similar story among the
 * few the candidate index proposes, or starts a new one; copies of one wire story are tied into
 * families; a story's events are merged when its stories are asked for.
 */
import type { Article, Story } from "../model/schema.js";
import { articleFeatures, type ArticleFeatures } from "./article-features.js";
import { CandidateIndex } from "./candidate-index.js";
import { DocFreq } from "./doc-freq.js";
import { articleMentions, type EventMention } from "./event-mentions.js";
import { mergeEvents, type MentionSource } from "./event-merge.js";
import { stableId } from "./hashing.js";
import { jaccard } from "./minhash.js";
import { StoryCluster } from "./story-cluster.js";
import { storySimilarity } from "./story-similarity.js";
import { UnionFind } from "./union-find.js";
import { weightedCosine } from "./weighted-cosine.js";

/**
 * The similarity at which an article joins a story. Articles on one story share its rare names
 * and words (IDF-weighted cosine typically 0.25–0.6); articles on different stories of the same
 * beat share common political words and score under 0.15. 0.2 sits between, leaning to new stories:
 * a split story is easier to spot in a report than two stories glued together.
 */
export const STORY_THRESHOLD = 0.2;
/** Texts sharing this share of five-word shingles are the same text, edited. */
export const NEAR_DUPLICATE_JACCARD = 0.6;
/** Crediting the same agency lowers the bar: an outlet that trims and rewrites a wire story still copies it. */
export const WIRE_COPY_JACCARD = 0.3;
/** Copies are looked for among this many of the story's latest articles. */
const COPY_WINDOW = 200;

export class StoryLinker {
  private readonly df = new DocFreq();
  private readonly index = new CandidateIndex();
  private readonly clusters: StoryCluster[] = [];
  private readonly storyOf = new Map<string, StoryCluster>();
  private readonly families = new UnionFind();
  private readonly mentionsOf = new Map<string, EventMention[]>();
  private readonly cache = new Map<StoryCluster, { version: number; story: Story }>();

  /** Adds an article and returns the id of the story it joined (the same story if added twice). */
  add(article: Article): string {
    const known = this.storyOf.get(article.id);
    if (known) return known.id;
    const f = articleFeatures(article);
    this.df.add([...f.terms.keys(), ...f.entities.keys(), ...f.signatures.keys()]);

    let best: StoryCluster | null = null;
    let bestScore = -Infinity;
    for (const c of this.index.candidates(f, this.df)) {
      const s = storySimilarity(f, c, this.df);
      if (s > bestScore || (s === bestScore && best && c.seq < best.seq)) {
        best = c;
        bestScore = s;
      }
    }
    if (!best || bestScore < STORY_THRESHOLD) {
      best = new StoryCluster(stableId("s", article.id), this.clusters.length);
      this.clusters.push(best);
    }
    this.linkCopies(best, f);
    best.add(f);
    this.index.index(best, f, this.df);
    this.storyOf.set(article.id, best);
    this.mentionsOf.set(article.id, articleMentions(article));
    return best.id;
  }

  /** The id of the story an article is in. */
  storyId(articleId: string): string | undefined {
    return this.storyOf.get(articleId)?.id;
  }

  /** The copy family of an article: the smallest id among the copies of its text. */
  family(articleId: string): string {
    return this.families.find(articleId);
  }

  /** Every story so far, in the order they were started, with merged events in timeline order. */
  stories(): Story[] {
    return this.clusters.map((c) => {
      const cached = this.cache.get(c);
      if (cached && cached.version === c.version) return cached.story;
      const story = this.buildStory(c);
      this.cache.set(c, { version: c.version, story });
      return story;
    });
  }

  private linkCopies(c: StoryCluster, f: ArticleFeatures): void {
    for (let i = Math.max(0, c.members.length - COPY_WINDOW); i < c.members.length; i++) {
      const other = c.members[i]!;
      const j = jaccard(f.shingles, other.shingles);
      const sameAgency = f.agencies.some((a) => other.agencies.includes(a));
      if (j >= NEAR_DUPLICATE_JACCARD || (sameAgency && j >= WIRE_COPY_JACCARD)) {
        this.families.union(f.id, other.id);
        c.version++;
      }
    }
  }

  private buildStory(c: StoryCluster): Story {
    // Dated articles in date order, then undated ones as they came.
    const members = c.members
      .map((m, i) => ({ m, i }))
      .sort((a, b) => (a.m.day ?? Infinity) - (b.m.day ?? Infinity) || a.i - b.i)
      .map((x) => x.m);
    const sources = new Map<string, MentionSource>(
      members.map((m) => [m.id, { outlet: m.outlet, family: this.families.find(m.id) }]),
    );
    const mentions = members.flatMap((m) => this.mentionsOf.get(m.id) ?? []);
    return {
      id: c.id,
      title: this.title(c, members),
      articles: members.map((m) => m.id),
      events: mergeEvents(mentions, sources),
    };
  }

  /** The earliest-published article's title, else the title of the article closest to the story's centre. */
  private title(c: StoryCluster, byDate: readonly ArticleFeatures[]): string {
    const dated = byDate.find((m) => m.day !== null && m.title);
    if (dated?.title) return dated.title;
    const idf = (k: string) => this.df.idf(k);
    let best: ArticleFeatures | null = null;
    let bestScore = -Infinity;
    for (const m of c.members) {
      if (!m.title) continue;
      const s = weightedCosine(m.terms, c.terms, idf);
      if (s > bestScore) {
        best = m;
        bestScore = s;
      }
    }
    return best?.title ?? (c.members[0]!.lead || "Untitled story");
  }
}

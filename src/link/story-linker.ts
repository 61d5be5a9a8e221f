/**
 * Incremental, single-pass story clustering. Each article joins the most similar story among the
 * few the candidate index proposes (or the story of a text it copies), or starts a new one; an
 * article that strongly matches two stories merges them under the older id. Copies of one wire
 * story are tied into families. A story's events are merged, and undated members dated from the
 * story, when its stories are asked for. The state can be saved and restored, so a later run adds
 * only its new articles.
 */
import type { Article, Story } from "../model/schema.js";
import { articleFeatures } from "./article-features.js";
import { CandidateIndex, strongestKeys } from "./candidate-index.js";
import { CopyIndex, isCopy } from "./copy-index.js";
import { DocFreq } from "./doc-freq.js";
import { articleMentions, type EventMention } from "./event-mentions.js";
import { mergeEvents, type MentionSource } from "./event-merge.js";
import { stableId } from "./hashing.js";
import { inferPublished } from "./infer-published.js";
import { StoryCluster, type ClusterState, type Member } from "./story-cluster.js";
import { similarityTo } from "./story-similarity.js";
import { SPLIT_MAX, sketchOf, splitOff, tiesOf } from "./story-split.js";
import { publishedDay } from "./timeline.js";

/**
 * The similarity at which an article joins a story. Articles on one story share its rare names
 * and words (IDF-weighted cosine typically 0.25–0.6); articles on different stories of the same
 * beat share common words and score under 0.15. 0.22 sits between (checked on the ECB+ and GVC dev
 * sets), leaning to new stories: a split story is easier to spot than two stories glued together.
 */
export const STORY_THRESHOLD = 0.22;
/** An article this close to two stories shows they are one (a report tying two threads together). */
export const BRIDGE_THRESHOLD = 0.4;
/**
 * Within BRIDGE_DAYS of both, the second story needs only this much: a fuller report of an event
 * that two thin first reports split. Reports of one event come within days of each other, while a
 * look-alike event (another earthquake, another shooting) can come any time; undated articles and
 * stories need the full threshold. Checked on the ECB+ and GVC dev sets.
 */
export const BRIDGE_SECOND = 0.3;
const BRIDGE_DAYS = 7;
/** Loose copies are looked for among this many of a story's latest members. */
const COPY_WINDOW = 200;
/** Inferring a date can let another member be dated in turn; a few rounds settle any real story. */
const INFERENCE_ROUNDS = 3;

/** Everything a linker needs to go on later: document frequencies, stories, copy families. */
export interface LinkerState {
  docs: number;
  df: [string, number][];
  stories: ClusterState[];
  /** Pairs of articles found to be copies, replayed into the families. */
  copies: [string, string][];
  /** Members' MinHash signatures and credits, for finding copies of them later. */
  shingles: [string, number[], string[]][];
}

/** What changed since the last `takeChanges`: the rows a store must write. */
export interface LinkerChanges {
  docs: number;
  df: [string, number][];
  stories: ClusterState[];
  /** Ids of stories merged into others. */
  removed: string[];
  copies: [string, string][];
  shingles: [string, number[], string[]][];
  /** Articles changed by the linker (dated from their story), to store again. */
  articles: Article[];
  /** The changed stories as output. */
  views: Story[];
}

export interface LinkerOptions {
  /** Re-runs the per-document stages after times on an article whose date was inferred. */
  reanalyze?: (a: Article) => Article;
  /**
   * On each `takeChanges`, forget the events, sketches and whole undated articles of stories no
   * article has joined for this many days of the stream (or among the last KEEP_ARTICLES), keeping
   * only what finds and scores them: memory then follows the stories still in play, not the stream. When such a story
   * changes again, `missing()` names its members for the caller to `provide()`, as after a restore.
   * Left out, the linker keeps everything (a corpus linked in one go, with nothing to provide from).
   */
  keepDays?: number;
}

/** With keepDays, a story no article joined among this many (dated or not) is forgotten too. */
const KEEP_ARTICLES = 2000;
/** A forgotten story's sums keep this many keys each: its strongest, enough to be found and scored. */
const FORGOTTEN_KEYS = 100;

/** The day lies within BRIDGE_DAYS of the story's dated members. */
function near(day: number | null, c: StoryCluster): boolean {
  if (day === null || c.firstDay === null || c.lastDay === null) return false;
  return day >= c.firstDay - BRIDGE_DAYS && day <= c.lastDay + BRIDGE_DAYS;
}

export class StoryLinker {
  private df = new DocFreq();
  private readonly index = new CandidateIndex();
  private readonly copies = new CopyIndex();
  private readonly clusters = new Map<string, StoryCluster>();
  private readonly storyOf = new Map<string, StoryCluster>();
  private readonly mentionsOf = new Map<string, EventMention[]>();
  /** Undated members, kept whole so that their story can date them. */
  private readonly undated = new Map<string, Article>();
  private readonly cache = new Map<StoryCluster, { version: number; story: Story }>();
  private readonly changed = new Set<StoryCluster>();
  private readonly removed = new Set<string>();
  private readonly newCopies: [string, string][] = [];
  private readonly newShingles: [string, number[], string[]][] = [];
  private readonly updated = new Map<string, Article>();
  private seq = 0;
  /** Stories whose members' events are held; the others were forgotten (keepDays) or restored. */
  private readonly live = new Set<StoryCluster>();
  private latestDay = -Infinity;
  /** Articles added so far, and for each held story the count when it last changed. */
  private added = 0;
  private readonly lastAdded = new Map<StoryCluster, number>();

  constructor(private readonly opts: LinkerOptions = {}) {}

  /** A linker that goes on from a saved state. */
  static restore(state: LinkerState, opts: LinkerOptions = {}): StoryLinker {
    const l = new StoryLinker(opts);
    l.df = DocFreq.restore(state.docs, state.df);
    for (const s of [...state.stories].sort((a, b) => a.seq - b.seq)) {
      const c = StoryCluster.fromState(s);
      l.clusters.set(c.id, c);
      l.index.restore(c);
      for (const m of c.members) l.storyOf.set(m.id, c);
      l.seq = Math.max(l.seq, s.seq + 1);
    }
    for (const [id, sig, agencies] of state.shingles)
      l.copies.restore({ id, shingles: Uint32Array.from(sig), agencies });
    for (const [a, b] of state.copies) l.copies.families.union(a, b);
    return l;
  }

  /** Adds an article and returns the id of the story it joined (the same story if added twice). */
  add(article: Article): string {
    const known = this.storyOf.get(article.id);
    if (known) return known.id;
    const f = articleFeatures(article);
    this.df.add([...f.terms.keys(), ...f.names.keys(), ...f.entities.keys(), ...f.signatures.keys()]);
    const keys = strongestKeys(f, this.df);

    // 1. Score the candidate stories; a text that copies an earlier one belongs in its story.
    const similarity = similarityTo(f, this.df);
    const scored = this.index
      .candidates(keys, this.df)
      .map((c) => ({ c, s: similarity(c) }))
      .sort((a, b) => b.s - a.s || a.c.seq - b.c.seq);
    const copyKey = { id: f.id, shingles: f.shingles, agencies: f.agencies };
    const copied = this.copies.add(copyKey);
    if (f.shingles.length) this.newShingles.push([f.id, [...f.shingles], f.agencies]);
    for (const other of copied) this.newCopies.push([f.id, other]);
    let best = copied.map((id) => this.storyOf.get(id)).find((c) => c !== undefined) ?? null;
    if (!best && scored[0] && scored[0].s >= STORY_THRESHOLD) best = scored[0].c;

    // 2. A strong match to a second story ties the two together.
    let merged = false;
    if (best) {
      for (const { c, s } of scored) {
        if (c === best || s < BRIDGE_SECOND || !this.clusters.has(c.id)) continue;
        const pair = scored.find((x) => x.c === best);
        if (!pair || pair.s < BRIDGE_THRESHOLD) continue;
        if (s < BRIDGE_THRESHOLD && !(near(f.day, best) && near(f.day, c))) continue;
        best = this.merge(best, c);
        merged = true;
      }
    } else {
      best = new StoryCluster(stableId("s", article.id), this.seq++);
      this.clusters.set(best.id, best);
    }

    // 3. Join. Loose wire copies (same agency, edited) escape the MinHash bands: look among the story's
    // latest members that credit the same agency.
    if (f.agencies.length) {
      for (let i = Math.max(0, best.members.length - COPY_WINDOW); i < best.members.length; i++) {
        const m = best.members[i]!;
        if (!m.shingles || copied.includes(m.id) || !m.agencies.some((x) => f.agencies.includes(x))) continue;
        if (isCopy(copyKey, { id: m.id, shingles: m.shingles, agencies: m.agencies })) {
          this.copies.families.union(f.id, m.id);
          this.newCopies.push([f.id, m.id]);
        }
      }
    }
    // 4. Tie it to the members it resembles; when its group and the rest have drifted apart, split.
    const sketch = best.members.length < SPLIT_MAX ? sketchOf(f, this.df) : undefined;
    const member = best.add(f, sketch);
    this.index.index(best, keys);
    this.storyOf.set(article.id, best);
    this.mentionsOf.set(article.id, articleMentions(article));
    if (f.day === null) this.undated.set(article.id, article);
    this.changed.add(best);
    this.live.add(best);
    this.lastAdded.set(best, ++this.added);
    if (f.day !== null && f.day > this.latestDay) this.latestDay = f.day;
    if (sketch) {
      const idf = (k: string) => this.df.idf(k);
      const family = this.copies.families.find(f.id);
      const others = best.members.slice(0, -1);
      const ties = new Set([...tiesOf(sketch, others, idf), ...others.filter((m) => this.family(m.id) === family)]);
      best.tie(member, [...ties]);
      const moved = merged ? null : splitOff(best.members, member, idf);
      if (moved && !this.splitsFamily(best, moved)) this.split(best, moved);
    } else if (merged || best.members.length === SPLIT_MAX + 1) {
      // Past the size at which stories are checked, sketches are dead weight.
      for (const m of best.members) delete m.sketch;
    }
    return this.storyOf.get(article.id)!.id;
  }

  /** Hands back a stored member whose events a story being rebuilt needs (see `missing`). */
  provide(article: Article): void {
    const c = this.storyOf.get(article.id);
    if (!c || this.mentionsOf.has(article.id)) return;
    this.live.add(c);
    this.lastAdded.set(c, this.added);
    this.mentionsOf.set(article.id, articleMentions(article));
    if (publishedDay(article.meta.published) === null) this.undated.set(article.id, article);
  }

  /** Members of changed stories whose events the linker does not hold (restored from a saved state). */
  missing(): string[] {
    const out: string[] = [];
    for (const c of this.changed) for (const m of c.members) if (!this.mentionsOf.has(m.id)) out.push(m.id);
    return out;
  }

  /** The id of the story an article is in. */
  storyId(articleId: string): string | undefined {
    return this.storyOf.get(articleId)?.id;
  }

  /** The copy family of an article: the smallest id among the copies of its text. */
  family(articleId: string): string {
    return this.copies.families.find(articleId);
  }

  /** Every story so far, in the order they were started, with merged events in timeline order. */
  stories(): Story[] {
    return [...this.clusters.values()].map((c) => this.story(c));
  }

  /** The stories changed since the last `takeChanges`, the ids merged away, and the rows to save. */
  takeChanges(): LinkerChanges {
    const stories = [...this.changed].filter((c) => this.clusters.has(c.id));
    const views = stories.map((c) => this.story(c));
    const { docs, counts } = this.df.takeChanges();
    const out: LinkerChanges = {
      docs,
      df: counts,
      stories: stories.map((c) => c.toState()),
      removed: [...this.removed],
      copies: this.newCopies.splice(0),
      shingles: this.newShingles.splice(0),
      articles: [...this.updated.values()],
      views,
    };
    this.changed.clear();
    this.removed.clear();
    this.updated.clear();
    if (this.opts.keepDays !== undefined) this.forget(this.opts.keepDays);
    return out;
  }

  /** The story of a cluster, rebuilt when it changed, dating undated members from it first. */
  private story(c: StoryCluster): Story {
    const cached = this.cache.get(c);
    if (cached && cached.version === c.version) return cached.story;
    let story = this.buildStory(c);
    for (let round = 0; round < INFERENCE_ROUNDS && this.inferDates(c, story); round++) story = this.buildStory(c);
    this.cache.set(c, { version: c.version, story });
    return story;
  }

  /** Dates the undated members the story's events date; true when any was dated. */
  private inferDates(c: StoryCluster, story: Story): boolean {
    let any = false;
    if (!c.members.some((m) => m.day === null && this.undated.has(m.id))) return false;
    const own = new Set(c.members.filter((m) => m.day !== null && m.ownDate).map((m) => m.id));
    const by = {
      ownDate: (id: string) => own.has(id),
      eventDate: (id: string, ev: string) =>
        this.mentionsOf.get(id)?.find((m) => m.event.id === ev)?.event.date ?? null,
    };
    for (const m of c.members) {
      const a = m.day === null ? this.undated.get(m.id) : undefined;
      if (!a) continue;
      const date = inferPublished(a, story.events, by);
      if (!date) continue;
      let dated: Article = { ...a, meta: { ...a.meta, published: date, published_source: "inferred" } };
      if (this.opts.reanalyze) dated = this.opts.reanalyze(dated);
      this.undated.delete(m.id);
      this.mentionsOf.set(m.id, articleMentions(dated));
      this.updated.set(m.id, dated);
      c.dated(m.id, publishedDay(date)!);
      this.changed.add(c);
      any = true;
    }
    return any;
  }

  /** The number of stories. */
  get size(): number {
    return this.clusters.size;
  }

  /** Drops what stories idle for more than `days` hold for rebuilding (see LinkerOptions.keepDays). */
  private forget(days: number): void {
    for (const c of this.live) {
      const idleDays = c.lastDay !== null && this.latestDay - c.lastDay > days;
      if (!idleDays && this.added - (this.lastAdded.get(c) ?? 0) <= KEEP_ARTICLES) continue;
      for (const m of c.members) {
        this.mentionsOf.delete(m.id);
        this.undated.delete(m.id);
        delete m.sketch;
      }
      c.compact(FORGOTTEN_KEYS);
      this.cache.delete(c);
      this.live.delete(c);
      this.lastAdded.delete(c);
    }
  }

  /** Whether moving these members out would part copies of one text. */
  private splitsFamily(c: StoryCluster, moved: readonly Member[]): boolean {
    const out = new Set(moved.map((m) => this.family(m.id)));
    return c.members.some((m) => !moved.includes(m) && out.has(this.family(m.id)));
  }

  /** Moves members out of a story into a new one; the story keeps its id (it keeps the larger part). */
  private split(c: StoryCluster, moved: readonly Member[]): void {
    const first = moved[0]!;
    let id = stableId("s", first.id);
    if (this.clusters.has(id)) id = stableId("s", first.id, String(this.seq));
    const part = new StoryCluster(id, this.seq++);
    c.splitInto(moved, part);
    this.clusters.set(id, part);
    this.removed.delete(id);
    const keys = new Set<string>();
    for (const m of moved) {
      this.storyOf.set(m.id, part);
      for (const key of ["terms", "names", "entities"] as const) for (const [k] of m.sketch?.[key] ?? []) keys.add(k);
    }
    this.index.index(part, [...keys]);
    this.live.add(part);
    this.lastAdded.set(part, this.added);
    this.changed.add(part);
    this.changed.add(c);
  }

  /** Merges two stories under the older one's id. */
  private merge(a: StoryCluster, b: StoryCluster): StoryCluster {
    const [keep, gone] = a.seq <= b.seq ? [a, b] : [b, a];
    keep.absorb(gone);
    this.index.merge(keep, gone);
    for (const m of gone.members) this.storyOf.set(m.id, keep);
    this.clusters.delete(gone.id);
    this.cache.delete(gone);
    if (this.live.delete(gone)) this.live.add(keep);
    this.lastAdded.delete(gone);
    this.changed.delete(gone);
    this.changed.add(keep);
    this.removed.add(gone.id);
    return keep;
  }

  private buildStory(c: StoryCluster): Story {
    // Dated articles in date order, then undated ones as they came.
    const members = c.members
      .map((m, i) => ({ m, i }))
      .sort((a, b) => (a.m.day ?? Infinity) - (b.m.day ?? Infinity) || a.i - b.i)
      .map((x) => x.m);
    const sources = new Map<string, MentionSource>(
      members.map((m) => [m.id, { outlet: m.outlet, family: this.family(m.id), ownDate: m.ownDate, day: m.day }]),
    );
    const mentions = members.flatMap((m) => this.mentionsOf.get(m.id) ?? []);
    const titled = members.find((m) => m.day !== null && m.title) ?? members.find((m) => m.title);
    return {
      id: c.id,
      title: titled?.title ?? (members[0]!.lead || "Untitled story"),
      articles: members.map((m) => m.id),
      events: mergeEvents(mentions, sources),
    };
  }
}

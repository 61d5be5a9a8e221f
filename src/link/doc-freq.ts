/** Document frequencies kept as articles arrive, for IDF weights that follow the corpus. */
export class DocFreq {
  private readonly df = new Map<string, number>();
  private n = 0;
  /** Keys whose count changed since the last `takeChanges`, for writing back only those. */
  private readonly changed = new Set<string>();
  /** ln(k + 1) for k = 0, 1, ...: IDF is asked for far more often than documents arrive. */
  private logs = new Float64Array(64).map((_, k) => Math.log(k + 1));

  /** Counts one document holding these keys (each counted once). */
  add(keys: Iterable<string>): void {
    this.n++;
    if (this.n >= this.logs.length) {
      const grown = new Float64Array(this.logs.length * 2);
      for (let k = 0; k < grown.length; k++) grown[k] = Math.log(k + 1);
      this.logs = grown;
    }
    // A word can be both a content word and a name: counted twice it would outnumber the documents.
    for (const k of new Set(keys)) {
      this.df.set(k, (this.df.get(k) ?? 0) + 1);
      this.changed.add(k);
    }
  }

  /** How many documents were counted. */
  get docs(): number {
    return this.n;
  }

  /** The document count and the counts changed since the last call. */
  takeChanges(): { docs: number; counts: [string, number][] } {
    const counts = [...this.changed].map((k) => [k, this.df.get(k)!] as [string, number]);
    this.changed.clear();
    return { docs: this.n, counts };
  }

  /** Frequencies as stored: the document count and every key's count. */
  static restore(docs: number, counts: Iterable<[string, number]>): DocFreq {
    const d = new DocFreq();
    for (const [k, n] of counts) d.df.set(k, n);
    d.n = docs;
    d.logs = new Float64Array(Math.max(64, 2 ** Math.ceil(Math.log2(docs + 2)))).map((_, k) => Math.log(k + 1));
    return d;
  }

  /** Smoothed IDF: 1 for a key in every document, growing as the key gets rarer; unseen keys count as rare. */
  idf(key: string): number {
    return this.logs[this.n]! - this.logs[this.df.get(key) ?? 0]! + 1;
  }
}

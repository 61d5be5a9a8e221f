/** Document frequencies kept as articles arrive, for IDF weights that follow the corpus. */
export class DocFreq {
  private readonly df = new Map<string, number>();
  private n = 0;
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
    for (const k of keys) this.df.set(k, (this.df.get(k) ?? 0) + 1);
  }

  /** Smoothed IDF: 1 for a key in every document, growing as the key gets rarer; unseen keys count as rare. */
  idf(key: string): number {
    return this.logs[this.n]! - this.logs[this.df.get(key) ?? 0]! + 1;
  }
}

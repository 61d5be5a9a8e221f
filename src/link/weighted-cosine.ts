/** Cosine of two sparse vectors with each dimension scaled by a weight (IDF): Σ a·b·w² / (|a·w| |b·w|). */
export function weightedCosine(
  a: ReadonlyMap<string, number>,
  b: ReadonlyMap<string, number>,
  weight: (key: string) => number,
  /** The weighted norms when the caller has them (a story's centroid is compared with many articles). */
  normA?: number,
  normB?: number,
): number {
  if (!a.size || !b.size) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, v] of small) {
    const u = large.get(k);
    if (u !== undefined) {
      const w = weight(k);
      dot += v * u * w * w;
    }
  }
  if (dot === 0) return 0;
  return dot / ((normA ?? weightedNorm(a, weight)) * (normB ?? weightedNorm(b, weight)));
}

/** |v·w|: the length of a vector after weighting. */
export function weightedNorm(v: ReadonlyMap<string, number>, weight: (key: string) => number): number {
  let s = 0;
  for (const [k, x] of v) {
    const w = weight(k);
    s += x * x * w * w;
  }
  return Math.sqrt(s);
}

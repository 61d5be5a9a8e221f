/** Disjoint sets over string keys: the families of copied articles. */
export class UnionFind {
  private readonly parent = new Map<string, string>();

  /** The representative of `x`'s set (x itself when never united). */
  find(x: string): string {
    let root = x;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    // Path compression keeps later finds short.
    for (let c = x; c !== root;) {
      const next = this.parent.get(c)!;
      this.parent.set(c, root);
      c = next;
    }
    return root;
  }

  /** Puts a and b in one set; the smaller key becomes the root, so roots do not depend on order. */
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}

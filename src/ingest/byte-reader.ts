/**
 * A buffered reader over a stream of byte chunks, for record formats (WARC) read in one pass:
 * lines, exact lengths, skipping and searching, holding no more than the part being read.
 */
export class ByteReader {
  private readonly it: AsyncIterator<Uint8Array>;
  private buf: Buffer = Buffer.alloc(0);
  private pos = 0;
  private ended = false;
  /** Bytes consumed so far: the offset of the next byte in the whole stream. */
  offset = 0;

  constructor(source: AsyncIterable<Uint8Array>) {
    this.it = source[Symbol.asyncIterator]();
  }

  /** Bytes buffered and not yet consumed. */
  get available(): number {
    return this.buf.length - this.pos;
  }

  /** Buffers until `n` bytes are available or the stream ends; returns what is available. */
  async fill(n: number): Promise<number> {
    while (this.available < n && !this.ended) {
      const next = await this.it.next();
      if (next.done) {
        this.ended = true;
        break;
      }
      const chunk = Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
      this.buf = this.available ? Buffer.concat([this.buf.subarray(this.pos), chunk]) : chunk;
      this.pos = 0;
    }
    return this.available;
  }

  /** Up to `n` buffered bytes, not consumed (call fill first). */
  peek(n: number): Buffer {
    return this.buf.subarray(this.pos, this.pos + Math.min(n, this.available));
  }

  /** True at the end of the stream. */
  async atEnd(): Promise<boolean> {
    return (await this.fill(1)) === 0;
  }

  /**
   * The next line without its line ending, or null at the end of the stream. A line longer than
   * `max` bytes is returned cut at `max`, with `cut` set: the caller decides it is corrupt.
   */
  async readLine(max: number): Promise<{ line: Buffer; cut: boolean } | null> {
    let searched = 0;
    for (;;) {
      const nl = this.buf.indexOf(0x0a, this.pos + searched);
      if (nl >= 0 && nl - this.pos < max) {
        const end = nl > this.pos && this.buf[nl - 1] === 0x0d ? nl - 1 : nl;
        const line = this.buf.subarray(this.pos, end);
        this.consume(nl + 1 - this.pos);
        return { line, cut: false };
      }
      searched = this.available;
      if (searched >= max || this.ended) {
        if (!this.available) return null;
        const take = Math.min(max, this.available);
        const line = this.buf.subarray(this.pos, this.pos + take);
        this.consume(take);
        return { line, cut: !this.ended || searched >= max };
      }
      await this.fill(this.available + 1);
    }
  }

  /** Exactly `n` bytes, or fewer if the stream ends first. */
  async read(n: number): Promise<Buffer> {
    if (this.available >= n) {
      const out = this.buf.subarray(this.pos, this.pos + n);
      this.consume(n);
      return out;
    }
    // Collect the chunks once rather than growing one buffer chunk by chunk.
    const parts: Buffer[] = [this.buf.subarray(this.pos)];
    let have = this.available;
    this.consume(have);
    while (have < n) {
      const next = await this.it.next();
      if (next.done) {
        this.ended = true;
        break;
      }
      const chunk = Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
      const need = n - have;
      if (chunk.length > need) {
        parts.push(chunk.subarray(0, need));
        this.buf = chunk.subarray(need);
        this.pos = 0;
        have += need;
        this.offset += need;
      } else {
        parts.push(chunk);
        have += chunk.length;
        this.offset += chunk.length;
      }
    }
    return Buffer.concat(parts, have);
  }

  /** Discards `n` bytes without holding them; returns how many there were. */
  async skip(n: number): Promise<number> {
    let left = n;
    while (left > 0) {
      if (!this.available && !(await this.fill(1))) break;
      const take = Math.min(left, this.available);
      this.consume(take);
      left -= take;
    }
    return n - left;
  }

  /** Discards bytes up to the next occurrence of `pattern` (left unconsumed); false if the stream ends first. */
  async seek(pattern: Buffer): Promise<boolean> {
    for (;;) {
      const i = this.buf.indexOf(pattern, this.pos);
      if (i >= 0) {
        this.consume(i - this.pos);
        return true;
      }
      // Keep a pattern's length minus one: it may be the start of a match cut by the chunk boundary.
      const keep = Math.min(this.available, pattern.length - 1);
      this.consume(this.available - keep);
      if (this.ended || (await this.fill(keep + 1)) <= keep) return false;
    }
  }

  /** Puts bytes already read back in front of the stream (the tail of a record read too far). */
  unread(bytes: Buffer): void {
    this.buf = Buffer.concat([bytes, this.buf.subarray(this.pos)]);
    this.pos = 0;
    this.offset -= bytes.length;
  }

  private consume(n: number): void {
    this.pos += n;
    this.offset += n;
    if (this.pos === this.buf.length) {
      this.buf = Buffer.alloc(0);
      this.pos = 0;
    }
  }
}

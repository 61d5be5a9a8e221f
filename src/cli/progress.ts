/** A one-line progress bar on stderr, drawn only on a terminal and at most every 100 ms. */
export class Progress {
  private done = 0;
  private failed = 0;
  private last = 0;
  private readonly started = Date.now();
  private readonly enabled: boolean;

  constructor(
    private readonly label: string,
    private readonly stream: NodeJS.WriteStream = process.stderr,
    enabled = true,
  ) {
    this.enabled = enabled && Boolean(stream.isTTY);
  }

  /** Counts one finished item (failed or not) and redraws when due. */
  tick(failed = false): void {
    this.done++;
    if (failed) this.failed++;
    const now = Date.now();
    if (this.enabled && now - this.last > 100) {
      this.last = now;
      this.draw(now);
    }
  }

  /** Prints a message on its own line without garbling the bar. */
  log(message: string): void {
    if (this.enabled) this.stream.write("\r\x1b[K");
    this.stream.write(message + "\n");
    if (this.enabled && this.done) this.draw(Date.now());
  }

  /** Clears the bar. */
  finish(): void {
    if (this.enabled) this.stream.write("\r\x1b[K");
  }

  private draw(now: number): void {
    const secs = Math.max(0.001, (now - this.started) / 1000);
    const rate = (this.done / secs).toFixed(0);
    const spin = "|/-\\"[this.done % 4];
    const fail = this.failed ? `, ${this.failed} failed` : "";
    this.stream.write(`\r\x1b[K${spin} ${this.label}: ${this.done} done${fail} (${rate}/s)`);
  }
}

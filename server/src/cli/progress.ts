/** Progress on stderr: a rewritten line on a terminal, a line every 10% otherwise; silent for a single file. */
export class Progress {
  private count = 0;
  private lastReported = 0;
  private readonly started = Date.now();

  constructor(
    private readonly total: number | undefined,
    private readonly label = 'analyzed',
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  tick(): void {
    this.count++;
    if (this.total !== undefined && this.total < 2) {
      return;
    }
    if (this.stream.isTTY) {
      const of = this.total ? `/${this.total}` : '';
      this.stream.write(`\r${this.label} ${this.count}${of} documents`);
    } else if (this.total && (this.count - this.lastReported) / this.total >= 0.1) {
      this.lastReported = this.count;
      this.stream.write(`${this.label} ${this.count}/${this.total} documents\n`);
    }
  }

  /** The closing line; `failed` of the documents ticked were not analysed (or exported) and are counted apart. */
  done(failed = 0): void {
    if (this.count < 2) {
      return;
    }
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
    const documents = failed > 0 ? `${this.count - failed} of ${this.count} documents` : `${this.count} documents`;
    this.stream.write(`${this.stream.isTTY ? '\r' : ''}${this.label} ${documents} in ${seconds} s${failed > 0 ? `; ${failed} failed` : ''}\n`);
  }
}

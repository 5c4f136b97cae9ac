/** ANSI: erase from the cursor to the end of the line. */
const CLEAR_LINE = '\x1b[K';

/**
 * Progress on stderr: a rewritten line on a terminal, a line every 10% otherwise; silent for a single file. Messages
 * written meanwhile go through `note`, so that on a terminal none is glued to the end of the progress line.
 */
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
      this.stream.write(`\r${this.line()}`);
    } else if (this.total && (this.count - this.lastReported) / this.total >= 0.1) {
      this.lastReported = this.count;
      this.stream.write(`${this.line()}\n`);
    }
  }

  /** A message on a line of its own; on a terminal the progress line is cleared for it and written again after it. */
  note(message: string): void {
    if (this.stream.isTTY && this.shown()) {
      this.stream.write(`\r${CLEAR_LINE}${message}\n${this.line()}`);
    } else {
      this.stream.write(`${message}\n`);
    }
  }

  private shown(): boolean {
    return this.count > 0 && (this.total === undefined || this.total >= 2);
  }

  private line(): string {
    return `${this.label} ${this.count}${this.total ? `/${this.total}` : ''} documents`;
  }

  /**
   * The closing line; of the documents ticked, `failed` could not be analysed (or exported) and `skipped` were
   * skipped for a reason already stated (too large, binary): each counted apart.
   */
  done(failed = 0, skipped = 0): void {
    if (this.count < 2) {
      return;
    }
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
    const left = failed + skipped;
    const documents = left > 0 ? `${this.count - left} of ${this.count} documents` : `${this.count} documents`;
    const missing = left > 0 ? `; ${skippedAndFailed(skipped, failed)}` : '';
    this.stream.write(`${this.stream.isTTY ? `\r${CLEAR_LINE}` : ''}${this.label} ${documents} in ${seconds} s${missing}\n`);
  }
}

/** "1 skipped, 2 failed", "2 failed": the documents not processed, those skipped for a stated reason apart. */
export function skippedAndFailed(skipped: number, failed: number): string {
  return [skipped > 0 ? `${skipped} skipped` : '', failed > 0 ? `${failed} failed` : ''].filter((part) => part !== '').join(', ');
}

/**
 * A set of words read in place from one text: a word seen before costs a hash and a compare, not a new string
 * (a megabyte of news holds ~150,000 lower-case words, only ~10,000 of them distinct). `words` holds each once.
 */
export class InPlaceWordSet {
  readonly words = new Set<string>();
  /** Per slot: start + 1 of the word's first occurrence (0: empty), its length and its hash. */
  private starts = new Int32Array(1 << 12);
  private lengths = new Int32Array(1 << 12);
  private hashes = new Int32Array(1 << 12);
  private size = 0;

  constructor(private readonly text: string) {}

  add(start: number, end: number): void {
    const { text } = this;
    let hash = 0;
    for (let k = start; k < end; k++) {
      hash = (Math.imul(hash, 31) + text.charCodeAt(k)) | 0;
    }
    const mask = this.starts.length - 1;
    const length = end - start;
    let slot = hash & mask;
    for (; this.starts[slot] !== 0; slot = (slot + 1) & mask) {
      if (this.hashes[slot] === hash && this.lengths[slot] === length && this.sameAs(this.starts[slot] - 1, start, length)) {
        return;
      }
    }
    this.starts[slot] = start + 1;
    this.lengths[slot] = length;
    this.hashes[slot] = hash;
    this.words.add(text.slice(start, end));
    if (++this.size * 2 > this.starts.length) {
      this.grow();
    }
  }

  private sameAs(first: number, start: number, length: number): boolean {
    for (let k = 0; k < length; k++) {
      if (this.text.charCodeAt(first + k) !== this.text.charCodeAt(start + k)) {
        return false;
      }
    }
    return true;
  }

  private grow(): void {
    const { starts, lengths, hashes } = this;
    const capacity = starts.length * 2;
    this.starts = new Int32Array(capacity);
    this.lengths = new Int32Array(capacity);
    this.hashes = new Int32Array(capacity);
    const mask = capacity - 1;
    for (let old = 0; old < starts.length; old++) {
      if (starts[old] === 0) {
        continue;
      }
      let slot = hashes[old] & mask;
      while (this.starts[slot] !== 0) {
        slot = (slot + 1) & mask;
      }
      this.starts[slot] = starts[old];
      this.lengths[slot] = lengths[old];
      this.hashes[slot] = hashes[old];
    }
  }
}

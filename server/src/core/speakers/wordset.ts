/** Released tables by capacity, zeroed and reused by the next set (a fresh typed array per text was a hot spot). */
const spares = new Map<number, Int32Array>();
const LARGEST_SPARE = 1 << 16;

/**
 * A set of words read in place from one text: a word seen before costs a hash and a compare, not a new string
 * (a megabyte of news holds ~150,000 lower-case words, only ~10,000 of them distinct). `words` holds each once.
 */
export class InPlaceWordSet {
  readonly words = new Set<string>();
  /** Three ints per slot: start + 1 of the word's first occurrence (0: empty), its length and its hash. */
  private slots: Int32Array;
  private capacity: number;
  private size = 0;

  constructor(private readonly text: string) {
    // sized for the text (an article holds a few hundred distinct words): a zeroed table per call is not free
    this.capacity = 256;
    while (this.capacity < 4096 && this.capacity * 8 < text.length) {
      this.capacity *= 2;
    }
    const spare = spares.get(this.capacity);
    spares.delete(this.capacity);
    this.slots = spare ? spare.fill(0) : new Int32Array(this.capacity * 3);
  }

  /** Hands the table over to the next set: only `words` may be used after. */
  release(): void {
    if (this.capacity <= LARGEST_SPARE) {
      spares.set(this.capacity, this.slots);
    }
    this.slots = new Int32Array(0);
  }

  add(start: number, end: number): void {
    if (this.slots.length === 0) {
      throw new Error('word set used after release');
    }
    const { text, slots } = this;
    let hash = 0;
    for (let k = start; k < end; k++) {
      hash = (Math.imul(hash, 31) + text.charCodeAt(k)) | 0;
    }
    const mask = this.capacity - 1;
    const length = end - start;
    let slot = hash & mask;
    for (; slots[slot * 3] !== 0; slot = (slot + 1) & mask) {
      if (slots[slot * 3 + 2] === hash && slots[slot * 3 + 1] === length && this.sameAs(slots[slot * 3] - 1, start, length)) {
        return;
      }
    }
    slots[slot * 3] = start + 1;
    slots[slot * 3 + 1] = length;
    slots[slot * 3 + 2] = hash;
    this.words.add(text.slice(start, end));
    if (++this.size * 2 > this.capacity) {
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
    const old = this.slots;
    this.capacity *= 2;
    const slots = new Int32Array(this.capacity * 3);
    const mask = this.capacity - 1;
    for (let at = 0; at < old.length; at += 3) {
      if (old[at] === 0) {
        continue;
      }
      let slot = old[at + 2] & mask;
      while (slots[slot * 3] !== 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot * 3] = old[at];
      slots[slot * 3 + 1] = old[at + 1];
      slots[slot * 3 + 2] = old[at + 2];
    }
    this.slots = slots;
  }
}

/** Released tables by capacity, zeroed and reused by the next set (a fresh typed array per text was a hot spot). */
const spares = new Map<number, Int32Array>();
const LARGEST_SPARE = 1 << 16;
const SLOT = 4;

/** The hash of a word so far, extended by one more code unit. */
export const wordHash = (hash: number, code: number): number => (Math.imul(hash, 31) + code) | 0;

/**
 * A set of words read in place from one text: a word seen before costs a hash and a compare, not a new string
 * (a megabyte of news holds ~163,000 words, only ~16,000 of them distinct). `list` holds each once, by id, in
 * order of first occurrence, so that a token can share its word's one string.
 */
export class InPlaceWordSet {
  readonly list: string[] = [];
  /** Four ints per slot: start + 1 of the word's first occurrence (0: empty), its length, its hash and its id. */
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
    this.slots = spare ? spare.fill(0) : new Int32Array(this.capacity * SLOT);
  }

  /** Hands the table over to the next set: only `list` may be used after. */
  release(): void {
    if (this.capacity <= LARGEST_SPARE) {
      spares.set(this.capacity, this.slots);
    }
    this.slots = new Int32Array(0);
  }

  /** Adds the word text[start, end) and returns its id (its index in `list`); `hash` when the caller has read it. */
  add(start: number, end: number, hash = this.hashOf(start, end)): number {
    if (this.slots.length === 0) {
      throw new Error('word set used after release');
    }
    const { text, slots } = this;
    const mask = this.capacity - 1;
    const length = end - start;
    let slot = hash & mask;
    for (; slots[slot * SLOT] !== 0; slot = (slot + 1) & mask) {
      const at = slot * SLOT;
      if (slots[at + 2] === hash && slots[at + 1] === length && this.sameAs(slots[at] - 1, start, length)) {
        return slots[at + 3];
      }
    }
    const at = slot * SLOT;
    const id = this.list.length;
    slots[at] = start + 1;
    slots[at + 1] = length;
    slots[at + 2] = hash;
    slots[at + 3] = id;
    const word = text.slice(start, end);
    this.list.push(word);
    if (++this.size * 2 > this.capacity) {
      this.grow();
    }
    return id;
  }

  private hashOf(start: number, end: number): number {
    let hash = 0;
    for (let k = start; k < end; k++) {
      hash = wordHash(hash, this.text.charCodeAt(k));
    }
    return hash;
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
    const slots = new Int32Array(this.capacity * SLOT);
    const mask = this.capacity - 1;
    for (let at = 0; at < old.length; at += SLOT) {
      if (old[at] === 0) {
        continue;
      }
      let slot = old[at + 2] & mask;
      while (slots[slot * SLOT] !== 0) {
        slot = (slot + 1) & mask;
      }
      for (let k = 0; k < SLOT; k++) {
        slots[slot * SLOT + k] = old[at + k];
      }
    }
    this.slots = slots;
  }
}

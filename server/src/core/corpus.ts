import { normalizeLineKey, splitLines } from './structure';
import type { CorpusContext } from './types';

/** Lines longer than this are article prose, never shared furniture; skipping them keeps the index small. */
const MAX_FURNITURE_LINE = 300;

/** Counts, for each normalised short line, how many documents of a corpus contain it. */
export class LineFrequencyCorpus implements CorpusContext {
  private readonly counts = new Map<string, number>();
  private documents = 0;

  static fromEntries(documentCount: number, entries: Iterable<[string, number]>): LineFrequencyCorpus {
    const corpus = new LineFrequencyCorpus();
    corpus.documents = documentCount;
    for (const [key, count] of entries) {
      corpus.counts.set(key, count);
    }
    return corpus;
  }

  get documentCount(): number {
    return this.documents;
  }

  addDocument(text: string): void {
    this.documents++;
    const seen = new Set<string>();
    for (const line of splitLines(text)) {
      if (line.end - line.start > MAX_FURNITURE_LINE) {
        continue;
      }
      const key = normalizeLineKey(text.slice(line.start, line.end));
      if (key && !seen.has(key)) {
        seen.add(key);
        this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
      }
    }
  }

  lineDocumentFrequency(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  /**
   * Whether another document of the corpus shares a line with `text` (this corpus counting `text` too), i.e.
   * whether the corpus can change `text`'s analysis at all. Every line is checked, whatever its length.
   */
  sharesLinesWith(text: string): boolean {
    // normalizeLineKey trims as the boilerplate detector does before it looks a line up.
    return splitLines(text).some((line) => this.lineDocumentFrequency(normalizeLineKey(text.slice(line.start, line.end))) >= 2);
  }

  /** Entries seen in at least `minCount` documents (what is worth sending to a worker). */
  *repeatedEntries(minCount = 2): Iterable<[string, number]> {
    for (const entry of this.counts) {
      if (entry[1] >= minCount) {
        yield entry;
      }
    }
  }
}

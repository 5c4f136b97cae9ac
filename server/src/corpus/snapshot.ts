import { LineFrequencyCorpus } from '../core/corpus';
import type { CancellationLike } from '../core/types';
import { readArticle } from './read';

/** The corpus evidence (lines repeated across documents) as it travels to worker threads. */
export interface CorpusSnapshot {
  documentCount: number;
  entries: [string, number][];
}

export function snapshotOf(corpus: LineFrequencyCorpus): CorpusSnapshot {
  return { documentCount: corpus.documentCount, entries: [...corpus.repeatedEntries()] };
}

export function corpusFromSnapshot(snapshot: CorpusSnapshot | undefined): LineFrequencyCorpus | undefined {
  return snapshot ? LineFrequencyCorpus.fromEntries(snapshot.documentCount, snapshot.entries) : undefined;
}

const yieldToEventLoop = (): Promise<void> => new Promise((done) => setImmediate(done));

/**
 * Lines shared by several files of one run are evidence of outlet furniture. Unreadable files are skipped (their
 * own task reports them). Only lines seen in two or more documents are kept: the detector discounts the document's
 * own line, and that is what worker threads receive.
 */
export async function lineCorpusOf(paths: string[], token?: CancellationLike): Promise<LineFrequencyCorpus> {
  const corpus = new LineFrequencyCorpus();
  for (const [index, path] of paths.entries()) {
    if (token?.isCancellationRequested) {
      break;
    }
    try {
      corpus.addDocument(readArticle(path).text);
    } catch {
      // reported when the document itself is analysed
    }
    if (index % 64 === 63) {
      await yieldToEventLoop();
    }
  }
  return LineFrequencyCorpus.fromEntries(corpus.documentCount, corpus.repeatedEntries());
}

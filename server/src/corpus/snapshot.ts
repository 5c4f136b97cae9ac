import { LineFrequencyCorpus } from '../core/corpus';
import type { CancellationLike } from '../core/types';
import { readArticle, type SizeLimit } from './read';

/** The corpus evidence (lines repeated across documents) as it travels to worker threads. */
export interface CorpusSnapshot {
  documentCount: number;
  entries: [string, number][];
}

export function snapshotOf(corpus: LineFrequencyCorpus): CorpusSnapshot {
  return { documentCount: corpus.documentCount, entries: [...corpus.repeatedEntries()] };
}

const rebuilt = new WeakMap<CorpusSnapshot, LineFrequencyCorpus>();

/** The corpus a snapshot describes; built once per snapshot (a worker receives it once and reuses it per job). */
export function corpusFromSnapshot(snapshot: CorpusSnapshot | undefined): LineFrequencyCorpus | undefined {
  if (!snapshot) {
    return undefined;
  }
  let corpus = rebuilt.get(snapshot);
  if (!corpus) {
    corpus = LineFrequencyCorpus.fromEntries(snapshot.documentCount, snapshot.entries);
    rebuilt.set(snapshot, corpus);
  }
  return corpus;
}

const yieldToEventLoop = (): Promise<void> => new Promise((done) => setImmediate(done));
/** Longest stretch of reading without letting other work in (the language server's requests). */
const SLICE_MS = 20;

/**
 * Lines shared by several files of one run are evidence of outlet furniture. Unreadable files are skipped (their
 * own task reports them). Only lines seen in two or more documents are kept: the detector discounts the document's
 * own line, and that is what worker threads receive.
 */
export async function lineCorpusOf(paths: string[], { token, limit }: { token?: CancellationLike; limit?: SizeLimit } = {}): Promise<LineFrequencyCorpus> {
  const corpus = new LineFrequencyCorpus();
  let sliceStart = performance.now();
  for (const path of paths) {
    if (token?.isCancellationRequested) {
      break;
    }
    try {
      corpus.addDocument(readArticle(path, { limit }).text);
    } catch {
      // reported when the document itself is analysed
    }
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
  return LineFrequencyCorpus.fromEntries(corpus.documentCount, corpus.repeatedEntries());
}

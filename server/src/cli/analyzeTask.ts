import { analyze, parseGivenDate, type AnalyzeOptions } from '../core';
import { MetadataReader } from '../annotations/metadataStore';
import type { LineFrequencyCorpus } from '../core/corpus';
import { corpusFromSnapshot, documentId, readArticle, SkippedFileError, type CorpusSnapshot, type SizeLimit } from '../corpus';
import type { JobContext } from '../pool';
import { toAnalysisRecord, type AnalysisRecord } from './analysisRecord';

/** Where a stdin document came from: its line in the input and, when the line says it, its id. */
export interface StdinSource {
  line: number;
  id: string | null;
}

/**
 * One unit of work for the pool: a file to read (no larger than `limit`), or a document given inline (stdin JSONL);
 * or a stdin line that is no document (`invalid`: bad input) or one refused unread (`refused`: over the size limit).
 * `published` / `locale`: given as input (`--published`, `--locale`, a stdin line's fields), validated by the
 * caller; for a file without them, its `.byline/metadata/` entry is read.
 */
export type AnalyzeTask =
  | { index: number; path: string; limit?: SizeLimit; published?: string; locale?: string }
  | { index: number; id: string; path: string; text: string; published?: string; locale?: string; source?: StdinSource }
  | { index: number; invalid: string; source: StdinSource }
  | { index: number; refused: string; source: StdinSource };

export type AnalyzeResult =
  | { index: number; record: AnalysisRecord; warning?: string }
  /**
   * `badInput`: the line was not a document (an input error, exit 2), rather than a document that failed;
   * `skipped`: the document was not read, for the reason the error states (too large, binary).
   */
  | { index: number; error: string; source?: StdinSource; badInput?: true; skipped?: true };

const metadata = new MetadataReader();

/** The analysis options a task's inputs give: a given date says where it came from (shown in hovers and records). */
function inputOptions(task: Extract<AnalyzeTask, { path: string }>): { options: AnalyzeOptions; warning?: string } {
  const stored = 'text' in task || (task.published !== undefined && task.locale !== undefined) ? {} : metadata.inputsFor(task.path);
  const published = task.published ?? stored.published;
  const locale = task.locale ?? stored.locale;
  const origin = task.published !== undefined ? ('text' in task ? 'given with the document' : 'given with --published') : 'set in .byline/metadata';
  return {
    options: {
      ...(published !== undefined ? { published: { ...parseGivenDate(published), reason: origin } } : {}),
      ...(locale !== undefined ? { locale } : {}),
    },
    ...(stored.problem ? { warning: stored.problem } : {}),
  };
}

/** Runs one task; shared by the main thread (--jobs 1) and the worker threads. */
export function runAnalyzeTask(task: AnalyzeTask, corpus: LineFrequencyCorpus | undefined): AnalyzeResult {
  if ('invalid' in task) {
    return { index: task.index, error: task.invalid, source: task.source, badInput: true };
  }
  if ('refused' in task) {
    return { index: task.index, error: task.refused, source: task.source, skipped: true };
  }
  try {
    const text = 'text' in task ? task.text : readArticle(task.path, { limit: task.limit }).text;
    const id = 'id' in task ? task.id : documentId(task.path);
    const { options, warning } = inputOptions(task);
    const record = toAnalysisRecord(id, task.path, analyze(text, { ...options, ...(corpus ? { corpus } : {}) }));
    return { index: task.index, record, ...(warning ? { warning } : {}) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      index: task.index,
      error: message,
      ...('source' in task && task.source ? { source: task.source } : {}),
      ...(error instanceof SkippedFileError ? { skipped: true as const } : {}),
    };
  }
}

/** The corpus evidence of the run, shared once with every worker of the pool. */
export const CORPUS_SNAPSHOT = 'analyze/corpus';

/**
 * What a worker sends back: the record as its JSON line. One string crosses threads far cheaper than the record's
 * object graph (copied out, then rebuilt on the main thread), and the main thread then only writes it.
 */
export type PostedAnalyzeResult = Exclude<AnalyzeResult, { record: AnalysisRecord }> | { index: number; json: string; warning?: string };

/** `analyze --jobs N`: one task in a worker of the pool. */
export function analyzeTaskJob(task: AnalyzeTask, context: JobContext): PostedAnalyzeResult {
  const result = runAnalyzeTask(task, corpusFromSnapshot(context.shared<CorpusSnapshot>(CORPUS_SNAPSHOT)));
  if (!('record' in result)) {
    return result;
  }
  const { record, ...rest } = result;
  return { ...rest, json: JSON.stringify(record) };
}

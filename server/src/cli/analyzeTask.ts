import { analyze } from '../core';
import type { LineFrequencyCorpus } from '../core/corpus';
import { documentId, readArticle } from '../corpus';
import { toAnalysisRecord, type AnalysisRecord } from './analysisRecord';

/** Where a stdin document came from: its line in the input and, when the line says it, its id. */
export interface StdinSource {
  line: number;
  id: string | null;
}

/** One unit of work for the pool: a file to read, or a document given inline (stdin JSONL). */
/** `published`: the publication date given as input (`--published`, a stdin line's field), validated by the caller. */
export type AnalyzeTask =
  | { index: number; path: string; published?: string }
  | { index: number; id: string; path: string; text: string; published?: string; source?: StdinSource }
  | { index: number; invalid: string; source: StdinSource };

export type AnalyzeResult = { index: number; record: AnalysisRecord } | { index: number; error: string; source?: StdinSource };

/** Runs one task; shared by the main thread (--jobs 1) and the worker threads. */
export function runAnalyzeTask(task: AnalyzeTask, corpus: LineFrequencyCorpus | undefined): AnalyzeResult {
  if ('invalid' in task) {
    return { index: task.index, error: task.invalid, source: task.source };
  }
  try {
    const text = 'text' in task ? task.text : readArticle(task.path).text;
    const id = 'id' in task ? task.id : documentId(task.path);
    const options = { ...(corpus ? { corpus } : {}), ...(task.published !== undefined ? { published: task.published } : {}) };
    return { index: task.index, record: toAnalysisRecord(id, task.path, analyze(text, options)) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { index: task.index, error: message, ...('source' in task && task.source ? { source: task.source } : {}) };
  }
}

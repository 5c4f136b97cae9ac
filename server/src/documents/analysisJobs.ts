/**
 * The server's work in the worker pool: full analyses of open documents and the workspace index's reading and
 * analysis of files on disk, so that neither ever blocks the requests of the editor.
 */
import { fileURLToPath } from 'node:url';
import { analyze, type Analysis, type AnalyzeOptions } from '../core';
import { lazyStructure } from '../core/incremental';
import { summarizeSpeakers, type DocumentSpeakers } from '../core/workspaceIndex';
import { readArticle } from '../corpus';
import { PoolUnavailable, type JobContext, type WorkerPool } from '../pool';
import { OffsetMap } from '../protocol/offsets';
import type { WorkerJobs } from '../worker';
import type { FullAnalyzer } from './analysisCache';
import { switchedOffByMarker } from './policy';

/**
 * The analysis checks its budget between stages only, so a stage that runs away on pathological text could hold a
 * worker indefinitely: past its budget plus this grace the worker is terminated (and the queue behind re-run).
 */
export const DEFAULT_GRACE_MS = 10_000;
/** Budget of a job whose options set none; also the budget of indexing one file. */
export const DEFAULT_BUDGET_MS = 20_000;

/**
 * An analysis as it crosses threads: without the structure (it holds functions) and without the quotes' text.
 * Nested quotes share their text, so copying each one's would be quadratic (300,000 nested quotes: tens of GB).
 */
export type PostedAnalysis = Omit<Analysis, 'structure' | 'quotes'> & { quotes: Omit<Analysis['quotes'][number], 'text'>[] };

export interface AnalyzeJob {
  text: string;
  options: Omit<AnalyzeOptions, 'token' | 'corpus'>;
}

function toPosted({ structure: _structure, quotes, ...rest }: Analysis): PostedAnalysis {
  return { ...rest, quotes: quotes.map(({ text: _text, ...quote }) => quote) };
}

export function analyzeJob({ text, options }: AnalyzeJob, context: JobContext): PostedAnalysis {
  return toPosted(analyze(text, { ...options, token: context.token }));
}

/** Options without what cannot cross threads (the token: functions; the corpus: a class). */
function cloneable({ token: _token, corpus: _corpus, ...rest }: AnalyzeOptions): AnalyzeJob['options'] {
  return rest;
}

export function fromPosted(posted: PostedAnalysis): Analysis {
  const { text } = posted;
  const quotes = posted.quotes.map((quote) => ({ ...quote, text: text.slice(quote.start, quote.end) }));
  return { ...posted, quotes, structure: lazyStructure(text) };
}

export interface IndexJob {
  uri: string;
  /** Files larger than this are indexed from a reduced analysis, as the editor shows them. */
  maxFileSize: number;
}

/** A file's speakers for the workspace index; null when it is no article to index (binary, switched off, gone). */
export function indexJob({ uri, maxFileSize }: IndexJob, context: JobContext): DocumentSpeakers | null {
  let file;
  try {
    file = readArticle(fileURLToPath(uri), { reduceAbove: maxFileSize });
  } catch {
    return null;
  }
  if (switchedOffByMarker(file.text)) {
    return null;
  }
  const analysis = analyze(file.text, { token: context.token, budgetMs: file.reduced ? 0 : DEFAULT_BUDGET_MS });
  const offsets = new OffsetMap(analysis.text);
  return summarizeSpeakers(analysis, (offset) => offsets.positionAt(offset));
}

/** Full analyses in the pool (falling back to `fallback` when no worker can start), watched by the pool's watchdog. */
export function poolAnalyzer(pool: WorkerPool<WorkerJobs>, fallback: FullAnalyzer, graceMs = DEFAULT_GRACE_MS): FullAnalyzer {
  return async (text, options, token) => {
    if (!pool.available) {
      return fallback(text, options, token);
    }
    const timeoutMs = (options.budgetMs ?? DEFAULT_BUDGET_MS) + graceMs;
    try {
      return fromPosted(await pool.run('analyze', { text, options: cloneable(options) }, { timeoutMs, token, interactive: true }));
    } catch (error) {
      if (error instanceof PoolUnavailable) {
        return fallback(text, options, token);
      }
      throw error;
    }
  };
}

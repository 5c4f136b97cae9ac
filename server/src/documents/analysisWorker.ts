/**
 * Full analyses in a worker thread, so that a long analysis of a large document never blocks the requests of the
 * editor. The worker is the server bundle itself started again (main.ts dispatches on `isMainThread`).
 */
import { Worker, type MessagePort } from 'node:worker_threads';
import { analyze, type Analysis, type AnalyzeOptions } from '../core';
import { lazyStructure } from '../core/incremental';
import type { FullAnalyzer } from './analysisCache';

interface Job {
  id: number;
  text: string;
  options: AnalyzeOptions;
  /** Shared with the server: the job's slot turns 1 when the server cancels it. */
  flags: Int32Array;
}

/** Cancellation slots shared between the server and the worker (jobs use them round robin). */
const SLOTS = 256;
/**
 * The analysis checks its budget between stages only, so a stage that runs away on pathological text could hold the
 * worker indefinitely: past its budget plus this grace the worker is terminated (and restarted for the next job).
 */
const DEFAULT_GRACE_MS = 10_000;
/** Budget assumed for a job whose options set none. */
const DEFAULT_BUDGET_MS = 20_000;

/** A background analysis stopped by the watchdog; the document keeps its partial analysis. */
export class AnalysisTimedOut extends Error {
  constructor(readonly afterMs: number) {
    super(`the full analysis was stopped after ${afterMs < 1000 ? `${afterMs} ms` : `${Math.round(afterMs / 1000)} s`}`);
  }
}

/**
 * An analysis as it crosses threads: without the structure (it holds functions) and without the quotes' text.
 * Nested quotes share their text, so copying each one's would be quadratic (300,000 nested quotes: tens of GB).
 */
type Posted = Omit<Analysis, 'structure' | 'quotes'> & { quotes: Omit<Analysis['quotes'][number], 'text'>[] };

type Reply = { id: number; analysis: Posted } | { id: number; error: string };

function toPosted({ structure: _structure, quotes, ...rest }: Analysis): Posted {
  return { ...rest, quotes: quotes.map(({ text: _text, ...quote }) => quote) };
}

function fromPosted(posted: Posted): Analysis {
  const { text } = posted;
  const quotes = posted.quotes.map((quote) => ({ ...quote, text: text.slice(quote.start, quote.end) }));
  return { ...posted, quotes, structure: lazyStructure(text) };
}

/** The worker side: analyse what the server posts and post the analysis back (without its functions). */
export function serveAnalyses(port: MessagePort): void {
  port.on('message', (job: Job) => {
    const slot = job.id % SLOTS;
    const token = { get isCancellationRequested() { return Atomics.load(job.flags, slot) === 1; } };
    try {
      port.postMessage({ id: job.id, analysis: toPosted(analyze(job.text, { ...job.options, token })) } satisfies Reply);
    } catch (error) {
      port.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) } satisfies Reply);
    }
  });
}

interface Pending {
  job: Job;
  /** How long the job may run once the worker starts it. */
  allowedMs: number;
  resolve: (analysis: Analysis) => void;
  reject: (error: Error) => void;
}

/**
 * The server side: one worker answering jobs in order; falls back to `fallback` if the worker cannot start. The job
 * the worker is on (the oldest pending one) is watched: not answered within its budget plus `graceMs`, it is
 * rejected with AnalysisTimedOut, the worker is terminated, and the jobs queued behind it go to a fresh worker.
 */
export function workerAnalyzer(script: string, fallback: FullAnalyzer, graceMs = DEFAULT_GRACE_MS): FullAnalyzer {
  let worker: Worker | undefined;
  let failed = false;
  let next = 0;
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  const flags = new Int32Array(new SharedArrayBuffer(SLOTS * 4));
  const pending = new Map<number, Pending>();

  /** Also keeps the process alive exactly while jobs are pending (an idle worker must not hold it). */
  const watchOldest = (): void => {
    clearTimeout(watchdog);
    watchdog = undefined;
    const [oldest] = pending.values();
    if (!oldest) {
      worker?.unref();
      return;
    }
    worker?.ref();
    watchdog = setTimeout(() => {
      pending.delete(oldest.job.id);
      oldest.reject(new AnalysisTimedOut(oldest.allowedMs));
      const stuck = worker;
      worker = undefined;
      void stuck?.terminate();
      const queued = [...pending.values()];
      if (queued.length > 0 && start()) {
        queued.forEach((entry) => worker?.postMessage(entry.job));
      }
      watchOldest();
    }, oldest.allowedMs);
    watchdog.unref();
  };
  const settle = (reply: Reply): void => {
    const entry = pending.get(reply.id);
    pending.delete(reply.id);
    watchOldest();
    if (entry && 'analysis' in reply) {
      entry.resolve(fromPosted(reply.analysis));
    } else if (entry && 'error' in reply) {
      entry.reject(new Error(reply.error));
    }
  };
  const start = (): Worker | undefined => {
    if (worker || failed) {
      return worker;
    }
    try {
      const started = new Worker(script, { execArgv: [] });
      started.on('message', (reply: Reply) => {
        if (started === worker) {
          settle(reply);
        }
      });
      started.on('error', () => {
        if (started !== worker) {
          return;
        }
        failed = true;
        worker = undefined;
        clearTimeout(watchdog);
        for (const entry of pending.values()) {
          entry.reject(new Error('analysis worker failed'));
        }
        pending.clear();
      });
      worker = started;
    } catch {
      failed = true;
    }
    return worker;
  };
  return (text, options, token) => {
    const running = start();
    if (!running) {
      return fallback(text, options, token);
    }
    const cloneable = { ...options };
    delete cloneable.token;
    const id = ++next;
    Atomics.store(flags, id % SLOTS, 0);
    token.onCancellationRequested(() => Atomics.store(flags, id % SLOTS, 1));
    const job: Job = { id, text, options: cloneable, flags };
    return new Promise<Analysis>((resolve, reject) => {
      pending.set(id, { job, allowedMs: (options.budgetMs ?? DEFAULT_BUDGET_MS) + graceMs, resolve, reject });
      if (pending.size === 1) {
        watchOldest();
      }
      running.postMessage(job);
    });
  };
}

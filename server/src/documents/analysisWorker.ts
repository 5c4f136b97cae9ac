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

type Reply = { id: number; analysis: Omit<Analysis, 'structure'> } | { id: number; error: string };

/** The worker side: analyse what the server posts and post the analysis back (without its functions). */
export function serveAnalyses(port: MessagePort): void {
  port.on('message', (job: Job) => {
    const slot = job.id % SLOTS;
    const token = { get isCancellationRequested() { return Atomics.load(job.flags, slot) === 1; } };
    try {
      // The structure holds functions, which cannot cross threads; the server rebuilds it lazily from the text.
      const analysis: Partial<Analysis> = analyze(job.text, { ...job.options, token });
      delete analysis.structure;
      port.postMessage({ id: job.id, analysis });
    } catch (error) {
      port.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) } satisfies Reply);
    }
  });
}

/** The server side: one worker, jobs answered in order; falls back to `fallback` if the worker cannot start. */
export function workerAnalyzer(script: string, fallback: FullAnalyzer): FullAnalyzer {
  let worker: Worker | undefined;
  let failed = false;
  let next = 0;
  const flags = new Int32Array(new SharedArrayBuffer(SLOTS * 4));
  const pending = new Map<number, { resolve: (analysis: Analysis) => void; reject: (error: Error) => void }>();
  const start = (): Worker | undefined => {
    if (worker || failed) {
      return worker;
    }
    try {
      worker = new Worker(script);
      worker.unref();
      worker.on('message', (reply: Reply) => {
        const job = pending.get(reply.id);
        pending.delete(reply.id);
        if (job && 'analysis' in reply) {
          job.resolve({ ...reply.analysis, structure: lazyStructure(reply.analysis.text) });
        } else if (job && 'error' in reply) {
          job.reject(new Error(reply.error));
        }
      });
      worker.on('error', () => {
        failed = true;
        worker = undefined;
        for (const job of pending.values()) {
          job.reject(new Error('analysis worker failed'));
        }
        pending.clear();
      });
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
    return new Promise<Analysis>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      running.postMessage({ id, text, options: cloneable, flags } satisfies Job);
    });
  };
}

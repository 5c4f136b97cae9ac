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
}

type Reply = { id: number; analysis: Omit<Analysis, 'structure'> } | { id: number; error: string };

/** The worker side: analyse what the server posts and post the analysis back (without its functions). */
export function serveAnalyses(port: MessagePort): void {
  port.on('message', (job: Job) => {
    try {
      // The structure holds functions, which cannot cross threads; the server rebuilds it lazily from the text.
      const analysis: Partial<Analysis> = analyze(job.text, job.options);
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
  return (text, options) => {
    const running = start();
    if (!running) {
      return fallback(text, options);
    }
    const cloneable = { ...options };
    delete cloneable.token;
    const id = ++next;
    return new Promise<Analysis>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      running.postMessage({ id, text, options: cloneable } satisfies Job);
    });
  };
}

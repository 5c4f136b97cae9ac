import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import type { CorpusSnapshot } from '../corpus';
import type { AnalyzeResult, AnalyzeTask } from './analyzeTask';

/**
 * Spreads tasks over worker threads and yields results in task order (a result that arrives early waits for its
 * predecessors), so output is deterministic whatever the number of jobs.
 */
export async function* analyzeInWorkers(
  tasks: AsyncIterable<AnalyzeTask> | Iterable<AnalyzeTask>,
  jobs: number,
  corpus: CorpusSnapshot | undefined,
): AsyncGenerator<AnalyzeResult> {
  const workerFile = join(__dirname, 'worker.js');
  const workers = Array.from({ length: jobs }, () => new Worker(workerFile, { workerData: corpus }));
  const idle = [...workers];
  const pending = new Map<number, AnalyzeResult>();
  let wake: (() => void) | null = null;
  const state: { failure: Error | null } = { failure: null };
  for (const worker of workers) {
    worker.on('message', (result: AnalyzeResult) => {
      pending.set(result.index, result);
      idle.push(worker);
      wake?.();
    });
    worker.on('error', (error) => {
      state.failure = error;
      wake?.();
    });
  }
  const waitForEvent = (): Promise<void> => new Promise((resolve) => (wake = resolve));
  let next = 0;
  let submitted = 0;
  try {
    for await (const task of tasks) {
      while (idle.length === 0) {
        await waitForEvent();
        if (state.failure) {
          throw state.failure;
        }
        for (; pending.has(next); next++) {
          yield pending.get(next)!;
          pending.delete(next);
        }
      }
      idle.pop()!.postMessage(task);
      submitted++;
    }
    while (next < submitted) {
      if (!pending.has(next)) {
        await waitForEvent();
        if (state.failure) {
          throw state.failure;
        }
        continue;
      }
      yield pending.get(next)!;
      pending.delete(next);
      next++;
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

import { Worker } from 'node:worker_threads';
import type { CancellationLike } from '../core/types';
import type { PreparedDocument } from './prepare';
import type { ExportWorkerData, ExportWorkerTask } from './worker';

/**
 * Prepares documents on `jobs` worker threads and yields them in input order (an early result waits for its
 * predecessors), keeping at most two tasks per worker in flight so memory stays bounded.
 */
export async function* prepareInWorkers(
  tasks: ExportWorkerTask[],
  jobs: number,
  workerFile: string,
  data: ExportWorkerData,
  token: CancellationLike | undefined,
  onWarning: (message: string) => void,
): AsyncGenerator<PreparedDocument> {
  const workers = Array.from({ length: jobs }, () => new Worker(workerFile, { workerData: data }));
  const ready = new Map<number, PreparedDocument>();
  const state: { failure: Error | null; wake: (() => void) | null } = { failure: null, wake: null };
  for (const worker of workers) {
    worker.on('message', (message: PreparedDocument | { warning: string }) => {
      if ('warning' in message) {
        onWarning(message.warning);
        return;
      }
      ready.set(message.index, message);
      state.wake?.();
    });
    worker.on('error', (error) => {
      state.failure = error;
      state.wake?.();
    });
  }
  const inFlightLimit = jobs * 2;
  let submitted = 0;
  let next = 0;
  try {
    while (next < tasks.length) {
      while (submitted < tasks.length && submitted - next < inFlightLimit && !token?.isCancellationRequested) {
        workers[submitted % jobs].postMessage(tasks[submitted]);
        submitted++;
      }
      if (ready.has(next)) {
        const result = ready.get(next)!;
        ready.delete(next);
        next++;
        yield result;
        continue;
      }
      if (token?.isCancellationRequested && next >= submitted) {
        return;
      }
      await new Promise<void>((resolve) => (state.wake = resolve));
      state.wake = null;
      if (state.failure) {
        throw state.failure;
      }
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

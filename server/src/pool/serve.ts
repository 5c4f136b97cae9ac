import { workerData, type MessagePort } from 'node:worker_threads';
import { CANCEL_SLOTS, type FromWorker, type JobContext, type JobHandlers, type ToWorker, type WorkerSetup } from './messages';

/** The worker side of the pool: runs each job with its handler and posts the result (or the error) back. */
export function serveJobs(port: MessagePort, handlers: JobHandlers): void {
  const { cancelFlags } = workerData as WorkerSetup;
  const shared = new Map<string, unknown>();
  const post = (message: FromWorker): void => port.postMessage(message);
  port.on('message', (message: ToWorker) => {
    if ('share' in message) {
      shared.set(message.share, message.value);
      return;
    }
    if ('unshare' in message) {
      shared.delete(message.unshare);
      return;
    }
    const { id, kind, payload } = message;
    const slot = id % CANCEL_SLOTS;
    const context: JobContext = {
      token: { get isCancellationRequested() { return Atomics.load(cancelFlags, slot) === 1; } },
      shared: <T>(key: string) => shared.get(key) as T | undefined,
      warn: (warning) => post({ warning }),
    };
    const fail = (error: unknown): void => post({ id, error: error instanceof Error ? error.message : String(error) });
    const handler = handlers[kind];
    if (!handler) {
      fail(new Error(`no handler for ${kind} jobs`));
      return;
    }
    try {
      // A result that cannot be copied across threads fails its job (posting throws) instead of leaving it unanswered.
      Promise.resolve(handler(payload as never, context))
        .then((result) => post({ id, result }))
        .catch(fail);
    } catch (error) {
      fail(error);
    }
  });
}

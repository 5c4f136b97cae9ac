/** What crosses between the pool (main thread) and its workers. */

/** A job handler: runs in a worker thread on a cloned payload; its result is cloned back. */
export type JobHandler<P = never, R = unknown> = (payload: P, context: JobContext) => R | Promise<R>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the registry constrains handlers of any payload type
export type JobHandlers = Record<string, JobHandler<any>>;

export type PayloadOf<H extends JobHandlers, K extends keyof H> = Parameters<H[K]>[0];
export type ResultOf<H extends JobHandlers, K extends keyof H> = Awaited<ReturnType<H[K]>>;

export interface JobContext {
  /** Turns true when the job's caller cancels it; long handlers pass it to `analyze` as its token. */
  readonly token: { readonly isCancellationRequested: boolean };
  /** A value the pool shared with every worker (`WorkerPool.share`), e.g. the corpus evidence of a run. */
  shared<T>(key: string): T | undefined;
  /** A message for the user that does not fail the job. */
  warn(message: string): void;
}

/** Cancellation slots shared between the pool and its workers (jobs use them round robin). */
export const CANCEL_SLOTS = 1024;

export interface WorkerSetup {
  /** One Int32 per slot: 1 when the job in that slot is cancelled. */
  cancelFlags: Int32Array;
}

export type ToWorker = { id: number; kind: string; payload: unknown } | { share: string; value: unknown } | { unshare: string };

export type FromWorker = { id: number; result: unknown } | { id: number; error: string } | { warning: string };

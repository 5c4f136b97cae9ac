import { Worker, type ResourceLimits } from 'node:worker_threads';
import { AnalysisCancelled } from '../core';
import { CANCEL_SLOTS, type FromWorker, type JobHandlers, type PayloadOf, type ResultOf, type ToWorker, type WorkerSetup } from './messages';

/** A job stopped by the watchdog: it ran past its time limit, so its worker was terminated. */
export class JobTimedOut extends Error {
  constructor(readonly afterMs: number) {
    super(`the full analysis was stopped after ${afterMs < 1000 ? `${afterMs} ms` : `${Math.round(afterMs / 1000)} s`}`);
  }
}

/** The pool cannot run jobs (its workers fail to start): callers fall back to working in their own thread. */
export class PoolUnavailable extends Error {}

export interface CancellableToken {
  readonly isCancellationRequested: boolean;
  onCancellationRequested?: (listener: () => void) => unknown;
}

export interface JobOptions {
  /** Past this many ms on its worker the job is rejected (JobTimedOut), the worker terminated, the queue re-run. */
  timeoutMs?: number;
  token?: CancellableToken;
  /** Interactive jobs (an open document) go before queued background jobs (indexing). */
  interactive?: boolean;
}

export interface PoolOptions {
  /** The worker script: a bundle that calls serveJobs with the handlers `H` (dist/worker.js). */
  script: string;
  size: number;
  /** Jobs posted ahead to each worker (default 2); 1 lets an interactive job overtake everything not yet started. */
  depth?: number;
  onWarning?: (message: string) => void;
  resourceLimits?: ResourceLimits;
}

interface Job {
  id: number;
  kind: string;
  payload: unknown;
  options: JobOptions;
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

interface Lane {
  worker: Worker;
  /** Jobs posted to this worker, oldest first; the oldest is the one it is running. */
  running: Job[];
  watchdog?: ReturnType<typeof setTimeout>;
  answered: boolean;
}

/** Jobs in flight per worker: the next one is already there when the worker finishes, so it never waits for us. */
const DEFAULT_DEPTH = 2;

/**
 * One pool of worker threads for every kind of job (the server's analyses and index, `analyze --jobs`, `export
 * --jobs`). Jobs run in submission order, interactive ones first. A job over its time limit has its worker
 * terminated and the jobs queued behind it re-run on a fresh worker. Idle workers do not keep the process alive.
 */
export class WorkerPool<H extends JobHandlers> {
  private readonly lanes: Lane[] = [];
  private readonly interactive: Job[] = [];
  private readonly background: Job[] = [];
  private readonly shared = new Map<string, unknown>();
  private readonly cancelFlags = new Int32Array(new SharedArrayBuffer(CANCEL_SLOTS * 4));
  private nextId = 0;
  private broken: Error | undefined;
  private closed = false;

  constructor(private readonly options: PoolOptions) {}

  /** False once workers could not be started: run the work in-thread instead. */
  get available(): boolean {
    return this.broken === undefined && !this.closed;
  }

  run<K extends keyof H & string>(kind: K, payload: PayloadOf<H, K>, options: JobOptions = {}): Promise<ResultOf<H, K>> {
    if (!this.available) {
      return Promise.reject(this.broken ?? new PoolUnavailable('the worker pool is closed'));
    }
    if (options.token?.isCancellationRequested) {
      return Promise.reject(new AnalysisCancelled());
    }
    return new Promise<ResultOf<H, K>>((resolve, reject) => {
      const id = ++this.nextId;
      Atomics.store(this.cancelFlags, id % CANCEL_SLOTS, 0);
      const job: Job = { id, kind, payload, options, resolve: resolve as (result: unknown) => void, reject };
      options.token?.onCancellationRequested?.(() => this.cancel(job));
      (options.interactive ? this.interactive : this.background).push(job);
      this.dispatch();
    });
  }

  /** How many workers the pool runs at most. */
  get size(): number {
    return this.options.size;
  }

  /** Sends a value to every worker, now and after restarts; jobs read it with `context.shared(key)`. */
  share(key: string, value: unknown): void {
    this.shared.set(key, value);
    for (const lane of this.lanes) {
      lane.worker.postMessage({ share: key, value } satisfies ToWorker);
    }
  }

  /** Drops a shared value (a run that ended) from the pool and its workers. */
  unshare(key: string): void {
    this.shared.delete(key);
    for (const lane of this.lanes) {
      lane.worker.postMessage({ unshare: key } satisfies ToWorker);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const lanes = this.lanes.splice(0);
    for (const job of [...this.interactive.splice(0), ...this.background.splice(0), ...lanes.flatMap((lane) => lane.running)]) {
      job.reject(new PoolUnavailable('the worker pool is closed'));
    }
    lanes.forEach((lane) => clearTimeout(lane.watchdog));
    await Promise.all(lanes.map((lane) => lane.worker.terminate()));
  }

  private cancel(job: Job): void {
    Atomics.store(this.cancelFlags, job.id % CANCEL_SLOTS, 1);
    for (const queue of [this.interactive, this.background]) {
      const at = queue.indexOf(job);
      if (at >= 0) {
        queue.splice(at, 1);
        job.reject(new AnalysisCancelled());
      }
    }
  }

  private dispatch(): void {
    while (this.interactive.length + this.background.length > 0) {
      const lane = this.freeLane();
      if (!lane) {
        return;
      }
      const job = (this.interactive.shift() ?? this.background.shift())!;
      lane.running.push(job);
      lane.worker.postMessage({ id: job.id, kind: job.kind, payload: job.payload } satisfies ToWorker);
      if (lane.running.length === 1) {
        this.watch(lane);
      }
    }
  }

  /** The least busy worker with room, starting one while the pool is below its size. */
  private freeLane(): Lane | undefined {
    const idle = this.lanes.find((lane) => lane.running.length === 0);
    if (idle) {
      return idle;
    }
    if (this.lanes.length < this.options.size) {
      return this.startLane();
    }
    const depth = this.options.depth ?? DEFAULT_DEPTH;
    return this.lanes.filter((lane) => lane.running.length < depth).sort((a, b) => a.running.length - b.running.length)[0];
  }

  private startLane(): Lane | undefined {
    let worker: Worker;
    try {
      const setup: WorkerSetup = { cancelFlags: this.cancelFlags };
      worker = new Worker(this.options.script, { workerData: setup, execArgv: [], ...(this.options.resourceLimits ? { resourceLimits: this.options.resourceLimits } : {}) });
    } catch (error) {
      this.fail(error instanceof Error ? error : new Error(String(error)));
      return undefined;
    }
    const lane: Lane = { worker, running: [], answered: false };
    worker.on('message', (message: FromWorker) => this.receive(lane, message));
    worker.on('error', (error) => this.crashed(lane, error));
    worker.on('exit', (code) => this.crashed(lane, new Error(`worker thread exited with code ${code}`)));
    for (const [key, value] of this.shared) {
      worker.postMessage({ share: key, value } satisfies ToWorker);
    }
    worker.unref();
    this.lanes.push(lane);
    return lane;
  }

  private receive(lane: Lane, message: FromWorker): void {
    if ('warning' in message) {
      this.options.onWarning?.(message.warning);
      return;
    }
    // Asynchronous jobs (reading the store) may finish out of order: find the job by its id.
    const at = lane.running.findIndex((running) => running.id === message.id);
    const job = at >= 0 ? lane.running.splice(at, 1)[0] : undefined;
    lane.answered = true;
    this.watch(lane);
    if (!job) {
      return;
    }
    if ('result' in message) {
      job.resolve(message.result);
    } else {
      job.reject(job.options.token?.isCancellationRequested ? new AnalysisCancelled() : new Error(message.error));
    }
    this.dispatch();
  }

  /**
   * Watches the job the worker is on (its oldest); also keeps the process alive exactly while the worker has
   * work. Past the job's limit it is rejected, the worker terminated and its other jobs queued again first.
   */
  private watch(lane: Lane): void {
    clearTimeout(lane.watchdog);
    lane.watchdog = undefined;
    const [current] = lane.running;
    if (!current) {
      lane.worker.unref();
      return;
    }
    lane.worker.ref();
    const limit = current.options.timeoutMs;
    if (limit === undefined) {
      return;
    }
    lane.watchdog = setTimeout(() => {
      lane.running.shift();
      current.reject(new JobTimedOut(limit));
      this.retire(lane);
    }, limit);
    lane.watchdog.unref();
  }

  /** Takes a worker out of the pool; the jobs it held go back to the front of their queues. */
  private retire(lane: Lane): void {
    const at = this.lanes.indexOf(lane);
    if (at < 0) {
      return;
    }
    this.lanes.splice(at, 1);
    clearTimeout(lane.watchdog);
    const held = lane.running.splice(0);
    this.interactive.unshift(...held.filter((job) => job.options.interactive));
    this.background.unshift(...held.filter((job) => !job.options.interactive));
    void lane.worker.terminate();
    this.dispatch();
  }

  private crashed(lane: Lane, error: Error): void {
    if (!this.lanes.includes(lane)) {
      return;
    }
    if (!lane.answered) {
      // It never answered a job: it cannot start (missing script, no memory); so would its replacements.
      this.lanes.splice(this.lanes.indexOf(lane), 1);
      this.fail(error, lane.running.splice(0));
      return;
    }
    // The job it was on made it fail (out of memory, a crash): that job fails, the rest are re-run elsewhere.
    lane.running.shift()?.reject(error);
    this.retire(lane);
  }

  private fail(error: Error, held: Job[] = []): void {
    this.broken = new PoolUnavailable(`worker threads unavailable: ${error.message}`);
    for (const job of [...held, ...this.interactive.splice(0), ...this.background.splice(0)]) {
      job.reject(this.broken);
    }
  }
}

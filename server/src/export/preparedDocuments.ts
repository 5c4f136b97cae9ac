import { existsSync } from 'node:fs';
import { snapshotOf } from '../corpus';
import { inOrder, PoolUnavailable, WorkerPool } from '../pool';
import type { WorkerJobs } from '../worker';
import {
  documentId,
  failedDocument,
  prepareDocument,
  prepareFromSource,
  type ExportRun,
  type ExportSetup,
  type ExportTask,
  type PreparedDocument,
} from './prepare';
import type { ExportRequest } from './runExport';
import { StemAllocator } from './safeNames';

let runsStarted = 0;

/** The pool the export runs in: the caller's (the server's one pool), else one of its own for `jobs` > 1, else none. */
function poolFor(request: ExportRequest): { pool: WorkerPool<WorkerJobs>; own: boolean } | undefined {
  if (request.pool) {
    return request.pool.available ? { pool: request.pool, own: false } : undefined;
  }
  const jobs = Math.min(request.jobs ?? 1, request.inputs.length);
  if (jobs > 1 && request.workerFile && existsSync(request.workerFile)) {
    const pool = new WorkerPool<WorkerJobs>({ script: request.workerFile, size: jobs, ...(request.onWarning ? { onWarning: request.onWarning } : {}) });
    return { pool, own: true };
  }
  return undefined;
}

/**
 * The export's documents analysed and rendered, in input order: those with an analysis the caller holds
 * (`request.analyses`) in this thread, the others in the worker pool when there is one (so a long document's
 * analysis and rendering never hold this thread), else in this thread one by one. File-name stems are given in
 * input order, whether or not a document fails.
 */
export async function* preparedDocuments(request: ExportRequest, setup: ExportSetup): AsyncGenerator<PreparedDocument> {
  const { analyses } = request;
  const fromSource = async (task: ExportTask): Promise<PreparedDocument | null> =>
    analyses?.holds(task.input.path) ? prepareFromSource(task, setup, analyses) : null;
  const here = (task: ExportTask): Promise<PreparedDocument> => prepareDocument(task, setup);
  const run = `export/run/${++runsStarted}`;
  const stems = new StemAllocator();
  const tasks: ExportTask[] = request.inputs.map((input, index) => ({
    index,
    input,
    stem: stems.allocate(documentId(input).replace(/\//gu, '__')),
    run,
    ...(request.storeRootFor ? { storeRoot: request.storeRootFor(input.path) } : {}),
  }));
  const chosen = poolFor(request);
  if (!chosen) {
    for (const task of tasks) {
      if (request.token?.isCancellationRequested) {
        return;
      }
      yield (await fromSource(task)) ?? (await here(task));
    }
    return;
  }
  const { pool, own } = chosen;
  const { corpus, options } = setup;
  const shared: ExportRun = {
    corpus: corpus ? snapshotOf(corpus) : undefined,
    options: { ...options, layers: [...options.layers] },
    formats: request.formats,
    useStore: request.workerStore ?? false,
  };
  pool.share(run, shared);
  const inPool = async (task: ExportTask): Promise<PreparedDocument> => {
    const reused = await fromSource(task);
    if (reused) {
      return reused;
    }
    try {
      return await pool.run('exportTask', task, request.token ? { token: request.token } : {});
    } catch (error) {
      // A worker that cannot start: this thread does the work. A job that failed (cancelled, a crashed worker)
      // fails its document only.
      return error instanceof PoolUnavailable ? here(task) : failedDocument(task.index, task.input, error);
    }
  };
  try {
    yield* inOrder(tasks, inPool, pool.size * 2, request.token);
  } finally {
    if (own) {
      await pool.close();
    } else {
      pool.unshare(run);
    }
  }
}

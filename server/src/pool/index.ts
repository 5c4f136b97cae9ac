export { inOrder } from './inOrder';
export { serveJobs } from './serve';
export { JobTimedOut, PoolUnavailable, WorkerPool, type CancellableToken, type JobOptions, type PoolOptions } from './workerPool';
export type { JobContext, JobHandler, JobHandlers } from './messages';
export { usefulWorkers } from './size';

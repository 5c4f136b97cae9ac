/**
 * The worker thread of the one pool (dist/worker.js): the server's analyses and index, `analyze --jobs` and
 * `export --jobs` all run their jobs here. Each kind of job is a handler owned by its module.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeTaskJob } from './cli/analyzeTask';
import { analyzeJob, indexJob } from './documents/analysisJobs';
import { exportTaskJob } from './export/prepare';
import { serveJobs, type JobHandlers } from './pool';

const jobHandlers = {
  analyze: analyzeJob,
  index: indexJob,
  analyzeTask: analyzeTaskJob,
  exportTask: exportTaskJob,
} satisfies JobHandlers;

export type WorkerJobs = typeof jobHandlers;

if (parentPort) {
  serveJobs(parentPort, jobHandlers);
}

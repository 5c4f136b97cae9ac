/**
 * Transport only: stdio with --stdio, Node IPC otherwise (as the VS Code client starts it). Full analyses and the
 * workspace index run in the worker pool (dist/worker.js beside this bundle), off the request path.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { createConnection, IPCMessageReader, IPCMessageWriter, ProposedFeatures } from 'vscode-languageserver/node';
import { WorkerPool } from './pool';
import { startServer } from './server';
import type { WorkerJobs } from './worker';

const connection = process.argv.includes('--stdio')
  ? createConnection(ProposedFeatures.all, process.stdin, process.stdout)
  : createConnection(ProposedFeatures.all, new IPCMessageReader(process), new IPCMessageWriter(process));
// One core stays with the request thread; depth 1 lets an open document's analysis overtake queued index jobs.
const pool = new WorkerPool<WorkerJobs>({ script: join(__dirname, 'worker.js'), size: Math.max(1, Math.min(2, availableParallelism() - 1)), depth: 1 });
startServer(connection, { pool });
connection.listen();
